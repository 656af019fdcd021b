"""Scrub personal data out of journal text before an agent shares it.

    >>> scrub("helped mrs jones at 14 elm street, called back on 07700 900123").text
    'helped mrs [name 1] at [address 1], called back on [phone 1]'

Standard library only. Importing this module does no work at all (not even `import
re`): the patterns are compiled and the word lists in ``data/`` are read on the first
call to `scrub`, then cached for the life of the process.

How it works, in two passes over a normalised copy of the text (invisible characters
dropped, other scripts' and full-width digits read as ASCII, superscripts glued to a
number read as its digits: see `_reading`), whose spans are mapped back to the text:

1. Pattern detectors, in a fixed priority order, claim character spans: e-mail, URL,
   IP, IBAN, date of birth, card, harmless numbers (times, dates, amounts, which are
   claimed only so that no later detector takes them), ids with a cue word, street
   addresses, postcodes, phone numbers, bare codes, then a last net: any run of seven
   or more digits that survived, or its surviving rest. A span that overlaps one
   claimed earlier is dropped.
2. Names. Every remaining word is classed with the shipped lists (given names,
   surnames, English words, keep words), then decided by its context: titles
   ("mrs jones"), cue words ("spoke to", "customer", "helped"), the verb after it
   ("sarah rang"), capitals in mid-sentence, possessives and neighbouring names. The
   rule of thumb is the security one: a word that is in no English word list gets
   scrubbed whenever anything hints it is a name, or when it is capitalised.

Known limits (see benchmarks/scrub_eval.py for the measured figures):
- A name that is also a common English word needs a cue: "refund sent to Purity",
  "went through the bill with guy" stay; "spoke to will", "Grace rang" are caught.
- A lower-case word in no list, with no cue at all, stays ("olu happy with it"):
  scrubbing those ate more jargon and typos than it found names.
- Capitalised words in no list are scrubbed, so unknown places and brands are too
  ("Wolverhampton depot"); always_keep is the way out.
- Obfuscated e-mails ("john dot smith at gmail dot com", "j.smith @ gmail.com") are
  missed; so is a number split by a letter glued inside it ("020a 7946 0958" leaves
  "020a") or by wider gaps than the last net allows ("07700 / 900123").
"""

from __future__ import annotations

import os
import sys
import unicodedata

# `typing` costs ~14 ms to import here; mypy recognises this constant by name.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Iterable
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Finding:
        """One replaced piece of personal data."""

        kind: str  # one of KINDS
        original: str  # the text that was replaced
        placeholder: str  # e.g. "[name 1]"

    @dataclass(frozen=True)
    class Scrubbed:
        """The scrubbed text and what was replaced, in text order."""

        text: str
        findings: tuple[Finding, ...]


KINDS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip", "url", "iban", "dob")

_DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

# A span is (start, end, kind); text[start:end] is replaced by the kind's placeholder.
_Span = tuple[int, int, str]


def scrub(
    text: str,
    *,
    always_scrub: Iterable[str] = (),
    always_keep: Iterable[str] = (),
    own_names: Iterable[str] = (),
) -> Scrubbed:
    """Replace personal data in `text` with numbered, typed placeholders.

    always_scrub: words or phrases always replaced (as names), in any case.
    always_keep: words or phrases never replaced (product names, team names...).
    own_names: the agent's own names; replaced like always_scrub, except that an own
        name which is also a very common word ("Will") needs a name cue or a capital.
    """
    finding_cls, scrubbed_cls = _result_types()
    engine = _engine()
    read, origin = _reading(text)
    spans = engine.find(
        read, keep=_phrases(always_keep), forced=list(always_scrub), own=list(own_names)
    )
    if origin is not None:
        # Back to the original text: a span covers what its characters were read from.
        starts, ends = origin
        spans = [(starts[s], ends[e - 1], kind) for s, e, kind in spans]
    return _render(text, spans, finding_cls, scrubbed_cls)


# --------------------------------------------------------------------------------------
# What the detectors read. The patterns are written for ASCII digits and punctuation, and
# their boundaries are `\w` lookarounds, which match "¹", "½", "①" and "Ⅻ" but `\d`
# does not: a phone glued to a "¹", typed in full-width digits or with a zero-width space
# inside slipped past them. So the detectors run on a normalised copy of the text, and
# the spans they find are mapped back to the original characters:
#
# - invisible format characters (zero-width spaces and joiners, soft hyphens, BOM, bidi
#   marks) and private-use or unassigned code points are dropped; combining marks go
#   onto their letter ("e" + U+0301 -> "é") or are dropped ("1" + U+0301 -> "1");
# - other scripts' digits ("٣" -> "3") and the full-width and mathematical forms of
#   ASCII letters, digits and punctuation are read as ASCII, odd spaces as a space;
# - a superscript, subscript or circled digit next to another digit is that digit
#   ("900123¹" -> "9001231"); every other number form is dropped: a lone "¹", "½", "①",
#   "Ⅻ" ("Smith¹" -> "Smith", "½GB82 WEST..." -> "GB82 WEST...");
# - punctuation, symbols and control characters touching a digit become one space (an
#   en dash in "07700\u2013900123", "n°12").
#
# Letters are left alone, as ASCII letters are: a number glued to one ("900123é") fails
# its pattern and is caught by the last net for digit runs (`_Engine._digit_runs`).
# ASCII text (nearly every note) is read as it is.

_DIGITS = frozenset("0123456789")
_DISTINCTIVE = ("phone", "card", "email", "iban", "ip", "url")
_SAFE = "safe"  # the claim kind of times, dates and amounts: claimed, never replaced
# Characters that belong to the one before them: combining marks, invisible format
# characters, and code points that mean nothing to a detector (private use, unassigned
# in this Python's Unicode tables, lone surrogates).
_ATTACHED = frozenset(("Mn", "Mc", "Me", "Cf", "Co", "Cn", "Cs"))
# Categories whose compatibility form (NFKC) is not read as ASCII: modifier letters
# (Lm: "ʰ"), circled letters (So: "Ⓐ"), and number forms (No, Nl), which are settled by
# their neighbours instead. "ª" and "º" are read as "a" and "o", like "nº" -> "no".
_KEEP_AS_TYPED = frozenset(("Lm", "So", "Nl", "No"))
_READ_CACHE: dict[str, str] = {}
_AS_TYPED_CACHE: dict[str, bool] = {}


