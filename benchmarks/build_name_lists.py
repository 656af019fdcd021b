"""Build the word lists that carecli.scrub ships under src/carecli/data/.

Run once by hand when the sources change; the output is committed, so neither the
scrubber nor the tests need Faker or SCOWL at run time:

    pip install faker            # MIT licence (person-name providers)
    apt-get install scowl        # SCOWL word lists (permissive licence, see NOTICE.md)
    python benchmarks/build_name_lists.py

Writes (all plain text, one lowercase entry per line, sorted):

- first_names.txt   given names from Faker's person providers, Latin script only
- surnames.txt      family names from the same providers
- name_words.txt    names that are also very common English words ("will", "grace",
                    "mark", "brown"): the scrubber only takes these as names with a cue
- english_words.txt English words (SCOWL sizes 10-35, American + British) stored as
                    base forms; regular inflections are re-derived at run time by the
                    same `inflection_bases` rules as carecli.scrub (keeps the file ~160 KB)
- NOTICE.md         licences and attribution of both sources

Held-out locales: the locales in HELD_OUT_LOCALES are deliberately NOT shipped. The
evaluation (benchmarks/scrub_eval.py) draws most of its names from them, so its
figures measure how the scrubber does on names it has never seen, not how well it
memorised its own lists.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import unicodedata
from importlib import metadata
from pathlib import Path

from carecli.scrub import inflection_bases  # the same rules the scrubber uses

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "carecli" / "data"
SCOWL_DIR = Path("/usr/share/dict/scowl")
SCOWL_COPYRIGHT = Path("/usr/share/doc/scowl/copyright")
SCOWL_LEVELS = (10, 20, 35)
SCOWL_VARIANTS = ("english", "american", "british")


def _wordlist(text: str) -> list[str]:
    return text.split()


# Locales whose names are kept out of the shipped lists and used by the evaluation.
HELD_OUT_LOCALES = frozenset(
    {
        "fi_FI", "et_EE", "lv_LV", "lt_LT", "hu_HU", "cs_CZ", "sk_SK", "sl_SI", "hr_HR",
        "az_AZ", "uz_UZ", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "tw_GH", "sw", "en_KE",
        "is_IS", "ga_IE", "vi_VN",
    }
)  # fmt: skip

# Name particles are handled by rules in the scrubber, never as names on their own.
PARTICLES = frozenset(
    _wordlist(
        "van von der den de del della dei di da das dos du le la les lo y e al el bin bint ibn "
        "abu ter ten op het mac mc st ste"
    )
)

# Function words: some Faker locales contain them as "names" (e.g. "the", "among").
STOPWORDS = frozenset(
    _wordlist(
        """a an the and or but nor so yet if of to in on at by for from with without into onto
    upon about above below over under after before since until among between through
    i me my mine we us our ours you your yours he him his she her hers it its they them
    their theirs this that these those who whom whose which what when where why how
    is am are was were be been being do does did done have has had having not no yes
    all any some each every such same other else ever never more most less least very
    said says per unknown day days week weeks"""
    )
)

# Names that are also among SCOWL's 1,000 most common words are dropped from the name
# lists, except these, which really are common given names or surnames. They end up in
# name_words.txt and are only scrubbed with a cue ("spoke to will", "Mr Brown").
COMMON_WORD_NAMES = frozenset(
    _wordlist(
        """will may mark bill hope grace frank rose guy jack joy faith drew grant dawn art ray
    rob pat sue bob don gene chip penny crystal ruby lily holly daisy heather iris jade
    pearl ivy amber autumn summer april june august sky brown green white black young king
    hall hill wood woods stone price long little park cross west wells banks fields field
    hunt rich sharp short strong wise gross page law bell bond booth bush cook cooper
    carter fisher walker turner wright baker miller mason hunter porter potter butler
    taylor marshall knight lord bishop lane major hardy rush north love gray grey"""
    )
)

_LETTERS = re.compile(r"^[^\W\d_]+(?:['\u2019-][^\W\d_]+)*$")




def is_latin(text: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") or ch in " -'\u2019." for ch in text)


def person_locales() -> list[str]:
    import faker.providers.person as person

    return sorted(m.name for m in pkgutil.iter_modules(person.__path__) if m.ispkg)


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [k for k in value if isinstance(k, str)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [k for k in value if isinstance(k, str)]
    return []


def collect_names(locales: list[str]) -> tuple[set[str], set[str]]:
    """Given names and family names of the locales' person providers, as lowercase tokens."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in dir(provider):
            if attr.startswith("_"):
                continue
            if "first_name" in attr or "middle_name" in attr:
                target = first
            elif "last_name" in attr:
                target = last
            else:
                continue
            for full in _strings(getattr(provider, attr, None)):
                if is_latin(full):
                    target.update(_name_tokens(full))
    return first, last


def _name_tokens(full: str) -> set[str]:
    tokens: set[str] = set()
    for raw in full.lower().replace("\u2019", "'").split():
        raw = raw.strip(".")
        if not _LETTERS.match(raw) or raw in PARTICLES:
            continue
        tokens.add(raw)
        if "-" in raw:  # "jean-luc" also gives "jean" and "luc"
            tokens.update(p for p in raw.split("-") if len(p) > 1 and p not in PARTICLES)
    return {t for t in tokens if len(t) > 1}


