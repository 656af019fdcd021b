"""The scrubber's hand-written data: word sets and regex fragments, each with its reason.

Pure data: nothing here is compiled (carecli.scrubber.patterns does that) or read from
disk (carecli.scrubber.lexicon does that).
"""

from __future__ import annotations

from carecli.scrubber import abroad_words
from carecli.scrubber.abroad_words import CUSTOMER_ABROAD, PLEASED_ABROAD, THANKS_ABROAD


def words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# The kinds of personal data, in the order reports list them; each is a placeholder's word.
KINDS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip", "url", "iban", "dob")

# --------------------------------------------------------------------------------------
# Claim kinds.

# ASCII digits: the detectors read other scripts' digits as these (see reading.py).
DIGITS = frozenset("0123456789")
# Kinds scrubbed wherever they recur, even glued to other text (see detectors._repeat_findings).
DISTINCTIVE = ("phone", "card", "email", "iban", "ip", "url")
SAFE = "safe"  # the claim kind of times, dates and amounts: claimed, never replaced

# --------------------------------------------------------------------------------------
# Hand-written vocabularies for the name rules. Each set says why it exists.

# Function words: never a name on their own, and they end a name ("told sarah that").
STOP = words("""
a an the and or but nor so yet if then than of to in on at by for from with without into
onto upon about above below over under after before since until till among between
through during via per i me my mine myself we us our ours you your yours he him his she
her hers it its they them their theirs this that these those who whom whose which what
when where why how is am are was were be been being do does did done have has had having
not no yes all any some each every such same other another else ever never more most less
least very also just only still even back again already soon now today tonight tomorrow
yesterday here there please thanks thank thx cheers hi hello hey dear ok okay sorry
as too both either neither one two three four five six seven eight nine ten first second
third last next new old many much few lot lots got get gets getting go goes going went gone
said says say tell told let lets make made take took need needs needed want wants wanted
would could should shall must might im ive ill id dont cant wont isnt wasnt didnt doesnt
couldnt wouldnt shouldnt havent hasnt hadnt arent werent thats theres whats lets
don't can't won't isn't wasn't didn't doesn't couldn't wouldn't shouldn't haven't hasn't
hadn't aren't weren't i'm i've i'll i'd you're you've you'll you'd he's she's it's we're
we've we'll we'd they're they've they'll they'd that's there's what's let's who's
mr mrs ms miss mx dr sir madam aka
""")

# Modal verbs that are also names ("Will", "May", Turkish "Can"): only with a strong cue.
MODALS = words("will may can might must")

# Months that are names ("june", "april", "may", "august"): never by capital alone.
MONTHS = words("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""")
# Weekdays are never names, even capitalised ("Monday").
WEEKDAYS = words("""monday tuesday wednesday thursday friday saturday sunday mon tue tues
wed thu thur thurs fri sat sun""")

# Words before a month that make it a date ("in june", "since may", "end of august").
MONTH_CONTEXT = words("""in on by since until till from of last next early mid late end
this every before after during through til throughout""")