def _reading(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """The text as the detectors read it (see above) and, unless it is the text itself,
    for each of its characters the start and end of the original characters it stands
    for."""
    if text.isascii():
        return text, None
    # Fast path: accented letters and punctuation away from digits ("Müller") read as
    # they are.
    engine = _engine()
    if all(map(_as_typed, set(engine.non_ascii.findall(text)))) and not engine.glued.search(text):
        return text, None
    category = unicodedata.category
    # Units: a character with the marks and invisible characters after it.
    reads: list[str] = []
    bounds: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and not text[j].isascii() and category(text[j]) in _ATTACHED:
            j += 1
        ch = text[i]
        if j > i + 1 and category(ch) not in _ATTACHED:
            marks = "".join(c for c in text[i + 1 : j] if category(c)[0] == "M")
            composed = unicodedata.normalize("NFC", ch + marks) if marks else ch
            ch = composed if len(composed) == 1 else ch
        reads.append(ch if ch.isascii() else _read_char(ch))
        bounds.append((i, j))
        i = j
    # Number forms are settled by their neighbours: a digit or nothing.
    values = [_digit_value(r) for r in reads]  # "3" for "3" and "³", "" otherwise
    m = len(reads)
    units: list[tuple[str, int, int]] = []  # (read, start, end) of what is left
    for k, r in enumerate(reads):
        if r and not r.isascii() and category(r) in ("No", "Nl"):
            near = (k > 0 and bool(values[k - 1])) or (k + 1 < m and bool(values[k + 1]))
            r = values[k] if values[k] and near else ""  # "900123¹"; "Smith¹", "½GB82"
        if r:
            units.append((r, *bounds[k]))
    # Symbols and punctuation touching a digit become one space.
    k, m = 0, len(units)
    while k < m:
        last = k
        if _is_symbol(units[k][0]):
            while last + 1 < m and _is_symbol(units[last + 1][0]):
                last += 1
            before = units[k - 1][0] if k > 0 else ""
            after = units[last + 1][0] if last + 1 < m else ""
            if before in _DIGITS or after in _DIGITS:
                # "07700\u2013900123", "n°12345", "07700°° 900123"
                units[k : last + 1] = [(" ", units[k][1], units[last][2])]
                m -= last - k
                last = k
        k = last + 1
    read = "".join(u[0] for u in units)
    if read == text:
        return text, None
    return read, ([u[1] for u in units], [u[2] for u in units])


def _as_typed(ch: str) -> bool:
    """Is this non-ASCII character read as it is, unless it touches a digit?"""
    typed = _AS_TYPED_CACHE.get(ch)
    if typed is None:
        cat = unicodedata.category(ch)
        typed = cat[0] in "LPS" and _read_char(ch) == ch  # not "ª" or a full-width "@"
        if len(_AS_TYPED_CACHE) < 10_000:
            _AS_TYPED_CACHE[ch] = typed
    return typed


def _is_symbol(ch: str) -> bool:
    """A non-ASCII punctuation mark, symbol (a dash, "°", "•") or control character."""
    return len(ch) == 1 and not ch.isascii() and unicodedata.category(ch)[0] in "PSC"


def _read_char(ch: str) -> str:
    """One non-ASCII character as read before its neighbours are looked at."""
    read = _READ_CACHE.get(ch)
    if read is None:
        cat = unicodedata.category(ch)
        if cat in _ATTACHED:
            read = ""  # a mark or invisible character at the very start
        elif cat == "Nd":
            read = str(unicodedata.digit(ch))  # Arabic-Indic, full-width... digits
        elif cat == "Zs":
            read = " "
        else:
            compat = unicodedata.normalize("NFKC", ch)
            ascii_form = len(compat) == 1 and compat.isascii() and cat not in _KEEP_AS_TYPED
            read = compat if ascii_form else ch
        if len(_READ_CACHE) < 10_000:
            _READ_CACHE[ch] = read
    return read


def _digit_value(ch: str) -> str:
    if ch in _DIGITS:
        return ch
    if ch.isascii() or unicodedata.category(ch) != "No":
        return ""
    value = unicodedata.digit(ch, None)
    return "" if value is None else str(value)


# --------------------------------------------------------------------------------------
# Result types. `dataclasses` costs ~20 ms to import on this machine class (it pulls in
# `inspect`), so the two frozen dataclasses are created on first use; mypy sees the
# declarations in the TYPE_CHECKING block above.


def _result_types() -> tuple[type[Finding], type[Scrubbed]]:
    module = sys.modules[__name__]
    if "Finding" not in module.__dict__:
        from dataclasses import make_dataclass

        finding = make_dataclass(
            "Finding", [("kind", str), ("original", str), ("placeholder", str)], frozen=True
        )
        scrubbed = make_dataclass(
            "Scrubbed", [("text", str), ("findings", "tuple[Finding, ...]")], frozen=True
        )
        finding.__doc__ = "One replaced piece of personal data."
        scrubbed.__doc__ = "The scrubbed text and what was replaced, in text order."
        for cls in (finding, scrubbed):
            cls.__module__ = __name__
            setattr(module, cls.__name__, cls)
    finding_cls: type[Finding] = module.__dict__["Finding"]
    scrubbed_cls: type[Scrubbed] = module.__dict__["Scrubbed"]
    return finding_cls, scrubbed_cls


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        # PEP 562: `from carecli.scrub import Finding` creates the types on demand.
        if name in ("Finding", "Scrubbed"):
            _result_types()
            return globals()[name]
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _phrases(items: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Normalise user word lists into tuples of folded words; blanks are dropped."""
    out = []
    for item in items:
        words = tuple(_fold(w) for w in _split_words(item))
        if words:
            out.append(words)
    return tuple(out)


def _split_words(text: str) -> list[str]:
    return [w.strip('.,;:!?"()[]') for w in text.split() if w.strip('.,;:!?"()[]')]


# --------------------------------------------------------------------------------------
# Rendering: numbering placeholders and building the findings.

_PLACEHOLDER_PATTERN = r"\[(?:{}) (\d+)\]".format("|".join(KINDS))


def _render(
    text: str,
    spans: list[_Span],
    finding_cls: type[Finding],
    scrubbed_cls: type[Scrubbed],
) -> Scrubbed:
    if not spans:
        return scrubbed_cls(text=text, findings=())
    engine = _engine()
    # Numbering continues after placeholders already in the text, so scrubbing a
    # partly scrubbed text never reuses "[name 1]" for a different person.
    counters = dict.fromkeys(KINDS, 0)
    for match in engine.placeholder.finditer(text):
        kind = match.group(0)[1:].split(" ")[0]
        counters[kind] = max(counters[kind], int(match.group(1)))
    assigned: dict[tuple[str, str], str] = {}
    pieces: list[str] = []
    findings: list[Finding] = []
    pos = 0
    for start, end, kind in spans:
        original = text[start:end]
        key = (kind, _value_key(kind, original))
        placeholder = assigned.get(key)
        if placeholder is None:
            counters[kind] += 1
            placeholder = assigned[key] = f"[{kind} {counters[kind]}]"
        pieces.append(text[pos:start])
        pieces.append(placeholder)
        findings.append(finding_cls(kind=kind, original=original, placeholder=placeholder))
        pos = end
    pieces.append(text[pos:])
    return scrubbed_cls(text="".join(pieces), findings=tuple(findings))


def _value_key(kind: str, original: str) -> str:
    """What makes two occurrences 'the same value' (same placeholder) for a kind."""
    if kind in ("phone", "card", "iban", "id", "postcode"):
        # "07700 900123", "07700900123" and its full-width form are one number.
        if not original.isascii():
            original = unicodedata.normalize("NFKC", original)
        return "".join(ch for ch in original.upper() if ch.isalnum())
    return " ".join(_fold(original).split())


# --------------------------------------------------------------------------------------
# Text helpers.

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bb": "'", "`": "'"})
_FOLD_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "\u0131": "i",
                             "þ": "th", "ð": "d", "\u2019": "'", "\u2018": "'"})  # fmt: skip


def _fold(word: str) -> str:
    """Lower-case and strip accents, so "Müller", "muller" and "MÜLLER" look alike."""
    word = word.casefold()
    if word.isascii():
        return word
    word = word.translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def inflection_bases(word: str) -> list[str]:
    """Possible base forms of a regularly inflected word.

    english_words.txt stores base forms only; benchmarks/build_name_lists.py removed
    exactly the words these rules derive, so `_Lexicon.is_word` is lossless.
    """
    out: list[str] = []
    n = len(word)

    def add(base: str) -> None:
        if len(base) >= 3:
            out.append(base)

    if word.endswith("ies"):
        add(word[:-3] + "y")
    if word.endswith("es") and word[-3:-2] in ("s", "x", "z", "h"):
        add(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        add(word[:-1])
    if word.endswith("ied"):
        add(word[:-3] + "y")
    if word.endswith("ed"):
        add(word[:-2])
        add(word[:-1])
        if n > 4 and word[-3] == word[-4] and word[-3] not in "aeiou":
            add(word[:-3])
    if word.endswith("ing"):
        add(word[:-3])
        add(word[:-3] + "e")
        if n > 5 and word[-4] == word[-5] and word[-4] not in "aeiou":
            add(word[:-4])
    if word.endswith("ily"):
        add(word[:-3] + "y")
    if word.endswith("ly"):
        add(word[:-2])
    return out


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# --------------------------------------------------------------------------------------
# Hand-written vocabularies for the name rules. Each set says why it exists.

# Function words: never a name on their own, and they end a name ("told sarah that").
_STOP = _words("""
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
mr mrs ms miss mx dr sir madam
""")

# Modal verbs that are also names ("Will", "May", Turkish "Can"): only with a strong cue.
_MODALS = _words("will may can might must")

# Months that are names ("june", "april", "may", "august"): never by capital alone.
_MONTHS = _words("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""")
_WEEKDAYS = _words("""monday tuesday wednesday thursday friday saturday sunday mon tue tues
wed thu thur thurs fri sat sun""")

# Words before a month that make it a date ("in june", "since may", "end of august").
_MONTH_CONTEXT = _words("""in on by since until till from of last next early mid late end
this every before after during through til throughout""")

# Titles: the word(s) after one are a name whatever they look like ("mrs happy").
_TITLES = _words("""mr mrs ms miss mx dr sir madam dame lord lady prof professor rev
reverend herr frau fr mme mlle monsieur madame senor senora senorita señor señora
señorita sr sra srta signor signora sig dott dottore pan pani dhr mevr mevrouw meneer
shri smt sri kumari""")
# Titles that are never ordinary words: even "mrs happy" is a name.
_STRICT_TITLES = _words("mr mrs ms miss mx")

# Name particles: part of a name between or before name words ("anna van der berg").
_PARTICLES = _words("""van von der den de del della dei di da das dos du le la les lo y
al el bin bint ibn abu ter ten mac st o' t 't ó ní nic uí""")

# Particles that are also whole surnames ("Das", "Dos"): kept after a given name.
_PARTICLE_SURNAMES = _words("das dos")

# Determiners and quantity words: after one of these a word is a noun, not a name
# ("the bill", "a grace period", "my mark").
_DETERMINERS = _words("""a an the this that these those my your his her our their its
some any no each every another which what whose per one two new old same such""")

# A subject before a capitalised modal makes it a verb ("customer Will call").
_SUBJECTS = _words("""i we you he she they it who that which customer caller client agent
colleague someone somebody there this""")

# A word right after these is a team or queue name ("team Orion", "pod Falcon").
_TEAM_WORDS = _words("team squad pod tribe crew desk queue group")

# Strong cues end with a word that introduces a person ("spoke to", "name is"): the
# next word is a name unless it is a function word, even if it is a common word.
_STRONG_CUES = (
    "spoke to", "spoke with", "speaking to", "speaking with", "speak to", "speak with",
    "talked to", "talked with", "talking to", "talking with", "chatted to", "chatted with",
    "chatting to", "chatting with", "dealt with", "name is", "name's", "named", "called",
    "calling", "ask for", "asked for", "asking for", "cc", "cc'd", "handed over to",
    "passed to", "transferred to", "escalated to", "assigned to", "dear", "hi", "hello",
    "hey", "thanks", "thank you", "cheers", "ty", "signed", "regards", "known as",
    "aka", "goes by", "name", "names", "first name", "surname", "last name", "full name",
)  # fmt: skip

# Noun cues: a person noun right before a word ("customer sarah", "colleague raj").
_NOUN_CUES = _words("""customer customers caller client member patient passenger guest
tenant landlord colleague colleagues agent advisor adviser manager supervisor tl lead
teammate mate user holder mum mom dad husband wife son daughter partner brother sister
friend neighbour neighbor nan gran grandma grandad grandson granddaughter mother father
boss engineer driver courier technician rep cx cust buddy boyfriend girlfriend fiance
fiancee uncle aunt auntie cousin niece nephew""")

# Verbs whose object is usually a person: "helped X", "told X", "thanked X".
_PERSON_VERBS = _words("""helped help helping told tell telling thanked thank assisted
assist reassured advised informed updated contacted contact reminded emailed email
phoned phone rang ring texted text messaged message called call met gave give sent
send asked ask refunded credited offered promised wished greeted supported owe owed
let introduced transferred passed connected shadowed coached trained mentored buddied
paired""")

# Weak cues: any of these before an unknown word makes it a name ("with zanele").
_WEAK_CUES = _words("""to for with from by and & or cc via like""") | _PERSON_VERBS

# A verb right after a word that a person does ("sarah rang", "Will said").
_FOLLOW_VERBS = _words("""said says rang rings called calls phoned emailed messaged
texted wrote writes asked asks wanted wants needed needs complained mentioned confirmed
explained replied thanked agreed accepted declined chose decided paid received got was is
has had would could did didn't wasn't isn't couldn't kept loved left sounded seemed felt
sent tried came went reported requested cancelled canceled ordered bought moved lives
lived works worked says sent chatted waited noticed spotted found lost forgot remembered
returned rejoined joined signed logged booked upgraded downgraded switched queried
disputed appreciated laughed cried shouted swore hung answered picked helped passed
covered approved handled escalated transferred""")

# After an unknown word, a modal or "from" also marks a person ("folake will try
# again", "špela from back office").
_FOLLOW_UNKNOWN = _words("will can may might must should shall won't can't from")

# Lower-case very common name-words need a verb this person-like ("mark said").
_STRONG_FOLLOW_VERBS = _words("""said says rang phoned emailed messaged texted wrote asked
complained called thanked replied explained mentioned confirmed wanted needed""")

# Care words that are also names: never taken on a noun cue ("customer bill").
_CARE_AMBIGUOUS = _words("""bill cash page chase rush major credit max min will may can
case fee pace tab skip""")


# --------------------------------------------------------------------------------------
# Patterns. Compiled on the first call (see _engine), kept as strings here.

_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_NUMERIC_DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}"
_WORD_DATE = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+\d{{2,4}}"
    rf"|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
)

