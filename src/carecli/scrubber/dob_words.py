"""Dates of birth in the other languages agents write notes in: the cues and the months.

"nato il 15 agosto 1967", "geb. 01-11-74", "née le 26-01-76", "doğum tarihi 18.05.56":
patterns.py puts them beside the English cues; lexicon.py keeps the words as ordinary
words, never names ("naissance", "nascita" are surnames in no list a note needs).
"""

from __future__ import annotations


def _words(spec: str) -> frozenset[str]:
    # "I" stands for the Turkish dotless i, which ruff would flag as a look-alike.
    return frozenset(spec.replace("I", "\u0131").split())


# Cue phrases, as regex fragments (a dot may be left out: "geb" for "geb."). Short
# abbreviations need their dot ("ur.", "nar."), so that "ur 12 orders" stays.
DOB_CUES_ABROAD = (
    r"n[ée]e?(?:\s?\(e\))?\s+le|date\s+de\s+naissance|date\s+naiss\.?|ddn"
    r"|nat[oa]\s+il|data\s+di\s+nascita"
    r"|fecha\s+de\s+nacimiento|f\.\s?nac\.?|fec\.\s?nac\.?|nacid[oa]\s+el|nac\."
    r"|data\s+de\s+nascimento|nascid[oa]\s+(?:em|a)|dt\.?\s+nasc\.?|nasc\."
    r"|geb\.?(?:[\s\-]?datum)?|geboren(?:\s+(?:am|op))?|geburtsdatum|geboortedatum"
    r"|do[ğg]um\s+tarihi|do[ğg]umlu"
    r"|data\s+rozhdeniya|rodil(?:sya|as)"
    r"|data\s+urodzenia|urodzon[ya]|ur\."
    r"|datum\s+narozen[ií]|d[áa]tum\s+narodenia|narozen[aá]?|nar\."
    r"|f[øö]dd?(?:\s+den)?|f[øö]dselsdato|f[öo]delsedatum|syntym[äa]aika|synt\."
    r"|sz[üu]let(?:ett|[ée]si\s+d[áa]tum)|sz[üu]l\."
    r"|tanggal\s+lahir|tgl\.?\s+lahir|tarikh\s+lahir|lahir"
    r"|ng[àa]y\s+sinh|tarehe\s+ya\s+kuzaliwa|alizaliwa|data\s+na[șs]terii|n[ăa]scut[ăa]?"
    r"|tarikh[\-\s]e?\s*tavallod|tavallod|kaarawan|petsa\s+ng\s+kapanganakan"
)

# Month names of those languages (Russian and Polish in the genitive of a date).
MONTHS_ABROAD = _words(
    """janvier février fevrier mars avril mai juin juillet août aout septembre octobre
novembre décembre decembre gennaio febbraio marzo aprile maggio giugno luglio agosto
settembre ottobre dicembre enero febrero abril mayo junio julio septiembre setiembre
octubre noviembre diciembre janeiro fevereiro março marco maio junho julho setembro
outubro dezembro januar jänner jaenner februar märz maerz juni juli oktober dezember
januari februari maart mei augustus ocak şubat subat mart nisan mayIs mayis haziran
temmuz ağustos agustos eylül eylul ekim kasIm kasim aralIk aralik yanvarya fevralya
marta aprelya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya stycznia
lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia października
pazdziernika listopada grudnia tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta
kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"""
)

# The cue words themselves, kept as ordinary words wherever they stand.
DOB_WORDS_ABROAD = _words(
    """née naissance nascita nacimiento nascimento geb geboren geburtsdatum geboortedatum
doğum dogum tarihi doğumlu rozhdeniya urodzenia urodzony urodzona narození narozeni
narodenia født fødselsdato född födelsedatum syntymäaika született születési lahir
sinh kuzaliwa nașterii tavallod kaarawan kapanganakan nacido nacida nascido
nascida fecha"""
)

# Weekdays of those languages and of Indonesian and Malay: "will revert mardi", "ETA
# donderdag". tokens.py reads them, with the months above, as month words: a name only
# after a strong cue (Domingo and Domenica are given names too).
WEEKDAYS_ABROAD = _words(
    """lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles
miercoles jueves viernes sábado sabado domingo segunda terça terca quarta quinta sexta
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag maandag dinsdag
woensdag donderdag vrijdag zaterdag zondag lunedì lunedi martedì martedi mercoledì
mercoledi giovedì giovedi venerdì venerdi sabato domenica pazartesi salI sali çarşamba
carsamba perşembe persembe cuma cumartesi pazar senin selasa rabu kamis jumat sabtu
minggu mandag tirsdag onsdag torsdag fredag lørdag lordag søndag sondag måndag mandag
tisdag lördag söndag poniedziałek poniedzialek wtorek środa sroda czwartek piątek
piatek sobota niedziela"""
)
