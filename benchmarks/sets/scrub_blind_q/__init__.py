"""Blind evaluation set: customer-care win notes (Turkey, Iran, Israel, Central Asia, Caucasus, Mongolia, Afghanistan)."""
import os
import re
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _names as NM  # noqa: E402
import _formats as FM  # noqa: E402
import _pools as PL  # noqa: E402
import _templates as TP  # noqa: E402

SEED = 20240917
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
N_NOTES = 1000
GENDERED = {"kazakh", "uzbek", "kyrgyz", "tajik", "turkmen", "azerbaijani", "ru_israeli", "uyghur"}
ASCII_OFTEN = {"turkish", "azerbaijani", "turkmen", "kurdish", "uyghur", "mongolian"}
TAGC = {"TR": ("TR",), "FA": ("IR", "AF", "TJ"), "IL": ("IL",),
        "RU": ("KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "IL")}
FLT = {"TR": ("TK", "PC", "VF", "XQ"), "IR": ("IR", "W5", "QB", "EP"), "IL": ("LY", "6H", "IZ"), "KZ": ("KC", "FS", "DV"),
       "UZ": ("HY",), "KG": ("QH", "ZM"), "TJ": ("SZ", "7J"), "TM": ("T5",), "MN": ("OM", "MR"), "AF": ("FG", "RQ"),
       "GE": ("A9", "DZ"), "AM": ("5F", "JI"), "AZ": ("J2",)}
SPLIT = re.compile(r"[\s\-'’ʼ.]+")
TOK = re.compile(r"\{([A-Z0-9]+)\}")
ID_TOK = {"PASS", "ORDER", "TICKET", "PNR", "ETKT", "ACCT", "POL", "METER", "TRACK", "USER", "FFP", "NIDV"}
NAME_TOK = {"N", "G", "F", "CRM", "N2", "G2", "C", "C2", "HAT", "PAT", "FI", "NICK"}


class Retry(Exception):
    pass


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def name_ok(text, listed):
    return not any(p and fold(p) in listed for p in SPLIT.split(text))


def fem_family(f):
    low = f.lower()
    if low.endswith(("ov", "ev", "in", "ow", "ew", "yov", "yev")):
        return f + "a"
    if low.endswith("sky"):
        return f[:-1] + "aya"
    return f


def make_person(r, culture, listed, gender=None, fam=None):
    gender = gender or r.choice("mf")
    cultures = [culture] + [k for k in NM.G if k != culture]
    for attempt in range(120):
        cul = cultures[0] if attempt < 60 else r.choice(cultures)
        g = NM.G[cul]
        given = r.choice(g[gender])
        if cul in ("turkish", "persian", "pashto") and r.random() < 0.12:
            given = given + " " + r.choice(g[gender])
        fm = fam if fam is not None else r.choice(g["fam"])
        raw = fm
        if gender == "f" and cul in GENDERED:
            fm = fem_family(fm)
        pat = ""
        key = "pat" if gender == "m" else "fpat"
        if key in g:
            pat = r.choice(g[key])
        if cul in ASCII_OFTEN and r.random() < 0.3:
            given, fm, pat = FM.asciify(given), FM.asciify(fm), FM.asciify(pat)
        if given.split()[0] == fm or not name_ok(" ".join((given, fm, pat)), listed):
            continue
        base = raw
        return dict(cul=cul, g=gender, given=given, fam=fm, pat=pat, base=base)
    raise Retry("no name")


def full_name(r, p):
    cul, g, f = p["cul"], p["given"], p["fam"]
    k = r.random()
    if cul == "mongolian":
        if k < 0.5:
            return f + " " + g
        if k < 0.8:
            return f[0] + ". " + g
        return g
    if cul in ("pashto", "dari_hazara") and k < 0.12:
        return g
    if p["pat"] and cul in ("ru_israeli", "kazakh") and k < 0.12:
        return g + " " + p["pat"] + " " + f
    if p["pat"] and cul in ("azerbaijani", "kyrgyz") and k < 0.15:
        return g + " " + p["pat"]
    if k < 0.08:
        return g[0] + ". " + f
    return g + " " + f


def crm(r, p):
    g, f = p["given"], p["fam"]
    k = r.random()
    if k < 0.45:
        return f.upper() + ", " + g
    if k < 0.65:
        return f.lower() + ", " + g.lower()
    if k < 0.85:
        return f + ", " + g
    return f.upper() + " " + g.upper()


def amount(r, c):
    cur = r.choice(PL.CUR[c])
    n = r.choice((r.randint(5, 999), r.randint(1, 99) * 100, r.randint(1, 50) * 1000, r.randint(1, 900) * 10000))
    s = "{:,}".format(n).replace(",", r.choice((",", ".", " ", "")))
    return (cur + s) if cur in "₺₪₸₮₾₼֏" and r.random() < 0.6 else s + " " + cur


def filler(r, c, tok):
    if tok in ("TEL", "BANK", "AIR", "MKT", "CITY", "AIRPORT", "CITY2", "AIRPORT2"):
        pool = getattr(PL, tok.rstrip("2"))
        if tok.endswith("2"):
            return r.choice(pool[r.choice(FM.COUNTRIES)])
        return r.choice(pool[c])
    if tok == "AMT":
        return amount(r, c)
    if tok == "CUR":
        return r.choice(PL.CUR[c])
    if tok == "TIME":
        return r.choice(("%02d:%02d" % (r.randint(6, 23), r.choice((0, 15, 30, 45, 5))), "%dpm" % r.randint(1, 11),
                         "%dam" % r.randint(6, 11), "%dh" % r.randint(2, 9), "%d:%02d" % (r.randint(7, 22), r.randint(0, 59))))
    if tok == "DATE":
        return r.choice(("%d.%02d" % (r.randint(1, 28), r.randint(1, 12)), "%d %s" % (r.randint(1, 28), r.choice(FM.MONTHS["en"])[:3]),
                         "yesterday", "Monday", "tmrw", "%d/%d" % (r.randint(1, 28), r.randint(1, 12)), "last Friday", "today"))
    if tok in ("PLAN", "PLAN2"):
        return r.choice(PL.PLAN)
    if tok in ("TEAM", "TEAM2"):
        return r.choice(PL.TEAM)
    if tok == "DEV":
        return r.choice(PL.DEV)
    if tok == "APP":
        return r.choice(PL.APP)
    if tok == "SH":
        return r.choice(PL.SH)
    if tok == "EX":
        return r.choice(PL.EXCL)
    if tok == "FLT":
        return r.choice(FLT[c]) + r.choice(("", " ")) + str(r.randint(2, 2999))
    raise KeyError(tok)


def pick_culture(r, c, tag):
    if tag == "RU" and c == "IL":
        return "ru_israeli"
    cs = FM.CULTURES[c]
    return r.choices([k for k, _ in cs], [w for _, w in cs])[0]


def render(r, tag, text, listed):
    c = r.choice(TAGC[tag]) if tag in TAGC else r.choices(FM.COUNTRIES, FM.CW)[0]
    cul = pick_culture(r, c, tag)
    ctx = {}

    def person(key):
        if key not in ctx:
            if key == "p2":
                p1 = person("p")
                same = r.random() < 0.5
                ctx[key] = make_person(r, p1["cul"], listed, fam=p1["base"] if same else None)
            elif key.startswith("col"):
                ctx[key] = make_person(r, pick_culture(r, c, tag), listed)
            else:
                ctx[key] = make_person(r, cul, listed)
        return ctx[key]

    segs = []
    pos = 0
    for m in TOK.finditer(text):
        segs.append((text[pos:m.start()], "o"))
        pos = m.end()
        t = m.group(1)
        p = person("p") if t in ("N", "G", "F", "CRM", "PAT", "FI", "NICK", "T", "TP", "EM", "URL", "USER") else None
        if t == "N":
            segs.append((full_name(r, p), "name"))
        elif t == "G":
            segs.append((p["given"], "name"))
        elif t == "F":
            segs.append((p["fam"], "name"))
        elif t == "NICK":
            nick = NM.NICK.get(p["given"].split()[0])
            if not nick or not name_ok(nick, listed):
                raise Retry("nick")
            segs.append((nick, "name"))
        elif t == "FI":
            segs.append((p["fam"][0], "name"))
        elif t == "PAT":
            if not p["pat"]:
                raise Retry("pat")
            segs.append((p["pat"], "name"))
        elif t == "CRM":
            segs.append((crm(r, p), "name"))
        elif t in ("N2", "G2"):
            q = person("p2")
            segs.append((full_name(r, q) if t == "N2" else q["given"], "name"))
        elif t in ("C", "C2", "HAT"):
            q = person("col2" if t == "C2" else "col")
            if t == "HAT":
                segs.append((q["given"].split()[0].lower() if r.random() < 0.6 else q["given"].split()[0], "name"))
            else:
                segs.append((q["given"] if r.random() < 0.7 else full_name(r, q), "name"))
        elif t in ("T", "TP"):
            pre_m, pre_f, post_m, post_f = TP.TITLE[p["cul"]]
            pool = (pre_m if p["g"] == "m" else pre_f) if t == "T" else (post_m if p["g"] == "m" else post_f)
            segs.append((r.choice(pool), "o"))
        elif t == "EM":
            segs.append((FM.email(r, c, p["given"].split()[0], p["fam"]), "email"))
        elif t == "URL":
            segs.append((FM.url(r, c, p["given"].split()[0], p["fam"]), "url"))
        elif t == "USER":
            segs.append((FM.handle(r, p["given"].split()[0], p["fam"]), "id"))
        elif t == "PH":
            segs.append((FM.phone(r, c), "phone"))
        elif t == "CARD":
            segs.append((FM.card(r, c), "card"))
        elif t == "MCARD":
            segs.append((FM.card(r, c, masked=True), "card"))
        elif t == "NID":
            cue, v = FM.nat_id(r, c)
            segs += [(cue + r.choice((" ", ": ", " no ", " #")), "o"), (v, "id")]
        elif t == "NIDV":
            segs.append((FM.nat_id(r, c)[1], "id"))
        elif t == "PASS":
            segs.append((FM.passport(r, c), "id"))
        elif t in ID_TOK:
            kind = {"ORDER": "order", "TICKET": "ticket", "PNR": "pnr", "ETKT": "eticket", "ACCT": "account",
                    "POL": "policy", "METER": "meter", "TRACK": "tracking", "FFP": "ffp"}[t]
            segs.append((FM.gen_id(r, kind, c), "id"))
        elif t == "ADDR":
            segs.append((FM.address(r, c), "address"))
        elif t == "PC":
            segs.append((FM.postcode(r, c), "postcode"))
        elif t == "TOWN":
            segs.append((r.choice(FM.TOWNS[c]), "~"))
        elif t == "IP":
            segs.append((FM.ip(r), "ip"))
        elif t == "IBAN":
            segs.append((FM.iban(r, c), "iban"))
        elif t == "DOB":
            segs.append((FM.dob(r, c), "dob"))
        else:
            segs.append((filler(r, c, t), "o"))
    segs.append((text[pos:], "o"))
    return segs


def tidy(segs, lower, r):
    out = []
    for t, lab in segs:
        if lower:
            t = t.lower()
        if lab == "o" and out and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        elif t or lab != "o":
            out.append((t, lab))
    res = []
    for i, (t, lab) in enumerate(out):
        if lab == "o":
            t = re.sub(r" {2,}", " ", t).replace(" ,", ",").replace("( ", "(")
            if i == 0:
                t = t.lstrip()
            if i == len(out) - 1:
                t = t.rstrip()
            if r.random() < 0.2:
                t = t.replace(",", "")
            if not t:
                continue
        res.append((t, lab))
    return res


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    rng = random.Random(SEED)
    listed = frozenset(fold(w) for w in listed)
    n_clean = int(N_NOTES * 0.45)
    kinds = ["o"] * n_clean + ["p"] * (N_NOTES - n_clean)
    rng.shuffle(kinds)
    notes, seen = [], set()
    for kind in kinds:
        for _ in range(200):
            tag, text = rng.choice(TP.NOPII if kind == "o" else TP.PII)
            try:
                segs = render(rng, tag, text, listed)
            except Retry:
                continue
            segs = tidy(segs, rng.random() < 0.3, rng)
            full = "".join(t for t, _ in segs)
            nw = len(full.split())
            if "\n" in full or not 5 <= nw <= 45 or full in seen:
                continue
            seen.add(full)
            notes.append(segs)
            break
        else:
            raise RuntimeError("could not build note")
    return notes


def _selfcheck():
    sample = frozenset({"mehmet", "ayse", "cohen", "ali", "nino", "giorgi", "hosseini", "nurlan", "smith", "maria", "anar"})
    a, b = blind_notes(sample), blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    texts = set()
    counts = {k: 0 for k in LABELS}
    lower = clean = 0
    for note in a:
        full = "".join(t for t, _ in note)
        assert "\n" not in full and 5 <= len(full.split()) <= 45, full
        texts.add(full)
        for t, lab in note:
            assert lab in LABELS, lab
            if lab != "o":
                assert t == t.strip() and t, repr(t)
            if lab == "name":
                assert name_ok(t, sample), t
            counts[lab] += 1
        lower += full == full.lower()
        clean += all(lab in ("o", "~") for _, lab in note)
    assert len(texts) == len(a), "duplicates"
    print("notes", len(a))
    for k in LABELS:
        print("label", k, counts[k])
    print("all-lower share %.3f" % (lower / len(a)))
    print("no-personal-data share %.3f" % (clean / len(a)))
    print("cultures", len(NM.G), "templates pii", len(TP.PII), "no-pii", len(TP.NOPII))


if __name__ == "__main__":
    _selfcheck()