_TLDS = (
    "com|net|org|info|biz|io|co|uk|de|fr|es|it|nl|pl|be|at|ch|ie|eu|us|ca|au|in|br|tr|"
    "se|dk|no|fi|pt|cz|ru|jp|cn|app|dev|me|tv|ly|gl|gov|edu|ac|shop|store|online|site|"
    "xyz|nz|za|mx|ar|gr|hu|ro|sk|lt|lv|ee|is|ua|sg|hk|ai|gg|to|ws|ng|ke|pk|id|my|ph|vn|"
    "kr|tw|club|link|page|live|blog|email|cloud|tech|net\\.au|org\\.uk"
)
# Bare domains ("smithphotos.co.uk") count as URLs only with a TLD that is not also a
# short English word, so "log.in" or "sorted.it" stay text.
_BARE_TLDS = _words("""com net org info biz io co uk de fr es nl pl ch ie eu ca au br se
dk fi pt cz ru jp cn app dev tv gov edu shop store online site xyz nz za mx gr hu ro sk lt
lv ua sg hk ai ng ke pk ph vn kr tw club email cloud tech""")

# IBAN length per country (ISO 13616 registry).
_IBAN_LENGTHS = {
    cc: int(n)
    for cc, n in (
        item.split(":")
        for item in _words("""AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BR:29 BY:28
        CH:21 CR:22 CY:28 CZ:24 DE:22 DK:18 DO:28 EE:20 EG:29 ES:24 FI:18 FO:18 FR:27 GB:22 GE:22
        GI:23 GL:18 GR:27 GT:28 HR:21 HU:28 IE:22 IL:23 IQ:23 IS:26 IT:27 JO:30 KW:30 KZ:20
        LB:28 LC:32 LI:21 LT:20 LU:20 LV:21 MC:27 MD:24 ME:22 MK:19 MR:27 MT:31 MU:30 NL:18
        NO:15 PK:24 PL:28 PS:29 PT:25 QA:29 RO:24 RS:22 SA:24 SC:31 SE:24 SI:19 SK:24 SM:27
        ST:25 SV:28 TL:23 TN:24 TR:26 UA:29 VA:22 VG:24 XK:20""")
    )
}

# Street types after the street name ("14 elm street"). Strong ones are never ordinary
# words after a number; weak ones are ("40 minute walk"), so the words before a weak
# one are checked against _NOT_STREET_WORDS.
_STREET_SUFFIX_STRONG = _words("""street st str road rd avenue ave av lane ln drive dr
boulevard blvd crescent cres terrace terr tce gardens gdns mews parade highway hwy parkway
pkwy broadway causeway embankment cottages nagar chowk marg colony ganj zila expressway
freeway turnpike stravenue motorway""")
_STREET_SUFFIX_WEAK = _words("""way close place pl court ct park view rise walk row hill
green square sq run fork mountain spring stream vista ride artery trail path loop point
ridge heights meadow field gate yard grange orchard quay wharf hollow crest bend trace
plaza circle cir mount manor lodge end brook valley village junction landing pass pike
port route shore station summit track isle island lake light mill mission oval pine plain
ranch rapid rest river skyway spur tunnel ville glen garden estate extension fall ferry
flat ford forest forge fort gateway harbor harbour haven inlet key knoll lock loaf
overpass prairie radial ramp crossroad crossing divide vale well union cliff center
centre corner course cove creek dale dam camp canyon cape burg bypass bridge branch
bottom bluff beach alley arcade common curve via land club grove wall shoal neck""")
# Flat, unit, apartment: before the house number or after the street.
_UNIT = (
    r"(?:flat|apt\.?|apartment|unit|suite|ste\.?|studio|room|floor|h\.?\s?no\.?|house\s+no\.?"
    r"|piso|puerta|planta|piano|appartamento|scala|interno|int\.|bajo|escalera|esc\.|porta"
    r"|andar|lok\.|m\.|#)"
)
# Street types before the street name ("5 rue de la Paix", "Calle Mayor 5").
_ROMANCE_TYPES = (
    "rue|avenue|av\\.?|bd|boulevard|all[ée]e|impasse|chemin|place|quai|route|cours|via|"
    "viale|piazza|piazzale|corso|vicolo|contrada|largo|strada|borgo|incrocio|canale|stretto|"
    "rotonda|calle|c/|c\\.|avenida|avda\\.?|paseo|plaza|camino|ronda|carrer|callej[óo]n|"
    "traves[íi]a|glorieta|pasaje|pasadizo|ca[ñn]ada|urbanizaci[óo]n|urb\\.|rambla|cuesta|"
    "alameda|acceso|carretera|ctra\\.|travessa|rua|r\\.|pra[çc]a|estrada|ulica|ul\\.|aleja|"
    "al\\.|plac|pl\\.|os\\.|osiedle|rampa|vial|v[íi]a"
)
# Types that are also English words ("via email", "place order 2"): need a house number
# and a street name that looks like a name, unless a particle follows ("boulevard de").
_ROMANCE_ENGLISH = _words("avenue boulevard place route cours via plaza vial rampa largo")
# Abbreviated types ("c.", "pl.", "r.") are too short to trust without a house number.
_ROMANCE_ABBREVIATED = _words("av av. bd c. c/ avda avda. urb. ctra. r. ul. al. pl. os.")
# Street types written as the end of one word, with the number after it
# ("Hauptstraße 5", "Kerkstraat 12", "Storgatan 7"), compared without accents.
_GERMANIC_SUFFIXES = tuple(
    _words("""strasse str. gasse weg platz allee ring damm ufer chaussee steig pfad markt hof
    laan straat plein gracht singel dijk kade steeg gade vej gatan vagen grand torget strade
    straede veien gata katu utca boulevard sokak sokagi caddesi dreef baan pad""")
)
# Words between a house number and a weak suffix that show it is not an address.
_NOT_STREET_WORDS = _words("""minute minutes min mins hour hours hr hrs day days week weeks
month months year years second seconds item items order orders time times step steps
more extra other of the a an in on at to for and or by with my your his her our their
mile miles km pound pounds quid euro euros dollar dollars percent people person star
stars page pages point points""")