def scowl_words(
    levels: tuple[int, ...], kind: str = "words", variants: tuple[str, ...] = SCOWL_VARIANTS
) -> set[str]:
    """Lower-case ASCII entries of SCOWL's `kind` lists ("words", "abbreviations")."""
    words: set[str] = set()
    for variant in variants:
        for level in levels:
            path = SCOWL_DIR / f"{variant}-{kind}.{level}"
            if path.exists():
                text = path.read_text(encoding="latin-1")
                words.update(w for w in text.split() if w.isascii() and w.isalpha() and w.islower())
    if not words:
        raise SystemExit(f"no SCOWL lists under {SCOWL_DIR}: apt-get install scowl")
    return words


def scowl_upper_words(levels: tuple[int, ...], names: set[str]) -> set[str]:
    """Capitalised common words (nationalities, holidays, religions), lower-cased.

    Entries that are also in the name lists ("John", "Christian") are left out: the
    name rules must keep seeing those as names.
    """
    words: set[str] = set()
    for variant in SCOWL_VARIANTS:
        for level in levels:
            path = SCOWL_DIR / f"{variant}-upper.{level}"
            if path.exists():
                for w in path.read_text(encoding="latin-1").split():
                    low = w.lower()
                    if w.isascii() and w.isalpha() and len(w) > 1 and low not in names:
                        words.add(low)
    return words


def reduce_to_bases(words: set[str]) -> set[str]:
    """Drop words derivable from a kept shorter word by `inflection_bases` (lossless)."""
    kept: set[str] = set()
    for word in sorted(words, key=lambda w: (len(w), w)):
        if not any(b in kept for b in inflection_bases(word)):
            kept.add(word)
    assert all(w in kept or any(b in kept for b in inflection_bases(w)) for w in words)
    return kept


def write_list(name: str, items: set[str], header: str) -> None:
    path = DATA / name
    lines = [f"# {line}" for line in header.strip().splitlines()] + sorted(items)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(items)} entries, {path.stat().st_size} bytes")


def write_notice(ship: list[str]) -> None:
    """Bring data/NOTICE.md's Faker and SCOWL parts up to date, keeping the rest.

    The notice also covers files other scripts build (places, rare words, the name
    model) and the developers' own lists, so it is edited in place, not rewritten:
    the Faker version and locales, and the two licence texts, verbatim.
    """
    faker_dist = metadata.distribution("faker")
    licence = next((f for f in faker_dist.files or [] if "LICENSE" in f.name.upper()), None)
    faker_licence = licence.read_text() if licence else "MIT License (see the Faker project)"
    scowl_text = SCOWL_COPYRIGHT.read_text(encoding="utf-8", errors="replace")
    path = DATA / "NOTICE.md"
    notice = path.read_text(encoding="utf-8")
    notice = re.sub(
        r"providers of \*\*Faker\*\* \S+ (\(https://github.com/joke2k/faker\), MIT licence,\n)"
        r"locales: [^\n]*\n",
        lambda m: f"providers of **Faker** {faker_dist.version} {m.group(1)}"
        f"locales: {', '.join(ship)}.\n",
        notice,
        count=1,
    )
    for heading, text in (
        ("## Faker licence", faker_licence),
        ("## SCOWL copyright and permission notices (verbatim from Debian's `scowl` package)",
         scowl_text),
    ):  # fmt: skip
        notice = re.sub(
            re.escape(heading) + r"\n\n```\n.*?\n```",
            lambda _m, h=heading, t=text: f"{h}\n\n```\n{t.strip()}\n```",
            notice,
            count=1,
            flags=re.S,
        )
    path.write_text(notice, encoding="utf-8")
    print(f"{path.relative_to(ROOT)} updated")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)

    ship = [loc for loc in person_locales() if loc not in HELD_OUT_LOCALES]
    first, last = collect_names(ship)

    top = scowl_words((10,))
    common = scowl_words((10, 20))
    english = scowl_words(SCOWL_LEVELS) | scowl_upper_words((10, 35, 40), first | last)

    def keep_name(name: str) -> bool:
        if name in STOPWORDS:
            return False
        return name not in top or name in COMMON_WORD_NAMES

    first = {n for n in first if keep_name(n)}
    last = {n for n in last if keep_name(n)}
    name_words = {n for n in first | last if n in common} | (COMMON_WORD_NAMES & (first | last))

    source = f"Faker {metadata.version('faker')} person providers, Latin-script locales"
    write_list("first_names.txt", first, f"Given names. Source: {source}. See NOTICE.md.")
    write_list("surnames.txt", last, f"Family names. Source: {source}. See NOTICE.md.")
    write_list(
        "name_words.txt",
        name_words,
        "Names that are also very common English words (SCOWL 10-20).\n"
        "The scrubber takes these as names only with a cue. See NOTICE.md.",
    )
    write_list(
        "english_words.txt",
        reduce_to_bases(english),
        "English words, SCOWL sizes 10-35 (+ capitalised words of sizes 10-40 that are\n"
        "not names), base forms (inflections derived at run time). See NOTICE.md.\n",
    )
    write_notice(ship)


if __name__ == "__main__":
    main()
