"""Build src/carecli/data/foreign_stop.txt and foreign_words.txt: the common words of the
other languages agents write notes in, so that a note in Spanish or half in French is not
read as a row of names.

    pip install wordfreq==3.1.1      # build time only: carecli never imports it
    python benchmarks/build_foreign_words.py

The source is wordfreq 3.1.1 (https://github.com/rspeer/wordfreq; code Apache 2.0, word
lists CC BY-SA 4.0): the 5,000 most frequent words of 27 languages agents write notes in
(Spanish, Portuguese, French, Italian, German, Dutch, Indonesian, Filipino, Malay,
Catalan, Polish, Czech, Slovak, Slovenian, Serbo-Croatian, Hungarian, Romanian, Turkish,
Swedish, Danish, Norwegian, Finnish, Lithuanian, Latvian, Russian, Ukrainian, Bulgarian),
and hand-written Swahili and Hindi-Urdu (Latin letters) lists (HAND_WORDS). Left out:
words with digits, and among the common words every word in the shipped name lists (a
name stays a name).

foreign_stop.txt: per language, its 150 most frequent words (the function words: "que",
"por", "não", "yang"), names among them too ("las", "con", "til", "dan": in a note in that
language they are function words when written in lower case); carecli.scrubber.foreign
reads a note as that language when it has two of them, none an English word.
foreign_words.txt: the next ones, no English word and no name, read only then. Both are
"lang word" lines.

Tried and dropped: all these words in every note, as rare English words. On the
development sets that cost 2 to 16 points of names recall (names in many cultures are
words in some language), so the words now count only in a note in their language.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from carecli.scrubber.lexicon import fold, shared  # noqa: E402

DATA = ROOT / "src" / "carecli" / "data"
# fmt: off
LANGUAGES = ("es", "pt", "fr", "it", "de", "nl", "id", "fil", "ms", "ca", "pl", "cs", "sk",
             "sl", "sh", "hu", "ro", "tr", "sv", "da", "nb", "fi", "lt", "lv", "ru", "uk", "bg")
# fmt: on
# Languages wordfreq has no list for, written by the carecli developers (MIT, like the
# rest of carecli): Swahili, for East African desks (function words, then common words of
# customer care). Not "wa": it joins names too ("Bakari wa Faki").
HAND_WORDS = {
    "sw": (
        """na ya kwa za la ni si ndio ndiyo hapana sio siyo kama lakini au pia tu bado
        sasa hivi hii hiyo hizo huyu yule wale hapa pale huko kule kuna kuwa ana ame ali
        ata atakuwa alikuwa amekuwa nime nili mimi wewe yeye sisi ninyi wao yangu yako yake
        yetu yenu yao wangu wako wake kwamba kwenye katika kutoka mpaka hadi baada kabla
        sana kidogo zaidi kila kitu vitu mtu watu nini gani lini wapi vipi kwanini nani
        ambaye ambao ambayo tena pamoja bila sababu iko yuko ziko kuko naye nao nayo nami
        leo kesho jana sawa poa safi vizuri""",
        """mteja wateja simu pesa malipo bili akaunti huduma tatizo shida msaada asante
        karibu pole habari fiti amefurahi furaha ameridhika amelipa amepokea amepata
        ametuma alituma alipiga alipokea amesema alisema anasema anataka alitaka anahitaji
        imetatuliwa imerekebishwa imefanikiwa imekamilika imelipwa imeshindwa imefungwa
        imefunguliwa imerudishwa marejesho kurudisha kulipa kutuma kupokea kupiga
        kuangalia kusaidia kurekebisha laini mtandao bando vifurushi kifurushi salio deni
        mkopo benki tawi duka ofisi nyumbani kazini mama baba dada kaka mtoto watoto bibi
        babu rafiki jirani mwalimu daktari dereva fundi wakala asubuhi mchana jioni usiku
        siku wiki mwezi mwaka saa dakika nzuri mbaya kubwa ndogo mpya""",
    ),
    # Hindi and Urdu in Latin letters, as South Asian desks type them ("cx ne bola network
    # nahi aata"). Not the honorifics that follow a name ("ji", "bhai", "sahib"): those
    # are titles (cues.py). Not "to", "do", "me", "main", "par", "the": English words, so
    # no evidence; they stay English words.
    "hi": (
        """hai hain tha thi ho hoga hogi hoge ne ko ka ki ke se mein mai pe bhi nahi nahin
        nai kya kyun kyu kaise kab kahan jab tab aur lekin toh wo woh ye yeh unka uska uski
        unki mera meri tera apna apni hum tum aap haan acha accha achha theek thik sahi abhi
        phir fir bahut bohot bahot kuch koi sab sabhi wala wali wale liye kyunki agar magar
        bas sirf jaisa waisa hua hui hue raha rahi rahe kar karo karna karke kiya kiye""",
        """bola boli bole bolo bata batao bataya batana diya diye dena liya lena lelo dedo
        aata aati aaya aayi aaye gaya gayi gaye jaana jana chahiye paisa paise rupaye
        wapas wapis jaldi kal aaj parso din mahina saal behen bhaiya dhanyavad dhanyawad
        shukriya shukria maaf khush pareshan samajh samjha samjhaya baat baar ghar dukaan
        dukan naya nayi purana mila mili mile milega milegi nikla nikal band chalu shuru
        khatam pata galat sahi jawab sawal madad zaroor zaroori jaroor thoda zyada jyada
        abhi tak kabhi hamesha kitna kitne kitni aayega aayegi aaega aaegi jayega jayegi
        jaega karega karegi karenge denge lenge dega degi lega legi rahega rahegi chalega
        bilkul hojayega hogaya hogya ho-gaya""",
    ),
}
TOP = 5000
STOP = 150
HEADER = """# {what} of other languages, from wordfreq 3.1.1 (CC BY-SA 4.0, see NOTICE.md).
# Generated by benchmarks/build_foreign_words.py; do not edit by hand. "lang word" lines.
"""


def main() -> int:
    import wordfreq  # type: ignore[import-not-found,unused-ignore]

    lex = shared()
    stop_lines: list[str] = []
    word_lines: list[str] = []
    for lang in LANGUAGES:
        top = [w.lower() for w in wordfreq.top_n_list(lang, TOP)]
        top = list(dict.fromkeys(w for w in top if w.isalpha()))
        # Function words may look English ("con", "no") or be one letter ("à", "e"):
        # they are only evidence.
        stops = top[:STOP]  # names too ("las", "con", "til"): see foreign.py
        kept = [
            w
            for w in top[STOP:]
            if len(w) >= 2 and not (lex.is_english(w) or lex.is_name(fold(w)) or lex.is_name(w))
        ]
        stop_lines += [f"{lang} {w}" for w in stops]
        word_lines += [f"{lang} {w}" for w in sorted(kept)]
    for lang, (stop_text, word_text) in HAND_WORDS.items():
        stop_lines += [f"{lang} {w}" for w in dict.fromkeys(stop_text.split())]
        common = set(word_text.split()) - set(stop_text.split())
        kept = [w for w in common if not (lex.is_english(w) or lex.is_name(fold(w)))]
        word_lines += [f"{lang} {w}" for w in sorted(kept)]
    (DATA / "foreign_stop.txt").write_text(
        HEADER.format(what="The most frequent function words") + "\n".join(stop_lines) + "\n",
        encoding="utf-8",
    )
    (DATA / "foreign_words.txt").write_text(
        HEADER.format(what="Common words") + "\n".join(word_lines) + "\n", encoding="utf-8"
    )
    print(f"{len(stop_lines)} function words, {len(word_lines)} words written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