# US states and Australian states: a number after one is a ZIP / postcode.
_US_STATES = _words("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN
MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC NSW VIC
QLD SA TAS ACT NT""")
_POSTCODE_CUE = r"(?:post\s?code|postal\s+code|zip(?:\s?code)?|plz|pin\s?code|cp|eircode)"

_ID_CUES_STRONG = (
    r"orders?|tickets?|tkt|accounts?|acct|a/c|cases?|ref(?:erence)?s?|bookings?|invoices?|"
    r"inv|customer\s+(?:number|no\.?|id|ref)|cust\s*(?:no\.?|id|ref|#)|membership|"
    r"member\s+(?:number|no\.?|id)|tracking|consignment|transactions?|txn|incidents?|"
    r"rma|serial|s/n|imei|mpan|mprn|pnr|subscription|loyalty|parcel|shipment"
)
# Cue words that are common verbs/nouns too ("request 150"): need a longer code.
_ID_CUES_WEAK = (
    r"policy|policies|claims?|contract|complaint|request|req|returns?|meter|"
    r"confirmation|conf|voucher|receipt|sr|cr|inc"
)
# Between the cue and the id: "order no. 123", "ref: ABC", "case number is 55".
_ID_SEP = (
    r"(?:\s*(?:no\.?|num(?:ber)?|id|#|ref(?:erence)?|code|is|was|:|-|\u2013|=))*"
    r"\s*(?P<hash>#)?\s*"
)
_ID_TOKEN = r"(?=[A-Za-z0-9\-/_.]*\d)[A-Za-z0-9](?:[A-Za-z0-9\-/_.]*[A-Za-z0-9])?"
# Digits followed by a unit are measures, not codes ("100GB", "3pm", "2nd", "4k").
_UNIT_SUFFIX = (
    r"^\d+(?:\.\d+)?(?:st|nd|rd|th|am|pm|gb|mb|tb|kb|gbps|mbps|kbps|kg|g|mg|ml|l|km|m|cm|mm|"
    r"mph|kmh|hrs?|h|mins?|s|secs?|x|k|p|px|hz|ghz|mhz|mah|w|kw|kwh|v|yrs?|yo|mos?|wks?|d|"
    r"days?|fps|hp|in|ft|lbs?|oz)$"
)

_TOKEN = r"[^\W\d_]+(?:['\u2019\u2018\u02bb`\-][^\W\d_]+)*(?:['\u2019]s?)?"


class _Lexicon:
    """The word lists from data/, loaded once."""

    def __init__(self) -> None:
        self.first = _load("first_names.txt")
        self.last = _load("surnames.txt")
        self.name_words = _load("name_words.txt")
        self.english = _load("english_words.txt")
        keep_lines = _load("keep_words.txt")
        self.keep = frozenset(line for line in keep_lines if " " not in line)
        self.keep_phrases = tuple(tuple(line.split()) for line in sorted(keep_lines) if " " in line)
        self._cache: dict[str, bool] = {}

    def is_word(self, word: str) -> bool:
        """An English word, a keep word, or a regular inflection of one."""
        known = self._cache.get(word)
        if known is None:
            english = self.english
            known = (
                word in english
                or word in self.keep
                or any(b in english for b in inflection_bases(word))
            )
            if len(self._cache) < 50_000:
                self._cache[word] = known
        return known

    def is_compound(self, word: str) -> bool:
        """Two English words run together ("doorbell", "upsold", "chargeback").

        Only 1% of the held-out names no list knows split like this ("godwin").
        """
        return word.isascii() and any(
            self.is_word(word[:i]) and self.is_word(word[i:]) for i in range(3, len(word) - 2)
        )

    def is_name(self, word: str) -> bool:
        return word in self.first or word in self.last


def _load(name: str) -> frozenset[str]:
    path = os.path.join(_DATA_DIR, name)
    with open(path, encoding="utf-8") as handle:
        lines = (line.strip() for line in handle)
        words = {line for line in lines if line and not line.startswith("#")}
    # Agents rarely type accents: "jozef" must match "józef".
    return frozenset(words | {_fold(w) for w in words if not w.isascii()})


# --------------------------------------------------------------------------------------
# The engine: compiled patterns + lexicon, built once on the first call.

_ENGINE: _Engine | None = None


def _engine() -> _Engine:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = _Engine()
    return _ENGINE


class _Tok:
    """A word of the text with what the name rules need to know about it."""

    __slots__ = ("allcaps", "base", "cap", "cls", "end", "fold", "gap_before", "glued", "is_name",
                 "low", "sent_start", "start", "text")  # fmt: skip

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end  # end of the name part (a possessive "'s" is left outside)
        self.low = ""  # lower-case full word ("o'brien", "sarah's")
        self.base = ""  # lower-case word without a possessive ("sarah", "müller")
        self.fold = ""  # base without accents, for the name lists ("muller")
        self.cap = False
        self.allcaps = False
        self.sent_start = False
        self.gap_before = "hard"  # "space", "soft" (comma, colon) or "hard"
        self.cls = ""
        self.is_name = False
        self.glued = False  # touches a digit: part of a code or a model ("S23", "4K")


class _Engine:
    def __init__(self) -> None:
        import re

        self.lex = _Lexicon()
        i, x = re.IGNORECASE, re.VERBOSE
        self.placeholder = re.compile(_PLACEHOLDER_PATTERN)
        self.non_ascii = re.compile(r"[^\x00-\x7f]")
        self.glued = re.compile(r"[0-9][^\x00-\x7f]|[^\x00-\x7f][0-9]")  # to a digit
        self.email = re.compile(r"(?<![\w.+'%-])[\w.+'%-]+@[\w-]+(?:\.[\w-]+)+")
        self.url_scheme = re.compile(r"\b(?:https?|ftp)://[^\s<>\"']+|\bwww\.[^\s<>\"']+", i)
        self.url_bare = re.compile(
            rf"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<tld>{_TLDS})\b"
            r"(?P<path>/[^\s<>\"']*)?",
            i,
        )
        self.ipv4 = re.compile(
            r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}"
            r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)"
        )
        self.ipv6 = re.compile(
            r"(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}"
            r"|(?:[0-9a-f]{1,4}:){1,6}(?::[0-9a-f]{1,4}){1,6}"
            r"|(?:[0-9a-f]{1,4}:){1,7}:|::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})(?![\w:])",
            i,
        )
        self.iban = re.compile(r"\b[A-Z]{2}\d{2}(?:\ ?[A-Z0-9]){11,32}", i | x)
        self.dob = re.compile(
            r"(?<!\w)(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birthday|born)"
            r"(?!\w)\s*(?:[:\-\u2013=]\s*|is\s+|was\s+|on\s+|in\s+|the\s+)*"
            rf"(?P<d>{_NUMERIC_DATE}|{_WORD_DATE}|{_MON}\s+\d{{4}}|(?:19|20)\d{{2}})(?!\d)",
            i,
        )
        self.card_full = re.compile(
            r"(?<![\w+])(?:\d{4}[ -]?\d{6}[ -]?\d{5}|(?:\d{4}[ -]?){3}\d{1,7}|\d{13,19})(?![\w])"
        )
        self.card_masked = re.compile(
            r"(?<![\w*•#])(?:[\d*xX•#]{4}[ -]?){2,3}[\d*xX•#]{2,4}(?![\w*•])"
            r"|[*xX•#]{2,}[ -]?\d{4}\b"
        )
        self.card_cue = re.compile(
            r"\b(?:(?:ending|ends)(?:\s+(?:in|with))?|last\s+(?:4|four)(?:\s+digits?)?"
            r"(?:\s+(?:of|on)\s+(?:the\s+|her\s+|his\s+|their\s+)?card)?(?:\s+(?:are|is|were|was))?"
            r"|cvv2?|cvc|csc|security\s+code|exp(?:iry|ires|\.)?(?:\s+date)?|expiration(?:\s+date)?)"
            r"\s*[:\-]?\s*(?P<d>\d{1,2}\s?/\s?\d{2,4}|\d{3,4})\b",
            i,
        )
        self.safe = re.compile(
            # A date, but not a piece of a dotted number ("06.12.34.56.78" is a phone).
            rf"\b(?<!\d[/.\-])(?:{_NUMERIC_DATE})\b(?![/.\-]\d)"
            r"|\b(?<!\d[:.])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?![:.]\d)(?:\s?[ap]\.?m\b\.?)?"
            r"|\b\d{1,2}\s?[ap]\.?m\b\.?"
            # Amounts, unless they are part of a longer number: "$020 7946 0958",
            # "$4111 1111 1111 1111", "07700 900123p", "07700 900123%".
            r"|[£$€¥₹]\s?(?!0\d)\d[\d,]*(?:\.\d+)?(?![ \-/]?\d)(?:\s?(?:k|m|bn)\b)?"
            r"|\b(?<!\d[ .\-/])\d[\d,]*(?:\.\d+)?\s?(?:gbp|usd|eur|aud|cad|inr|pounds?|quid"
            r"|euros?|dollars?|rupees?|pence|p)\b"
            r"|\b(?<!\d[ .\-/])\d{1,3}(?:\.\d+)?\s?%"
            r"|\b(?:19|20)\d{2}\s?[-\u2013/]\s?(?:19|20)?\d{2}\b",
            i,
        )
        self.id_cue = re.compile(
            rf"(?<![\w/])(?:(?P<strong>{_ID_CUES_STRONG})|(?P<weak>{_ID_CUES_WEAK}))(?!\w)"
            rf"{_ID_SEP}",
            i,
        )
        self.id_token = re.compile(_ID_TOKEN + r"(?![\w@])")
        self.id_caps = re.compile(r"[A-Za-z]{5,10}\b")
        self.id_more = re.compile(r"\s*(?:,|and|&|/|or)\s*#?\s*", i)
        self.hash_id = re.compile(r"(?<!\w)#\s?(?P<v>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]*)")
        self.address_head = re.compile(
            rf"(?<![\w/])(?:(?P<unit>{_UNIT}\s*\d+[a-z]?)\s*,?\s*"
            r"(?P<num1>\d{1,5}[a-z]?(?:\s?[/-]\s?\d{1,4}[a-z]?)?)?"
            r"|(?P<num2>\d{1,5}[a-z]?(?:\s?[/-]\s?\d{1,4}[a-z]?)?)),?\s+",
            i,
        )
        self.street_word = re.compile(r"[^\W\d_][\w'\u2019\-]*\.?")
        self.unit_tail = re.compile(rf"(?:,?\s*{_UNIT}\s*\d+[a-z]?)+", i)
        self.po_box = re.compile(r"\bp\.?\s?o\.?\s?box\s*\d+", i)
        self.romance_type = re.compile(rf"(?<!\w)(?P<type>{_ROMANCE_TYPES})(?!\w)", i)
        # Any word followed by a house number; the street type is checked in Python
        # (an alternation of suffixes after a lazy word backtracks on every word).
        self.germanic = re.compile(
            r"(?<!\w)(?P<street>[^\W\d_][\w'\u2019.\-]*)\s?"
            r"(?P<num>\d{1,4}[a-z]?(?:\s?[-/]\s?\d{1,4}[a-z]?)?)(?![\w])",
            i,
        )
        self.num_before = re.compile(r"(?<![\w/])\d{1,4}[a-z]?(?:\s?(?:bis|ter))?,?\s+$", i)
        self.word_after = re.compile(r"[^\W\d_][\w'\u2019.\-]*|,", 0)
        self.num_after = re.compile(r",?\s*(\d{1,4}[a-z]?(?:\s?/\s?\d{1,4})?|s/n)(?![\w])", i)
        self.postcode_strong = re.compile(
            r"\b(?P<uk>(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2})\b"
            r"|\b(?P<ca>[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d)\b"
            r"|\b(?P<ie>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})\b",
            i,
        )
        self.postcode_nl = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")
        self.postcode_weak = re.compile(
            r"(?<![\w.,:/-])(?:[1-9]\d{3}\s?[a-z]{2}|\d{5}-\d{3,4}|\d{4}-\d{3}|\d{2}-\d{3}"
            r"|\d{3}\s\d{3}|\d{4,6})(?![\w-]|[.,]\d)",
            i,
        )
        self.postcode_cue = re.compile(rf"\b{_POSTCODE_CUE}\s*(?:[:\-]\s*|is\s+)?$", i)
        self.after_address = re.compile(r"^[\s,]*(?:[^\W\d_][\w'\u2019.\-]*[\s,]+){0,3}$")
        self.state_before = re.compile(r"(?:^|[\s,])(?P<st>[A-Za-z]{2,3})[\s,]+$")
        self.city_after = re.compile(r"^\s+[A-ZÀ-Þ][\w'\u2019\-]+")
        self.phone = re.compile(
            r"(?<![\w+/.#-])(?:(?:\+|00)\s?\d{1,3}(?:\s?\(0\))?[ .\-]?)?"
            r"(?:\(\d{1,5}\)[ .\-]?)?\d{1,12}(?:(?:[ .\-/]|\ -\ )\(?\d{1,8}\)?){0,7}"
            r"(?:\s?(?:x|ext\.?|extn\.?|extension)\s?\d{1,6})?(?![\w/]|[.\-]\d)",
            i,
        )
        self.code = re.compile(
            r"(?<![\w#@/.-])(?=[A-Za-z0-9\-/_]*[A-Za-z])(?=(?:[A-Za-z\-/_]*\d){2})"
            r"[A-Za-z0-9](?:[A-Za-z0-9\-/_]*[A-Za-z0-9])?(?![\w@]|[.\-/]\w)"
        )
        self.unit_suffix = re.compile(_UNIT_SUFFIX, i)
        self.word_digits = re.compile(r"^([a-z]+)[-_]?(\d{1,3})$", i)
        self.long_digits = re.compile(r"(?<![\w#+/.,:-])\d{6,}(?![\w])")
        # A run of digits with short separators between them: one or two spaces, a dot
        # or dash with a space either side, a slash, parentheses ("+44 (0) 7700 900123",
        # "07700  900123", "0 7 7 0 0 9 0 0 1 2 3"); not " / " ("page 12 / 13 / 14").
        self.digit_run = re.compile(r"[+(]?\d(?:\ ?\)?(?:\ \ ?|\ ?[.\-]\ ?|/)?\(?\d)*\)?")
        self.token = re.compile(_TOKEN)
        self.strong_cues = {tuple(c.split()) for c in _STRONG_CUES}

    # ---------------------------------------------------------------- pass 1: patterns

    def find(
        self,
        text: str,
        *,
        keep: tuple[tuple[str, ...], ...],
        forced: list[str],
        own: list[str],
    ) -> list[_Span]:
        claims = _Claims(text)
        # Placeholders from an earlier scrub are never touched (idempotence).
        for m in self.placeholder.finditer(text):
            claims.add(m.start(), m.end(), "")
        # The agent's own lists come first: they know best.
        common_own = self._forced_words(text, claims, forced, own)
        self._emails(text, claims)
        self._urls(text, claims)
        self._ips(text, claims)
        self._ibans(text, claims)
        self._dobs(text, claims)
        self._cards(text, claims)
        # Times, plain dates and amounts: claimed as harmless so that no later
        # detector reads "14:30" or "12.03.2024" as part of a phone number.
        for m in self.safe.finditer(claims.masked()):
            claims.add(m.start(), m.end(), _SAFE)
        # Later detectors see claimed text masked out, so a date just before a phone
        # number cannot make the phone pattern fail as a whole.
        self._ids_with_cue(claims.masked(), claims)
        self._addresses(claims.masked(), claims)
        self._postcodes(claims.masked(), claims)
        self._phones(claims.masked(), claims)
        self._codes(claims.masked(), claims)
        # The last net for numbers (names never contain digits, so it can run now).
        self._digit_runs(text, claims)
        for m in self.long_digits.finditer(claims.masked()):
            claims.add(m.start(), m.end(), "id")
        self._names(claims.masked(), claims, keep=keep, common_own=common_own)
        self._repeat_findings(text, claims)
        spans = claims.spans()
        return self._drop_kept(text, spans, keep)

    def _repeat_findings(self, text: str, claims: _Claims) -> None:
        """A value found once is scrubbed everywhere in the text, cue or no cue.

        "card ending 4421 ... 4421 again", "spoke to zanele ... zanele happy". Names
        are repeated only when none of their words is a common word ("will").
        """
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text  # rare casefold length changes: repeat exact matches only
        searched: set[tuple[str, str]] = set()
        for start, end, kind in claims.spans():
            value = text[start:end]
            if (kind, value) in searched:
                continue  # the same value again: its repeats are claimed already
            searched.add((kind, value))
            if kind == "name":
                words = [_fold(w) for w in value.split()]
                if any(self.lex.is_word(w) or w in _STOP or w in self.lex.keep for w in words):
                    continue
                haystack, needle = lowered, value.lower()
            else:
                haystack, needle = text, value
            if len(needle) < 3:
                continue
            pos = haystack.find(needle)
            while pos != -1:
                after = pos + len(needle)
                bounded = (pos == 0 or not text[pos - 1].isalnum()) and (
                    after == len(text) or not text[after].isalnum()
                )
                # A known phone, card, e-mail... is scrubbed even when glued to other text,
                # and wins over a guess that it was harmless ("07700 900123p" as pence).
                if kind in _DISTINCTIVE:
                    claims.add(pos, after, kind, over_safe=True)
                elif bounded:
                    claims.add(pos, after, kind)
                pos = haystack.find(needle, after)

    def _forced_words(
        self, text: str, claims: _Claims, forced: list[str], own: list[str]
    ) -> frozenset[str]:
        """Claim always_scrub and own_names; return own names that are common words.

        An own name that is a function word or modal ("Will", "May") would wipe out
        every "will"; it is handed to the name rules as an ambiguous name instead.
        """
        import re

        common = {_fold(w.strip()) for w in own if _fold(w.strip()) in _STOP | _MODALS}
        phrases = [p.strip() for p in [*forced, *own] if p.strip()]
        phrases = [p for p in phrases if _fold(p) not in common or p not in own]
        for phrase in sorted(phrases, key=len, reverse=True):
            words = [re.escape(w) for w in phrase.split()]
            pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
            for m in re.finditer(pattern, text, re.IGNORECASE):
                claims.add(m.start(), m.end(), "name")
        return frozenset(common)

    def _drop_kept(
        self, text: str, spans: list[_Span], keep: tuple[tuple[str, ...], ...]
    ) -> list[_Span]:
        # always_keep wins over every detector (a product code that looks like an id).
        if not keep:
            return spans
        kept = {" ".join(k) for k in keep}
        return [s for s in spans if " ".join(_fold(text[s[0] : s[1]]).split()) not in kept]

    def _emails(self, text: str, claims: _Claims) -> None:
        if "@" not in text:
            return
        for m in self.email.finditer(text):
            end = m.end()
            while text[end - 1] in ".-":  # sentence full stop after the address
                end -= 1
            claims.add(m.start(), end, "email")

    def _urls(self, text: str, claims: _Claims) -> None:
        if "." not in text:
            return
        for m in self.url_scheme.finditer(text):
            claims.add(m.start(), _trim_url(text, m.start(), m.end()), "url")
        for m in self.url_bare.finditer(text):
            end = _trim_url(text, m.start(), m.end())
            if m.group("path") is None or end <= m.start("path") + 1:
                # A bare domain: a brand's site ("amazon.co.uk") is not personal.
                tld = m.group("tld").lower()
                label = m.group(0).lower().split(".")[0]
                if tld not in _BARE_TLDS or label in self.lex.keep or label.isdigit():
                    continue
            claims.add(m.start(), end, "url")

    def _ips(self, text: str, claims: _Claims) -> None:
        if "." in text:
            for m in self.ipv4.finditer(text):
                claims.add(m.start(), m.end(), "ip")
        if "::" in text or text.count(":") >= 7:
            for m in self.ipv6.finditer(text):
                value = m.group(0)
                # "::" alone or a clock time is not an address.
                if len(value) > 3 and (value.count(":") >= 7 or "::" in value):
                    claims.add(m.start(), m.end(), "ip")

    def _ibans(self, text: str, claims: _Claims) -> None:
        for m in self.iban.finditer(text):
            # The pattern runs on into following words ("... 7093 checked"); cut it at
            # the country's IBAN length.
            length = _IBAN_LENGTHS.get(m.group(0)[:2].upper())
            if length is None:
                continue
            count, end = 0, m.start()
            for pos in range(m.start(), m.end()):
                if text[pos].isalnum():
                    count += 1
                    end = pos + 1
                    if count == length:
                        break
            value = text[m.start() : end]
            if count == length and sum(ch.isdigit() for ch in value) >= 8:
                claims.add(m.start(), end, "iban")

    def _dobs(self, text: str, claims: _Claims) -> None:
        for m in self.dob.finditer(text):
            claims.add(m.start("d"), m.end("d"), "dob")

    def _cards(self, text: str, claims: _Claims) -> None:
        for m in self.card_full.finditer(text):
            claims.add(m.start(), m.end(), "card")
        for m in self.card_masked.finditer(text):
            value = m.group(0)
            masks = sum(ch in "*xX•#" for ch in value)
            # Needs real masking and a digit: "xxxx xxxx" alone is not a card.
            if masks >= 2 and any(ch.isdigit() for ch in value):
                claims.add(m.start(), m.end(), "card")
        for m in self.card_cue.finditer(text):
            claims.add(m.start("d"), m.end("d"), "card")

    def _ids_with_cue(self, text: str, claims: _Claims) -> None:
        for m in self.hash_id.finditer(text):
            claims.add(m.start("v"), m.end(), "id")  # "order #[id 1]" keeps the "#"
        for m in self.id_cue.finditer(text):
            weak = m.group("weak") is not None
            hashed = m.group("hash") is not None or "no" in m.group(0).lower()
            pos = m.end()
            while True:
                tok = self.id_token.match(text, pos)
                if tok is None:
                    caps = self.id_caps.match(text, pos) if not weak else None
                    # Letter-only booking refs ("ref QXWTRZ", "booking ref gexauw"): a
                    # word no dictionary or keep list knows.
                    if caps and not self.lex.is_word(_fold(caps.group(0))):
                        claims.add(caps.start(), caps.end(), "id")
                    break
                value = tok.group(0).rstrip(".")
                end = tok.start() + len(value)
                if not self._is_id_value(value, weak=weak, hashed=hashed):
                    break
                claims.add(tok.start(), end, "id")
                more = self.id_more.match(text, end)
                if more is None:
                    break
                pos = more.end()

    def _is_id_value(self, value: str, *, weak: bool, hashed: bool) -> bool:
        if self.unit_suffix.match(value) or self.safe.fullmatch(value):
            return False
        alnum = sum(ch.isalnum() for ch in value)
        if value.isdigit():
            # "order 2", "return 3 items" are counts; "ticket 4471" is an id.
            need = 2 if hashed else (5 if weak else 3)
            return alnum >= need
        return alnum >= (3 if weak else 2)

    def _addresses(self, text: str, claims: _Claims) -> None:
        for m in self.po_box.finditer(text):
            claims.add(m.start(), m.end(), "address")
        for m in self.address_head.finditer(text):
            end = self._english_street_end(text, m)
            if end is not None:
                tail = self.unit_tail.match(text, end)
                claims.add(m.start(), tail.end() if tail else end, "address")
        for m in self.germanic.finditer(text):
            street = _fold(m.group("street"))
            if not street.endswith(_GERMANIC_SUFFIXES) or street in _GERMANIC_SUFFIXES:
                continue  # no street type, or the bare type ("ring 5")
            stem = street.rstrip(".")
            # "during 2", "bring 3": an English word ending in "ring" is no street.
            if "-" in stem or not self.lex.is_word(stem):
                claims.add(m.start(), m.end(), "address")
        for m in self.romance_type.finditer(text):
            self._romance_address(text, m.start(), m.end(), m.group("type"), claims)

    def _english_street_end(self, text: str, head: re.Match[str]) -> int | None:
        """End of "<number> <1-3 street words> <street type>" after `head`, if any.

        The furthest street type wins ("25 church park way"); the words before it may
        not be function words or measures ("40 minute walk", "2 items in the way").
        An Indian "H.No. 33, Sharma" has no street type: the unit alone is enough.
        """
        words: list[re.Match[str]] = []
        pos = head.end()
        while len(words) < 4:
            wm = self.street_word.match(text, pos)
            if wm is None:
                break
            words.append(wm)
            nxt = wm.end()
            while nxt < len(text) and text[nxt] in " \t":
                nxt += 1
            if nxt == wm.end():
                break
            pos = nxt
        folded = [_fold(w.group(0).rstrip(".")) for w in words]
        for k in range(min(len(words) - 1, 3), 0, -1):
            if not self._is_street_type(folded[k]):
                continue
            before = folded[:k]
            if any(w in _NOT_STREET_WORDS or (w in _STOP and w != "st") for w in before):
                continue
            if not self._plausible_street(words[k].group(0), folded[k], before):
                continue
            # A full stop after "st." may end the sentence: leave it in the text.
            return words[k].end() - words[k].group(0).endswith(".")
        unit = head.group("unit")
        if unit and unit.lower().startswith("h") and words and head.group("num1") is None:
            return words[0].end()
        return None

    def _plausible_street(self, raw: str, street_type: str, before: list[str]) -> bool:
        """Strong types always; weak and plural ones need a name-like street name or
        some capital ("27521, promo runs" is text, "12 Devin Brooks" an address)."""
        if street_type in _STREET_SUFFIX_STRONG:
            return True
        if street_type in _STREET_SUFFIX_WEAK and not any(w in self.lex.keep for w in before):
            return True
        return raw[:1].isupper() or any(
            self.lex.is_name(w) or not self.lex.is_word(w) for w in before
        )

    def _is_street_type(self, word: str) -> bool:
        if word in _STREET_SUFFIX_STRONG or word in _STREET_SUFFIX_WEAK:
            return True
        # Plurals: "Forks", "Mills", "Anna Streets" (Faker-style US street names).
        return word.endswith("s") and (
            word[:-1] in _STREET_SUFFIX_WEAK or word[:-1] in _STREET_SUFFIX_STRONG
        )

    def _romance_address(
        self, text: str, start: int, end: int, street_type: str, claims: _Claims
    ) -> None:
        """ "[12,] rue|calle|via <street name> [, 12] [piso 3]"."""
        before = self.num_before.search(text, max(0, start - 12), start)
        words, last_end = self._street_name_after(text, end)
        if not words:
            return
        after = self.num_after.match(text, last_end)
        kind = _fold(street_type)
        numbered = before is not None or after is not None
        if kind in _ROMANCE_ABBREVIATED and not numbered:
            return
        if kind in _ROMANCE_ENGLISH and words[0] not in _PARTICLES:
            name_like = any(
                not self.lex.is_word(w) or self.lex.is_name(w) for w in words if w not in _PARTICLES
            )
            if not (numbered and name_like):
                return  # "via email 5 times", "place order 2"
        stop = after.end() if after else last_end
        tail = self.unit_tail.match(text, stop)
        claims.add(before.start() if before else start, tail.end() if tail else stop, "address")

    def _street_name_after(self, text: str, pos: int) -> tuple[list[str], int]:
        """Up to five words after a street type, stopping at a function word or comma."""
        words: list[str] = []
        last_end = pos
        while len(words) < 5:
            wm = self.word_after.search(text, pos)
            if wm is None or text[pos : wm.start()].strip() or wm.group(0) == ",":
                break
            word = wm.group(0)
            low = _fold(word.rstrip("."))
            if (low in _STOP or low in _NOT_STREET_WORDS) and low not in _PARTICLES:
                break
            words.append(low)
            last_end = pos = wm.end()
            if word.endswith("."):
                last_end -= 1
                break  # "rue Yves Langlois. closed acct ...": the sentence ended
        return words, last_end

    def _postcodes(self, text: str, claims: _Claims) -> None:
        for m in self.postcode_strong.finditer(text):
            value = m.group(0)
            if m.group("ie") and not any(ch.isdigit() for ch in value[3:]) and value.islower():
                continue  # "w12 face" is text; an Eircode's second half has a digit
            if value[-3:-2].isdigit() and value[-2:].lower() in ("st", "nd", "rd", "th"):
                continue  # "b2 2nd" is an ordinal
            claims.add(m.start(), m.end(), "postcode")
        for m in self.postcode_nl.finditer(text):
            if m.group(0)[-2:] not in ("AM", "PM", "GB", "MB", "KB", "TB", "UK", "US", "EU",
                                       "OK", "ID", "TV", "PC", "HD", "PS", "XL"):  # fmt: skip
                claims.add(m.start(), m.end(), "postcode")
        for m in self.postcode_weak.finditer(text):
            if self._postcode_context(text, m.start(), m.end(), claims):
                claims.add(m.start(), m.end(), "postcode")

    def _postcode_context(self, text: str, start: int, end: int, claims: _Claims) -> bool:
        """A number is a postcode only next to an address, a state or a cue word."""
        before = text[max(0, start - 40) : start]
        if self.postcode_cue.search(before):
            return True
        state = self.state_before.search(before)
        # "TX 75001"; in lower case only right after a comma ("austin, tx 75001").
        if (
            state
            and state.group("st").upper() in _US_STATES
            and (state.group("st").isupper() or before[: state.start("st")].rstrip().endswith(","))
        ):
            return True
        prev = claims.last_kind_before(start, ("address",), window=60)
        if prev is not None and self.after_address.match(text[prev:start]):
            between = {_fold(w) for w in text[prev:start].replace(",", " ").split()}
            if not between & _STOP:
                return True  # "12 Elm St, Springfield 12345"; not "..., logged in 2020"
        # ", 10115 Berlin" / ", 75001 Paris": a comma, the number, a capitalised town.
        return before.rstrip().endswith(",") and bool(self.city_after.match(text[end:]))

    def _digit_runs(self, text: str, claims: _Claims) -> None:
        """The last net: a run of 7 or more digits that no detector took whole is
        personal (a phone, card or account number) whatever pattern missed it; glued
        to letters ("4111 1111 1111 1111x") or partly taken by another detector
        ("x07700 900123": the code "x07700", then "900123"), its rest is scrubbed too.

        Times, dates and amounts were claimed as harmless before, and are gaps here:
        "2026-11-20", "14:30-15:45" and "£1,250.00" never form a run. Placeholders too.
        """
        if sum(map(text.count, _DIGITS)) < 7:
            return
        text = claims.masked(harmless_only=True)
        for m in self.digit_run.finditer(text):
            start, end = _balanced(text, m.start(), m.end())
            value = text[start:end]
            digits = sum(ch in _DIGITS for ch in value)
            if digits < 7:
                continue
            phone_like = value[0] in "+(0" and digits <= 15
            kind = "phone" if phone_like else "id"
            gaps = claims.gaps(start, end)
            whole = gaps == [(start, end)]
            for s, e in gaps:
                s, e = _balanced(text, *_strip_separators(text, s, e))
                # Beside a found number, a short one is a count ("07700 900123 2 times").
                if sum(ch in _DIGITS for ch in text[s:e]) >= (1 if whole else 3):
                    claims.add(s, e, kind)

    def _phones(self, text: str, claims: _Claims) -> None:
        for m in self.phone.finditer(text):
            start, end = m.start(), m.end()
            value = m.group(0)
            # A trailing single digit is usually a count ("07700 900123 2 times").
            while len(value) > 2 and value[-1].isdigit() and value[-2] == " ":
                value = value[:-2]
                end -= 2
            digits = sum(ch.isdigit() for ch in value.split("x")[0].split("ext")[0])
            prefixed = value.startswith(("+", "00"))
            if (8 if prefixed else 7) <= digits <= 15:
                claims.add(start, end, "phone")

    def _codes(self, text: str, claims: _Claims) -> None:
        for m in self.code.finditer(text):
            value = m.group(0)
            alnum = sum(ch.isalnum() for ch in value)
            if alnum < 5 or self.unit_suffix.match(value):
                continue
            fold = _fold(value)
            if fold in self.lex.keep:
                continue
            # "covid-19", "windows10", "galaxy s23": a word plus a short model number.
            wd = self.word_digits.match(value)
            if wd and self.lex.is_word(_fold(wd.group(1))):
                continue
            claims.add(m.start(), m.end(), "id")

    # ---------------------------------------------------------------- pass 2: names

    def _names(
        self,
        text: str,
        claims: _Claims,
        *,
        keep: tuple[tuple[str, ...], ...],
        common_own: frozenset[str],
    ) -> None:
        toks = self._tokens(text)
        if not toks:
            return
        self._mark_phrases(toks, self.lex.keep_phrases, "keep")
        self._mark_phrases(toks, keep, "hardkeep")
        for tok in toks:
            if not tok.cls:
                tok.cls = "ambig_a" if tok.fold in common_own else self._classify(tok)
        self._months_as_names(text, toks)
        _decide_names(toks, self)
        for start, end in _merge_names(toks):
            claims.add(start, end, "name")

    def _months_as_names(self, text: str, toks: list[_Tok]) -> None:
        """ "june" next to a date word or a number is a month; elsewhere it may be a name.

        "Jan" is a common given name and "jan 5" a date: a month word with no date
        context around it is treated like any other common word that is a name.
        """
        for i, tok in enumerate(toks):
            if tok.cls != "month" or not (self.lex.is_name(tok.fold) or tok.base in _MODALS):
                continue
            prev = _prev(toks, i)
            before = text[max(0, tok.start - 4) : tok.start]
            after = text[tok.end : tok.end + 4]
            dated = any(ch.isdigit() for ch in before + after) or (
                prev is not None and prev.base in _MONTH_CONTEXT
            )
            if not dated:
                tok.cls = "modal" if tok.base in _MODALS else "ambig_a"

    def _tokens(self, text: str) -> list[_Tok]:
        """The words of the (masked) text; claimed spans are gaps between words."""
        toks: list[_Tok] = []
        prev_end = 0
        for m in self.token.finditer(text):
            start, end = m.start(), m.end()
            tok = _Tok(m.group(0), start, end)
            word = m.group(0).translate(_APOSTROPHES)
            tok.low = word.casefold()
            base = tok.low
            if base.endswith("'s") and base not in _STOP:
                base = base[:-2]
                tok.end = end - 2
            elif base.endswith("'"):
                base = base[:-1]
                tok.end = end - 1
            tok.base = base
            tok.fold = _fold(base)
            letters = [ch for ch in word if ch.isalpha()]
            tok.cap = word[:1].isupper()
            tok.allcaps = len(letters) > 1 and all(ch.isupper() for ch in letters)
            gap = text[prev_end:start]
            tok.gap_before = _gap_kind(gap) if toks else "hard"
            tok.sent_start = _sentence_start(text, start)
            tok.glued = (start > 0 and text[start - 1].isdigit()) or (
                end < len(text) and text[end].isdigit()
            )
            toks.append(tok)
            prev_end = end
        return toks

    def _mark_phrases(
        self, toks: list[_Tok], phrases: tuple[tuple[str, ...], ...], cls: str
    ) -> None:
        """Mark every word of a matching phrase (single words included) with `cls`."""
        if not phrases:
            return
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            by_first.setdefault(phrase[0], []).append(phrase)
        for i, tok in enumerate(toks):
            candidates = by_first.get(tok.low) or by_first.get(tok.base) or by_first.get(tok.fold)
            for phrase in candidates or ():
                window = toks[i : i + len(phrase)]
                if (
                    len(window) == len(phrase)
                    and all(
                        t.low == w or t.base == w or t.fold == w
                        for t, w in zip(window, phrase, strict=True)
                    )
                    and all(t.gap_before == "space" for t in window[1:])
                ):
                    for t in window:
                        t.cls = cls

    def _classify(self, tok: _Tok) -> str:
        """What a word is without context: stop, modal, month, word, name, unknown..."""
        low, base, fold = tok.low, tok.base, tok.fold
        lex = self.lex
        if low in _STOP or base in _STOP:
            return "stop"
        if base in _PARTICLES:
            return "particle"
        if len(base) == 1 or tok.glued:
            return "initial"  # "J. Smith", "Series X", the "S" of "S23"
        if base in _MONTHS:
            return "month"
        if base in _MODALS:
            return "modal"
        if base in _WEEKDAYS or base in _TITLES:
            return "stop"
        if low in lex.keep or base in lex.keep:
            return "keep_name" if lex.is_name(fold) else "keep"
        if fold.startswith(("o'", "d'")) and len(fold) > 3:
            return "name"  # o'brien, d'angelo
        if "-" in base:
            return self._classify_hyphenated(base)
        return self._classify_plain(base, fold)

    def _classify_plain(self, base: str, fold: str) -> str:
        # Names are looked up without accents ("jozef" = "józef"); English words with
        # them, so "Aleš" and "Antić" are not the English "ales" and "antic".
        lex = self.lex
        name = lex.is_name(fold)
        if name and fold in lex.name_words:
            return "ambig_a"
        word = lex.is_word(base)
        if name:
            return "ambig_b" if word else "name"
        if word:
            return "word"
        return "compound" if lex.is_compound(base) else "unknown"

    def _classify_hyphenated(self, base: str) -> str:
        if self.lex.is_name(_fold(base)):
            return self._classify_plain(base, _fold(base))
        parts = [self._classify_plain(p, _fold(p)) for p in base.split("-") if p]
        if not parts or all(p == "word" for p in parts):
            return "word"  # "follow-up", "e-mail"
        if any(p in ("name", "ambig_b") for p in parts):
            return "name"  # "jean-luc", "smith-jones"
        if all(p == "unknown" for p in parts):
            return "unknown"
        return "ambig_b"


def _gap_kind(gap: str) -> str:
    """How two words are joined: "space", "colon" ("name: sarah"), "soft" (a comma or a
    dash: a new clause may start) or "hard" (anything else, a sentence end included)."""
    if not gap.strip():
        return "space" if "\n" not in gap else "soft"
    if "\n" in gap:
        return "hard"
    if gap.strip() == ":":
        return "colon"
    # A dash or semicolon starts a new clause in notes ("sorted - zanele happy").
    return "soft" if gap.strip() == "," else "hard"


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i].isspace() or text[i] in "\"'“\u2018(["):
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in ".!?:;•*-\u2013>"


def _cue_before(text: str, start: int, cues: tuple[str, ...]) -> str | None:
    """The cue among `cues` ending right before `start` (ignoring spaces), if any."""
    head = text[max(0, start - 20) : start].rstrip().lower()
    for cue in cues:
        if head.endswith(cue) and (len(head) == len(cue) or not head[-len(cue) - 1].isalpha()):
            return cue
    return None


# --------------------------------------------------------------------------------------
# Name decisions. Classes from _classify:
#   name     in the name lists, not an English word ("sarah", "kowalska"): scrubbed.
#   ambig_b  a name and a less common English word ("harry", "dean"): scrubbed unless
#            it follows a determiner ("the dean").
#   ambig_a  a name and a very common word ("grace", "mark", "brown"): needs a cue.
#   keep_name  a keep word that is also a name ("max", "jordan", "paris"): like
#            ambig_a, but a capital alone is no evidence (places are capitalised).
#   modal / month  ("will", "may", "june"): need a strong cue.
#   unknown  in no list: scrubbed if capitalised or with any cue.
#   compound two English words run together ("doorbell"): only if capitalised.
#   word, stop, particle, keep, hardkeep: not names (particles join names).


def _decide_names(toks: list[_Tok], engine: _Engine) -> None:
    n = len(toks)
    for i, tok in enumerate(toks):
        tok.is_name = _initial_decision(toks, i, engine)
    # Neighbours of a name that could be names are part of it ("sarah van der berg",
    # "zanele dlamini"), repeated until nothing changes.
    for _ in range(3):
        changed = False
        for i in range(n):
            if not toks[i].is_name and _joins_name(toks, i):
                toks[i].is_name = True
                changed = True
        if not changed:
            break
    # Particles only count when they sit inside or before a name.
    for i, tok in enumerate(toks):
        if tok.cls == "particle" and tok.is_name and not _next_is_name(toks, i):
            tok.is_name = i > 0 and toks[i - 1].is_name and tok.fold in _PARTICLE_SURNAMES


def _initial_decision(toks: list[_Tok], i: int, engine: _Engine) -> bool:
    tok = toks[i]
    cls = tok.cls
    if cls in ("stop", "hardkeep", "particle", "initial"):
        return False
    if cls in ("word", "keep"):
        return _after_title(toks, i, strict=not tok.cap)
    prev = _prev(toks, i)
    if prev is not None and prev.base in _TEAM_WORDS and tok.gap_before == "space":
        return _after_strong_cue(toks, i, cls)  # "team Orion" names a team, not a person
    if cls == "name":
        # All-caps words are acronyms as often as names ("IBAN", "ED"): need a cue,
        # which a neighbouring name is ("JOHN SMITH").
        return not tok.allcaps or _any_cue(toks, i)
    if _after_title(toks, i, strict=False) or _after_strong_cue(toks, i, cls):
        return True
    if cls == "ambig_b":
        prev = _prev(toks, i)
        return not (prev is not None and prev.base in _DETERMINERS)
    if cls == "unknown":
        return _decide_unknown(toks, i, engine)
    if cls == "compound":
        # Probably jargon ("doorbell"): a name only with a capital in mid-sentence.
        return tok.cap and not tok.sent_start and not tok.allcaps and not _after_determiner(toks, i)
    return _decide_common(toks, i)


def _decide_unknown(toks: list[_Tok], i: int, engine: _Engine) -> bool:
    tok = toks[i]
    if len(tok.base) <= 2:
        return False  # "ca", "ny", "tx": state codes and abbreviations (strong cues aside)
    if _after_determiner(toks, i):
        return False  # "the installer", "the Wolverhampton hub"
    if tok.allcaps:
        # Unknown all-caps words are acronyms ("CSAT", "RMA") unless a cue says name.
        return _any_cue(toks, i)
    # A capital in mid-sentence, or any cue. Without either, an unknown word is more
    # often jargon, a typo or a product ("outage", "upsold", "recieved") than a name:
    # scrubbing those cost 0.24% of ordinary words and gained 0.1% names recall.
    return (tok.cap and not tok.sent_start) or _any_cue(toks, i)


def _after_determiner(toks: list[_Tok], i: int) -> bool:
    prev = _prev(toks, i)
    return prev is not None and prev.base in _DETERMINERS and toks[i].gap_before == "space"


def _decide_common(toks: list[_Tok], i: int) -> bool:
    """ambig_a, keep_name, modal, month: common words, names only with evidence."""
    tok = toks[i]
    cls = tok.cls
    prev = _prev(toks, i)
    if prev is not None and prev.base in _DETERMINERS:
        return False  # "the bill", "a grace period"
    ambiguous = cls in ("ambig_a", "keep_name")
    if ambiguous and _possessive(tok):
        return True  # "grace's refund"
    nxt = _next(toks, i)
    if ambiguous and _common_full_name(toks, i):
        return True  # "heather king passed the call"
    if nxt is not None and nxt.base in _FOLLOW_VERBS:
        strong = nxt.base in _STRONG_FOLLOW_VERBS
        if tok.cap and (strong or cls == "ambig_a"):
            return True  # "Grace rang", "Will said"; not "Kindle was faulty"
        if strong and ambiguous:
            return True  # "mark said"
    if (
        ambiguous
        and prev is not None
        and tok.gap_before == "space"
        and (prev.base in _PERSON_VERBS or prev.base in _NOUN_CUES)
        and tok.base not in _CARE_AMBIGUOUS
        and cls == "ambig_a"
    ):
        return True  # "helped grace", "customer hope"; not "called Sky", "ring Jordan"
    mid_capital = tok.cap and not tok.sent_start and not tok.allcaps
    if cls == "ambig_a" and mid_capital:
        return not _title_case_phrase(toks, i)  # "thanks to Grace", not "Black Friday"
    if cls == "modal" and mid_capital:
        return prev is None or prev.base not in _SUBJECTS  # not "customer Will call"
    return False


def _common_full_name(toks: list[_Tok], i: int) -> bool:
    """A given name + surname pair of common words, then a person's verb."""
    nxt = _next(toks, i)
    after = _next(toks, i + 1) if nxt is not None else None
    if nxt is None or after is None or after.base not in _FOLLOW_VERBS:
        return False
    lex = _engine().lex
    return toks[i].fold in lex.first and nxt.fold in lex.last and nxt.cls != "stop"


def _possessive(tok: _Tok) -> bool:
    return tok.end < tok.start + len(tok.text)


def _title_case_phrase(toks: list[_Tok], i: int) -> bool:
    """'Black Friday', 'Rose Gold': a capitalised common word next to another one."""
    nxt, prev = _next(toks, i), _prev(toks, i)
    if nxt is not None and nxt.cap and nxt.cls in ("word", "keep", "stop", "month"):
        return nxt.base not in _STOP
    return prev is not None and prev.cap and prev.cls in ("word", "keep") and not prev.sent_start


def _joins_name(toks: list[_Tok], i: int) -> bool:
    tok = toks[i]
    cls = tok.cls
    if cls in ("stop", "keep", "hardkeep", "modal", "month"):
        return False
    prev = toks[i - 1] if i > 0 and tok.gap_before == "space" else None
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].gap_before == "space" else None
    prev_name = prev is not None and prev.is_name and not _possessive(prev)
    next_name = nxt is not None and nxt.is_name
    if cls == "particle":
        if prev_name and not next_name:
            return tok.fold in _PARTICLE_SURNAMES  # "bahadurjit das"
        return next_name and (prev_name or tok.cap or _next_is_name(toks, i))
    if cls == "initial":
        # "J Smith", "J. Smith", "anna m kowalska"; not the "X" of "Series X", nor the
        # "w" of "chat w siobhan".
        if tok.glued:
            return False
        if prev_name and next_name:
            return True
        return tok.cap and (next_name or prev_name)
    if cls == "word":
        # "Sonata Ginzburgas": a capitalised word right before a capitalised name,
        # not at a sentence start and not a cue ("Customer Sarah", "Thanks Sarah").
        return (
            next_name
            and nxt is not None
            and tok.cap
            and nxt.cap
            and not tok.sent_start
            and not tok.allcaps
            and tok.base not in _NOUN_CUES
            and tok.base not in _WEAK_CUES
        )
    if cls in ("name", "ambig_b", "unknown") or (cls == "compound" and tok.cap):
        return prev_name or next_name or _name_before(toks, i)
    if cls in ("ambig_a", "keep_name"):
        # "sarah king", "grace kowalska": a common-word surname after a given name,
        # or a common-word given name before a surname.
        if prev_name and (tok.cap or tok.fold in _engine().lex.last):
            return True
        return next_name and (tok.cap or tok.fold in _engine().lex.first)
    return False