# Titles: the word(s) after one are a name whatever they look like ("mrs happy").
TITLES = words("""mr mrs ms miss mx dr sir madam dame lord lady prof professor rev
reverend herr frau fr mme mlle monsieur madame senor senora senorita señor señora
señorita sr sra srta signor signora sig dott dottore pan pani dhr mevr mevrouw meneer
shri smt sri kumari mister missus mista pastor imam rabbi bishop deacon mzee mwalimu
bwana hadja alhaji alhaja ustaza ustadha teta oga mw avv ing geom mgr mudr judr fru rouva
herra""") | words("""
ratu aunty auntie uncle sis bro sista bruv ma'am maam
kuya tita tito lola lolo manong manang encik cik puan datuk dato datin tengku haji
hajjah hjh pakcik makcik ibu bapak mbak ntate mme sisi bhuti gogo mkhulu tannie oom
mevrou tanty sayed sayyid sheikh shaikh ustadh ustaz bhai bhaiya didi begum bibi sahib
sahab thiru thirumathi selvi khun daw paron tikin batono kalbatono domnul doamna dna
ponas ponia kyrios kyria gospodin gospodja gospođa doña""") | words("""
chị chú cô bác ông bà nong kakak adik abang whaea matua kuia kupuna""")
# Honorifics and kin of many cultures; not those that are names too ("Anh", "Ong", "Mas").
# Titles written after the name ("Tanaka san", "Sharma ji", Turkish "hanim"): the word
# before is a name; the title itself is kept.
POST_TITLES = words("""san sama kun chan sensei senpai ssi nim bey hanim ji sahab saab babu
kungs kundze sir madam maam ma'am dai didi bhai bhaiya akka chechi chetta uncle aunty auntie
jan oppa unni eonni noona hyung sunbae""") | {"han\u0131m"} | abroad_words.HONORIFICS
# Titles that are never ordinary words: even "mrs happy" is a name.
STRICT_TITLES = words("mr mrs ms miss mx")

# Name particles: part of a name between or before name words ("anna van der berg").
PARTICLES = words("""van von der den de del della dei di da das dos du le la les lo y
al el bin bint ibn abu ter ten mac st o' t 't ó ní nic uí""")

# Vietnamese middle names: the word after "<surname> van|thi|..." is the given name even
# when it is an English word ("nguyen van hung", "tran thi hoa").
VIET_MIDDLE = words("van thi thị văn duc đức huu hữu ngoc ngọc quoc quốc xuan xuân")

# Particles that are also whole surnames ("Das", "Dos"): kept after a given name.
PARTICLE_SURNAMES = words("das dos")

# Determiners and quantity words: after one of these a word is a noun, not a name
# ("the bill", "a grace period", "my mark").
DETERMINERS = words("""a an the this that these those my your his her our their its
some any no each every another which what whose per one two new old same such""")

# A subject before a capitalised modal makes it a verb ("customer Will call").
SUBJECTS = words("""i we you he she they it who that which customer caller client agent
colleague someone somebody there this""")

# Words almost every note has, whose slips scrubbers took for names ("adress", "custmer").
NOTE_WORDS = words("""address addressed received receive receipt customer customers tomorrow
their because definitely separate until account transferred appointment apologised
apologized refund refunded delivery cancelled canceled payment problem complaint business
which weird believe really probably immediately unfortunately unable available
transferring escalated escalation verified confirmed updated resolved""")

# In lower case these thank or greet; "Ty" and "Dear" may be names, "ty" is "thank you".
LOWER_CUES = words("ty thx tysm cheers hi hey dear thanks")

# Strong cues end with a word that introduces a person ("spoke to", "name is"): the
# next word is a name unless it is a function word, even if it is a common word.
STRONG_CUES = (
    "spoke to", "spoke with", "speaking to", "speaking with", "speak to", "speak with",
    "talked to", "talked with", "talking to", "talking with", "chatted to", "chatted with",
    "chatting to", "chatting with", "dealt with", "name is", "name's", "named", "called",
    "calling", "ask for", "asked for", "asking for", "cc", "cc'd", "handed over to",
    "passed to", "transferred to", "escalated to", "assigned to", "dear", "hi", "hello", "kudos",
    "hey", "thanks", "thank you", "cheers", "ty", "signed", "regards", "known as", "big up",
    "aka", "goes by", "name", "names", "first name", "surname", "last name", "full name",
    "call back", "ring back", "rang back", "calling back", "phone back", "text back",
    "thx", "tysm", "tyvm", "thnx", "thanx", "tq", "shout out to", "shoutout to", "kudos to",
    "props to", "shoutout", "shout out", "spoke w", "talked w", "chatted w", "dealt w", "spoke wit",
    # Who a note is about or by: "as per Kostas", "(guardian of Vahagn)", "on behalf of".
    "as per", "guardian of", "on behalf of", "parent of", "carer of", "mother of", "father of",
)  # fmt: skip
# The same cues as word tuples, the way the name rules compare them.
# Thanks in other languages is a cue too ("dzięki lieske", "kiitos aino").
STRONG_CUE_WORDS = frozenset(tuple(c.split()) for c in STRONG_CUES) | {
    (w,) for w in THANKS_ABROAD
}