def _name_before(toks: list[_Tok], i: int) -> bool:
    """A name right before, across particles: "maria ó fiannachta", "jan van dijk"."""
    j = i
    while j > 0 and toks[j].gap_before == "space" and toks[j - 1].cls == "particle":
        j -= 1
    if j == i or j == 0 or toks[j].gap_before != "space":
        return False
    return toks[j - 1].is_name and not _possessive(toks[j - 1])


def _next_is_name(toks: list[_Tok], i: int) -> bool:
    j = i + 1
    while j < len(toks) and toks[j].gap_before == "space":
        if toks[j].cls != "particle":
            return toks[j].is_name
        j += 1
    return False


def _prev(toks: list[_Tok], i: int) -> _Tok | None:
    if i == 0 or toks[i].gap_before == "hard":
        return None
    return toks[i - 1]


def _next(toks: list[_Tok], i: int) -> _Tok | None:
    if i + 1 >= len(toks) or toks[i + 1].gap_before != "space":
        return None
    return toks[i + 1]


_COMMON = frozenset(("ambig_a", "keep_name", "modal", "month"))


# Cues that still apply across a comma: "thanks, sarah", "hi, raj".
_GREETINGS = frozenset({("hi",), ("hello",), ("hey",), ("dear",), ("thanks",), ("cheers",),
                        ("thank", "you"), ("ty",)})  # fmt: skip