# "her mother-in-law Anwesha": a person noun, never part of the name before it.
IN_LAWS = words("""mother-in-law father-in-law sister-in-law brother-in-law son-in-law
daughter-in-law in-laws""")

# Noun cues: a person noun right before a word ("customer sarah", "colleague raj").
NOUN_CUES = words("""customer customers caller client member patient passenger guest
tenant landlord colleague colleagues agent advisor adviser manager supervisor tl lead
teammate mate user holder mum mom dad husband wife son daughter partner brother sister
friend neighbour neighbor nan gran grandma grandad grandson granddaughter mother father
boss engineer driver courier technician rep cx cust buddy boyfriend girlfriend fiance spouse
fiancee uncle aunt auntie cousin niece nephew subscriber subscribers policyholder applicant
sup supe pax pt rider riders resident borrower claimant beneficiary occupant homeowner
consumer shopper buyer seller sender recipient payee traveller traveler pensioner cardholder owner
accountholder""") | CUSTOMER_ABROAD | IN_LAWS

# Verbs whose object is usually a person: "helped X", "told X", "thanked X".
PERSON_VERBS = words("""helped help helping told tell telling thanked thank assisted
assist reassured advised informed updated contacted contact reminded emailed email
phoned phone rang ring texted text messaged message called call met gave give sent
send asked ask refunded credited offered promised wished greeted supported owe owed
let introduced transferred passed connected shadowed coached trained mentored buddied
paired rebooked verified authenticated onboarded calmed reimbursed compensated""")

# Weak cues: any of these before an unknown word makes it a name ("with zanele").
WEAK_CUES = words("""to for with from by and & or cc via like""") | PERSON_VERBS

# A verb right after a word that a person does ("sarah rang", "Will said").
FOLLOW_VERBS = words("""said says rang rings called calls phoned emailed messaged
texted wrote writes asked asks wanted wants needed needs complained mentioned confirmed
explained replied thanked agreed accepted declined chose decided paid received got was is
has had would could did didn't wasn't isn't couldn't kept loved left sounded seemed felt
sent tried came went reported requested cancelled canceled ordered bought moved lives
lived works worked says sent chatted waited noticed spotted found lost forgot remembered
returned rejoined joined signed logged booked upgraded downgraded switched queried
disputed appreciated laughed cried shouted swore hung answered picked helped passed
covered approved handled escalated transferred thx'd msg'd dm'd pm'd updated read
submitted uploaded provided shared insisted happy delighted prefers preferred shouting
relieved tagged dmed rated reviewed posted commented
pleased thrilled satisfied grateful furious upset angry sorted waived walked""") | PLEASED_ABROAD
# Adverbs between a name and its verb: "Lwasa nearly cancelled", "sipho finally paid".
ADVERBS = words("""nearly finally just also already never always really still then now
almost actually even kindly eventually again absolutely so very super totally extremely
quite""")
# After a surname: "the Aulakh family", "the Prifti household".
FAMILY_NOUNS = words("household family families residence twins clan")
# Kin: a capitalised word right after one is a name even when it is a word ("her son
# Mere", "my daughter Rose").
KIN_NOUNS = words("""son daughter sister brother wife husband mum mom dad mother father
nephew niece grandson granddaughter cousin uncle aunt auntie aunty fiance fiancee boyfriend
girlfriend frère sœur soeur hermano hermana irmão irmã""") | IN_LAWS | abroad_words.KIN_ABROAD

# After an unknown word, a modal or "from" also marks a person ("folake will try
# again", "špela from back office").
FOLLOW_UNKNOWN = words("will can may might must should shall won't can't from")

# Lower-case very common name-words need a verb this person-like ("mark said").
STRONG_FOLLOW_VERBS = words("""said says rang phoned emailed messaged texted wrote asked
complained called thanked replied explained mentioned confirmed wanted needed""")

# Care words that are also names: never taken on a noun cue ("customer bill").
CARE_AMBIGUOUS = words("""bill cash page chase rush major credit max min will may can
case fee pace tab skip black white grey gray green brown blue red pink silver gold rose
ivory""")  # colours: "offered black", "swapped to white"



# --------------------------------------------------------------------------------------
# Regex fragments, compiled into whole patterns by carecli.scrubber.patterns.

# Dates: a dob is a date after a birth cue; other dates are harmless numbers.
MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
NUMERIC_DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}"
WORD_DATE = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MON},?\s+\d{{2,4}}"
    rf"|\d{{1,2}}-{MON}-\d{{2,4}}|\d{{1,2}}/{MON}/\d{{2,4}}"  # "3-mar-75", "14/Jul/1958"
    rf"|{MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
)

# IATA codes of airlines a contact centre talks about: "QF1026" is a flight, not an id.
AIRLINE_CODES = frozenset(words("""AA AC AF AI AK AM AS AV AY AZ B6 BA BR CA CI CM CX CZ
DL EI EK ET EY F9 FJ FR G3 GA HA IB JL JQ KE KL KQ LA LH LX LY MH MS MU NH NK NZ OS OZ PK
PD PR QF QR SK SN SQ SV TG TK TP U2 UA UX VA VN VS W6 WN WS WY ZL 5J 6E SG TR QZ OD FD VJ
FZ G9 J9 XY 3K D7 BI MK AT F8 TS WG PB 4N"""))

# Top-level domains a URL without a scheme may end in ("example.co.uk/track").
TLDS = (
    "com|net|org|info|biz|io|co|uk|de|fr|es|it|nl|pl|be|at|ch|ie|eu|us|ca|au|in|br|tr|"
    "se|dk|no|fi|pt|cz|ru|jp|cn|app|dev|me|tv|ly|gl|gov|edu|ac|shop|store|online|site|"
    "xyz|nz|za|mx|ar|gr|hu|ro|sk|lt|lv|ee|is|ua|sg|hk|ai|gg|to|ws|ng|ke|pk|id|my|ph|vn|"
    "kr|tw|club|link|page|live|blog|email|cloud|tech|net\\.au|org\\.uk"
)

# IBAN length per country: the ISO 13616 registry, and the national IBANs of the West and
# Central African banking unions (BCEAO, BEAC), Madagascar, Algeria, Morocco and others
# that agents see on statements.
IBAN_LENGTHS = {
    cc: int(n)
    for cc, n in (
        item.split(":")
        for item in words("""AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BR:29 BY:28
        CH:21 CR:22 CY:28 CZ:24 DE:22 DK:18 DO:28 EE:20 EG:29 ES:24 FI:18 FO:18 FR:27 GB:22 GE:22
        GI:23 GL:18 GR:27 GT:28 HR:21 HU:28 IE:22 IL:23 IQ:23 IS:26 IT:27 JO:30 KW:30 KZ:20
        LB:28 LC:32 LI:21 LT:20 LU:20 LV:21 MC:27 MD:24 ME:22 MK:19 MR:27 MT:31 MU:30 NL:18
        NO:15 PK:24 PL:28 PS:29 PT:25 QA:29 RO:24 RS:22 SA:24 SC:31 SE:24 SI:19 SK:24 SM:27
        ST:25 SV:28 TL:23 TN:24 TR:26 UA:29 VA:22 VG:24 XK:20 BI:27 DJ:27 FK:18 HN:28
        LY:25 MN:20 NI:28 OM:23 RU:33 SD:18 SO:23 YE:30 SN:28 CI:28 ML:28 BF:28 BJ:28 NE:28
        TG:28 GW:25 CM:27 CF:27 CG:27 GA:27 TD:27 GQ:27 MG:27 DZ:26 MA:28 IR:26 CV:25 AO:25
        MZ:25 KM:27""")
    )
}