def _gap_ok(tok: _Tok, cue: tuple[str, ...] = ()) -> bool:
    """May a cue word before `tok` apply across the gap? Across a comma only for a
    greeting and a word that is no common English word ("thanks, hope it helps")."""
    if tok.gap_before in ("space", "colon"):
        return True
    return tok.gap_before == "soft" and cue in _GREETINGS and tok.cls not in _COMMON


def _after_title(toks: list[_Tok], i: int, *, strict: bool) -> bool:
    """Right after a title, particles allowed: "mrs o'brien", "mr. van dijk".

    strict: only the unmistakable titles count ("mr happy", but not "dr appointment").
    """
    titles = _STRICT_TITLES if strict else _TITLES
    j = i
    while j > 0:
        cur, prev = toks[j], toks[j - 1]
        if cur.gap_before != "space" and not (prev.base in titles and _dot_gap(prev, cur)):
            return False
        if prev.base in titles:
            return True
        if prev.cls != "particle":
            return False
        j -= 1
    return False


def _dot_gap(prev: _Tok, cur: _Tok) -> bool:
    """ "Mr. Smith": a full stop right after the title."""
    return cur.start - prev.end <= 3 and cur.gap_before == "hard"


def _after_strong_cue(toks: list[_Tok], i: int, cls: str) -> bool:
    """A person-introducing phrase right before: "spoke to will", "customer: sarah"."""
    tok = toks[i]
    if i == 0 or tok.gap_before == "hard":
        return False
    prev = toks[i - 1]
    engine = _engine()
    for length in (1, 2, 3):
        if i - length < 0:
            break
        words = tuple(t.low for t in toks[i - length : i])
        if (
            words in engine.strong_cues
            and _gap_ok(tok, words)
            and all(t.gap_before == "space" for t in toks[i - length + 1 : i])
        ):
            if cls == "modal" and words in (("thanks",), ("cheers",)):
                return False  # "thanks will do"
            # "called Sky", "calling Paris": companies and places get called too.
            return not (cls == "keep_name" and words[-1] in ("called", "calling"))
    # Person nouns: "customer sarah", "colleague raj"; not "customer will call".
    if prev.base not in _NOUN_CUES or tok.gap_before not in ("space", "colon"):
        return False
    return cls in ("unknown", "ambig_b") or (cls in ("ambig_a", "keep_name") and tok.cap)