# Street types after the street name ("14 elm street"). Strong ones are never ordinary
# words after a number; weak ones are ("40 minute walk"), so the words before a weak
# one are checked against NOT_STREET_WORDS.
STREET_SUFFIX_STRONG = words("""street st str road rd avenue ave av lane ln drive dr
boulevard blvd crescent cres terrace terr tce gardens gdns mews parade highway hwy parkway
pkwy broadway causeway embankment cottages nagar chowk marg colony ganj zila expressway
freeway turnpike stravenue motorway""")
STREET_SUFFIX_WEAK = words("""way close cl clo place pl court ct gr gro grv gv park view cross
rise walk row hill trl
green square sq run fork mountain spring stream vista ride artery trail path loop point
ridge heights meadow field gate yard grange orchard quay wharf hollow crest bend trace
plaza circle cir mount manor lodge end brook valley village junction landing pass pike
port route shore station summit track isle island lake light mill mission oval pine plain
ranch rapid rest river skyway spur tunnel ville glen garden estate extension fall ferry
flat ford forest forge fort gateway harbor harbour haven inlet key knoll lock loaf
overpass prairie radial ramp crossroad crossing divide vale well union cliff center
centre corner course cove creek dale dam camp canyon cape burg bypass bridge branch
bottom bluff beach alley arcade common curve land club grove wall shoal neck tower
towers mansions""")
# Flat, unit, apartment: before the house number or after the street.
UNIT = (
    r"(?:depto\.?|dpto\.?|apto\.?|bloco|bloque|torre|casa|lote|mz\.?|manzana|porte|dira"
    r"|flat|apt\.?|apartment|unit|suite|ste\.?|studio|room|floor|h\.?\s?no\.?|house\s+no\.?"
    r"|piso|puerta|planta|piano|appartamento|scala|interno|int\.|bajo|escalera|esc\.|porta"
    r"|andar|lok\.|m\.|lot|blk\.?|block|villa|plot|bldg\.?|building|#)"
)
# Street types before the street name ("5 rue de la Paix", "Calle Mayor 5"); "cañada"
# only with its ñ ("Air Canada AC 2135" is a flight).
ROMANCE_TYPES = (
    "rue|avenue|av\\.?|bd|boulevard|bv\\.|bulevar|all[ée]e|impasse|chemin|place|quai|route|cours|via|"
    "viale|piazza|piazzale|corso|vicolo|contrada|largo|strada|borgo|incrocio|canale|stretto|"
    "rotonda|calle|c/|c\\.|avenida|avda\\.?|paseo|plaza|camino|ronda|carrer|callej[óo]n|"
    "traves[íi]a|glorieta|pasaje|pasadizo|cañada|urbanizaci[óo]n|urb\\.|rambla|cuesta|"
    "alameda|acceso|carretera|ctra\\.|travessa|rua|r\\.|pra[çc]a|estrada|ulica|ul\\.|aleja|"
    "al\\.|plac|pl\\.|os\\.|osiedle|rampa|vial|v[íi]a|"
    # Malay, Maltese, Albanian, Irish, Scottish Gaelic, Welsh, Somali, Filipino.
    "jalan|jln\\.?|jl\\.|lorong|lrg\\.?|str\\.|persiaran|lebuh|lebuhraya|triq|sqaq|pjazza|rruga|rr\\.|"
    "bulevardi|b[óo]thar|sr[áa]id|ascaill|b[óo]ithr[íi]n|sr[àa]id|rathad|heol|ffordd|stryd|"
    "waddada|jidka|kalye|purok|ard|p[áa]irc|cluain|gleann|radharc|cnoc|l[áa]na|cearn[óo]g|"
    # Greek, Peruvian, Malaysian and Indonesian: "Leof. Kifisias 107", "Jr. Lima 379",
    # "244 Taman Desa Jaya", "Gg. Kenari No. 69", "Perum Griya Asri Blok D14".
    "leof\\.|leoforos|odos|jr\\.|jir[óo]n|taman|kampung|perum|perumahan|gg\\.|gang"
)
# Types that are also English words ("via email", "place order 2"): need a house number
# and a street name that looks like a name, unless a particle follows ("boulevard de").
# Street types that are English words, or abbreviations ("3-5 bd": business days).
ROMANCE_ENGLISH = words("avenue boulevard place route cours via plaza vial rampa largo gang bd")
# Abbreviated types ("c.", "pl.", "r.") are too short to trust without a house number.
ROMANCE_ABBREVIATED = words("""av av. bd bv. c. c/ avda avda. urb. ctra. r. ul. al. pl. os. rr. str.
jl. leof. jr. gg.""")
# Street types written as the end of one word, with the number after it
# ("Hauptstraße 5", "Kerkstraat 12", "Storgatan 7"), compared without accents.
GERMANIC_SUFFIXES = tuple(
    words("""strasse str. gasse weg platz allee ring damm ufer chaussee steig pfad markt hof
    laan straat plein gracht singel dijk kade steeg gade vej gatan vagen grand torget strade
    straede veien gata katu utca boulevard sokak sokagi caddesi dreef baan pad tie kuja polku
    kaari vegen vagen gränd grand stigen vegur iela maantee puiestee""")
)
# Words between a house number and a weak suffix that show it is not an address.
NOT_STREET_WORDS = words("""minute minutes min mins hour hours hr hrs day days week weeks
month months year years second seconds item items order orders time times step steps
more extra other of the a an in on at to for and or by with my your his her our their
mile miles km pound pounds quid euro euros dollar dollars percent people person star
stars page pages point points storey storeys story stories floor floors within per""")