def _any_cue(toks: list[_Tok], i: int) -> bool:
    """Anything that hints at a person: a cue word before, a person verb after, "'s"."""
    tok = toks[i]
    prev = _prev(toks, i)
    if (
        prev is not None
        and tok.gap_before in ("space", "colon")
        and (
            prev.base in _WEAK_CUES
            or prev.base in _NOUN_CUES
            or prev.base in _TITLES
            or prev.is_name
        )
    ):
        return True
    if _after_strong_cue(toks, i, tok.cls):
        return True
    nxt = _next(toks, i)
    if nxt is not None and (
        nxt.base in _FOLLOW_VERBS or nxt.cls == "name" or nxt.low in _FOLLOW_UNKNOWN
    ):
        return True
    return _possessive(tok) or _coordinated(toks, i)  # "zanele's"


def _coordinated(toks: list[_Tok], i: int) -> bool:
    """ "X and Y" with Y a name, or "X and her husband": X is a person too."""
    nxt = _next(toks, i)
    if nxt is None or nxt.base not in ("and", "&", "or"):
        return False
    after = _next(toks, i + 1)
    if after is None:
        return False
    if after.base in ("her", "his", "their"):
        return True
    if after.cls not in ("name", "unknown", "ambig_b"):
        return False
    then = _next(toks, i + 2)  # "sipho and eero both rang"
    return (
        after.cap
        or after.cls == "name"
        or (then is not None and (then.base in _FOLLOW_VERBS or then.base == "both"))
    )