# US states and Australian states: a number after one is a ZIP / postcode.
US_STATES = words("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN
MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC NSW VIC
QLD SA TAS ACT NT""")
# Words that announce a postcode, so any number after them is one.
POSTCODE_CUE = (
    r"(?:post\s?codes?|postal\s+code|code\s+postal|c[oó]digo\s+postal|c[oó]d\.?\s+postal|"
    r"zip(?:\s?code)?|plz|pin(?:\s?code)?|p\.?c\.?|p/c|pcode|cp|cap|cep|eircode|post\s?nr\.?|"
    r"postnummer|postnumero|kod(?:\s+pocztowy)?|postleitzahl|iranyitoszam|psc|t\.k\.|tk|"
    r"poskod|kod\s+pos|p/code|post\s+code|postal|zip\s*\+\s*4|index)"
)

# Cue words before an id ("order 1234", "ref: ABC12"): a short code is enough.
ID_CUES_STRONG = (
    r"orders?|tickets?|tkt|accounts?|acct|a/c|cases?|ref(?:erence)?s?|bookings?|invoices?|"
    r"inv|customer\s+(?:number|no\.?|id|ref)|cust\s*(?:no\.?|id|ref|#)|membership|"
    r"member\s+(?:number|no\.?|id)|tracking|consignment|transactions?|txn|incidents?|"
    r"rma|serial|s/n|imei|mpan|mprn|pnr|subscription|loyalty|parcel|shipment|mtcn"
)
# More strong cues, in a pattern of their own that runs only when one of their words is in
# the note: a long alternation tried at every word costs time. The pattern and its words
# come from this one list ("pps no.", "kimlik no": ID_SEP reads the "no").
ID_CUES_MORE_PHRASES = (
    "trip id", "ride id", "user id", "player id", "transaction id", "booking id", "order id",
    "device id", "session id", "handle", "username", "user name", "gamertag", "gamer tag",
    "ppsn", "pps", "login", "l4ssn", "last 4 ssn", "ssn last 4", "crn", "ohip", "login for",
    "user", "pseudo", "identifiant", "gebruikersnaam", "benutzername", "nome utente", "ign", "uid",
    # National ids and tax numbers of the markets served.
    "nic", "cnic", "pesel", "cnp", "egn", "amka", "rrn", "nric", "ktp", "nik", "hkid",
    "my number", "tax id", "tin", "nif", "nie", "dni", "oib", "jmbg", "isikukood",
    "asmens kodas", "personal code", "kimlik", "tckn", "voter id", "citizenship",
    "national id", "nid", "ird", "cpr", "curp", "rfc", "cuil", "cuit", "cédula", "cedula",
    "ffp", "bsb", "sort code", "bir", "birm", "mbi", "ramq", "discord", "psn", "battletag",
)  # fmt: skip
ID_MORE_WORDS = frozenset(w for phrase in ID_CUES_MORE_PHRASES for w in phrase.split())


# Cue words that are common verbs/nouns too ("request 150"): need a longer code.
ID_CUES_WEAK = (
    r"policy|policies|claims?|contract|complaint|request|req|returns?|meter|"
    r"confirmation|conf|voucher|receipt|sr|cr|inc|members?|medicare|health\s+card|nhi|ssn|"
    r"sin|passport|licen[cs]e|aeroplan|ff|frequent\s+fl[iy]er|policyholder|tfn|abn|pan|"
    r"aadhaar|nric|emirates\s+id|sa\s+id|id\s+(?:number|no\.?)"
)
# Between the cue and the id: "order no. 123", "ref: ABC", "case number is 55".
_SP = r"[^\S\x1f]*"  # not over claimed text's blanks (U+001F reads as white space)
ID_SEP = (
    rf"(?:{_SP}(?:(?:no|num(?:ber)?|id|ref(?:erence)?|code|is|was)(?:\.|(?![a-z]))|#|:|-|\u2013|=))*"
    rf"{_SP}(?P<hash>#)?{_SP}"
)
# An id: letters, digits and inner separators, with at least one digit.
ID_TOKEN = r"(?=[A-Za-z0-9\-/_.]*\d)[A-Za-z0-9](?:[A-Za-z0-9\-/_.]*[A-Za-z0-9])?"
# Digits followed by a unit are measures, not codes ("100GB", "3pm", "2nd", "4k").
UNIT_SUFFIX = (
    r"^\d+(?:\.\d+)?(?:st|nd|rd|th|am|pm|gb|mb|tb|kb|gbps|mbps|kbps|kg|g|mg|ml|l|km|m|cm|mm|"
    r"mph|kmh|hrs?|h|mins?|s|secs?|x|k|p|px|hz|ghz|mhz|mah|w|kw|kwh|v|yrs?|yo|mos?|wks?|d|"
    r"days?|fps|hp|in|ft|lbs?|oz)$"
)

# A word for the name rules: letters, inner apostrophes and hyphens, a possessive.
TOKEN = r"[^\W\d_]+(?:['\u2019\u2018\u02bb`\-][^\W\d_]+)*(?:['\u2019]s?)?"

# Classes of common words that are also names (see names.py): a cue across a comma
# is not enough for them ("thanks, hope it helps").
COMMON = frozenset(("ambig_a", "keep_name", "modal", "month"))

# Cues that still apply across a comma: "thanks, sarah", "hi, raj".
GREETINGS = frozenset({("hi",), ("hello",), ("hey",), ("dear",), ("thanks",), ("cheers",),
                        ("thank", "you"), ("ty",)})  # fmt: skip

# The CRM form "SURNAME, Given" (see crm.py): words before a record's surname ...
CRM_BEFORE = words("""holder customer cust caller cx client member shows showing show at about
verified confirmed checked account acct name re for record profile is tenant patient
contact crm system file under as updated""")
# ... words that follow its given name (the fields a record goes on with) ...
CRM_AFTER = words("""born dob d.o.b b.day bday birthday called calling rang rung phoned
verified tel tele ph mob mobile phone email e-mail w address addr acc account id ref
postcode pc zip dob: nee acct ticket order tracking policy case member nhs ssn sin ohip""")
# ... and two-word starts of them ("date of birth", "on the system", "on file").
CRM_AFTER_PAIRS = frozenset((("date", "of"), ("on", "the"), ("on", "file"), ("on", "our")))