def _merge_names(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Adjacent name words become one span: "anna-maria van der berg" is one name."""
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if not tok.is_name:
            continue
        joined = (
            spans
            and i > 0
            and toks[i - 1].is_name
            and tok.gap_before == "space"
            and not _possessive(toks[i - 1])
        )
        if joined:
            spans[-1] = (spans[-1][0], tok.end)
        else:
            spans.append((tok.start, tok.end))
    return spans


def _strip_separators(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " .-/":
        start += 1
    while end > start and text[end - 1] in " .-/":
        end -= 1
    return start, end


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop an unmatched "(" at the start or ")" at the end of a digit run."""
    value = text[start:end]
    if value.endswith(")") and value.count(")") > value.count("("):
        end -= 1
    if value.startswith("(") and value.count("(") > value.count(")"):
        start += 1
    return start, end


def _trim_url(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        if text[end - 1] == ")" and "(" in text[start:end]:
            break
        end -= 1
    return end


class _Claims:
    """Spans claimed so far; a later span overlapping an earlier one is dropped."""

    def __init__(self, text: str) -> None:
        self._spans: list[_Span] = []
        self._text = text
        self._masked = text
        self._masked_count = 0

    def add(self, start: int, end: int, kind: str, *, over_safe: bool = False) -> bool:
        """Claim a span; `kind` "" marks an earlier placeholder, _SAFE a harmless number.

        over_safe: drop harmless-number claims in the way instead of giving up.
        """
        if over_safe:
            in_the_way = [c for c in self._spans if c[0] < end and start < c[1] and c[2] == _SAFE]
            for claim in in_the_way:
                self._spans.remove(claim)
                self._masked_count = -1
        if end <= start or self.overlaps(start, end):
            return False
        self._spans.append((start, end, kind))
        return True

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e, _ in self._spans)

    def last_kind_before(self, pos: int, kinds: tuple[str, ...], window: int) -> int | None:
        """End of the nearest claimed span of `kinds` ending before `pos`."""
        best = None
        for _s, e, k in self._spans:
            if k in kinds and e <= pos and pos - e <= window and (best is None or e > best):
                best = e
        return best

    def masked(self, *, harmless_only: bool = False) -> str:
        """The text with every claimed span blanked out by U+001F (same length).

        harmless_only: blank out only the harmless claims (times, amounts, placeholders).
        """
        if harmless_only:
            chars = list(self._text)
            for s, e, k in self._spans:
                if k in ("", _SAFE):
                    chars[s:e] = "\x1f" * (e - s)
            return "".join(chars)
        if len(self._spans) != self._masked_count:
            chars = list(self._text)
            for s, e, _k in self._spans:
                chars[s:e] = "\x1f" * (e - s)
            self._masked = "".join(chars)
            self._masked_count = len(self._spans)
        return self._masked

    def gaps(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of [start, end) that no claim covers, in order."""
        out = []
        pos = start
        for s, e, _k in sorted(self._spans):
            if e <= pos or s >= end:
                continue
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < end:
            out.append((pos, end))
        return out

    def spans(self) -> list[_Span]:
        """The personal-data spans (harmless claims dropped), in text order."""
        return sorted(s for s in self._spans if s[2] and s[2] != _SAFE)
