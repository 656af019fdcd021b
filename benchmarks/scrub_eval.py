"""How well does carecli.scrub find personal data, and how much ordinary text does it eat?

    pip install -e ".[test]"          # needs faker
    python benchmarks/scrub_eval.py   # [--notes 2400] [--seed 20240611] [--show-misses 20]
    python benchmarks/scrub_eval.py --sets generated,A,E   # only some sets

The sets, reported separately (1 and 2 here; held-out A, B, C in scrub_heldout.py; the
helpers' sets D to AL in sets/, see other_sets below):

1. A generated set of agent notes (fixed seed; Faker with fixed per-locale seeds, so
   the same Faker version gives the same notes). Personal data are labelled spans;
   everything else is labelled ordinary words, including traps: weekdays, months,
   times, amounts, counts, products, brands, team names and name-like words used as
   words ("will call back", "the bill", "grace period"). About 40% of the notes are
   typed all in lower case.

   Not circular: about two thirds of the names come from sources the scrubber's lists
   were NOT built from: the Faker locales in build_name_lists.HELD_OUT_LOCALES
   (Finnish, Hungarian, Czech, Yoruba, Zulu, Irish, Vietnamese...) and a hand-written
   list below. The rest come from shipped locales, as real notes would. The report
   shows the share of name words missing from the shipped lists and the recall on them.

2. A hand-written set (HAND_NOTES, ~60 notes) in a different style: shorthand, typos,
   bullets, mixed case, written without looking at the generator.

Measures: recall per kind and overall (a labelled span is found when every letter and
digit of it ends up inside a replaced region; the kind of placeholder does not matter);
names recall; over-scrubbing (share of ordinary words with any character replaced);
entries per second (after the first call's lazy load; best of three passes). Exit status 1
when the generated set misses a target: overall recall >= 0.98, names >= 0.95,
over-scrubbing <= 0.03, >= 2000 entries/s. The blind sets print figures only.
"""

from __future__ import annotations

import argparse
import random
import re
import string
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "sets"))

from build_name_lists import HELD_OUT_LOCALES  # noqa: E402

from carecli.scrub import KINDS, scrub  # noqa: E402

TARGETS = {"recall": 0.98, "names": 0.95, "over": 0.03, "rate": 2000.0}
SEED = 20240611
NEUTRAL = "~"  # towns and cities: neither required nor penalised
ORDINARY = "o"
WORD_RE = re.compile(r"\w+")


def _wordlist(text: str) -> list[str]:
    return text.split()


# Names written by hand for the evaluation: not taken from Faker. Many cultures that
# British, European and US contact centres meet; some are in the shipped lists anyway.
HAND_FIRST = _wordlist("""
siobhan niamh saoirse aoife tadhg oisin ruairi eilidh ailsa morag kirsty
oluwaseun olamide chidi chiamaka ngozi emeka obinna adaeze tunde folake kwame akosua
yaw kofi ama abena thandiwe sipho lerato thabo kagiso zanele nomvula wanjiru kamau
otieno achieng amara nia precious blessing tendai farai rudo
priyanka aarav shreya ananya ishaan vihaan arjun kavya diya rohan jaswinder gurpreet
harpreet manpreet navjot simran baljit
mohammed muhammad abdullah ayesha hamza bilal imran nadia samir tariq youssef fatima
zainab khadija omar yasmin layla idris hassan hussein amina aaliyah
mehmet elif emre zeynep burak
bogdan oksana dmytro olena taras wojciech grzegorz agnieszka szymon bartosz malgorzata
katarzyna lukasz przemyslaw
lukas jonas ingrid sven bjorn astrid freya solveig eero aleksi
tiago joaquim rui goncalo ines leonor
mei xiu jing wei ling haruto yuki sakura hiroshi kenji minjun jiwoo seo-yeon
tae-yang hyun-woo thuy linh quang huong
kalani malia leilani keanu aroha anahera tama wiremu
xochitl itzel santiago valentina ximena
""")
HAND_LAST = _wordlist("""
okonkwo adeyemi mensah owusu dlamini nkosi mbeki kariuki mwangi wanjala okafor
nwosu eze obi adebayo boateng asante
nakamura takahashi kobayashi yamamoto kim park choi nguyen tran pham hoang
wang zhang liu chen huang zhao
patel sharma singh kaur gupta iyer reddy chowdhury rahman hussain khan qureshi
siddiqui bhattacharya mukherjee
o'sullivan macleod mcallister fitzgerald o'donnell mcgrath
kowalczyk wisniewska zielinski nowakowski wojcik kaminska lewandowski
horvath novak dvorak popescu ionescu petrov ivanova shevchenko kovalenko
yilmaz demir ozturk kaya celik
papadopoulos georgiou haddad khoury al-farsi abdi warsame farah tesfaye bekele haile
de-vries jansen lindqvist virtanen korhonen
ng lim tan goh santos reyes cruz bautista
kealoha tuilagi ngata parata whaanga
""")

TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "mr", "mrs", "ms", "miss"]
WEEKDAYS = _wordlist("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = _wordlist(
    "January February March April May June July August September October November December"
)
PRODUCTS = [
    "iPhone 15",
    "Galaxy S23",
    "AirPods",
    "Xbox Series X",
    "PS5",
    "Kindle",
    "Fire TV Stick",
    "the router",
    "the broadband",
    "the SIM",
    "the eSIM",
    "MacBook Air",
    "Pixel 8",
    "smart meter",
    "the hub",
    "the app",
    "Apple Watch",
    "iPad",
    "the modem",
    "Nintendo Switch",
]
BRANDS = [
    "Netflix",
    "PayPal",
    "Visa",
    "Amazon",
    "Spotify",
    "Mastercard",
    "Klarna",
    "Disney+",
    "Apple Pay",
    "Google Pay",
    "Royal Mail",
    "DPD",
    "Evri",
    "DHL",
    "Vodafone",
    "Sky",
]
TEAMS = [
    "the billing team",
    "tier 2",
    "Team Phoenix",
    "the Falcons pod",
    "retentions",
    "escalations",
    "the complaints team",
    "back office",
    "tech support",
    "QA",
    "the night shift",
    "team Orion",
    "payments",
    "the returns desk",
]
CITIES = {
    "en_GB": ["London", "Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "York"],
    "en_US": ["Springfield", "Austin", "Denver", "Portland", "Columbus", "Phoenix"],
    "de_DE": ["Berlin", "Hamburg", "Köln", "Leipzig", "Dresden"],
    "fr_FR": ["Paris", "Lyon", "Lille", "Nantes", "Toulouse"],
    "es_ES": ["Madrid", "Sevilla", "Valencia", "Bilbao"],
    "it_IT": ["Roma", "Milano", "Torino", "Bologna"],
    "nl_NL": ["Amsterdam", "Utrecht", "Rotterdam", "Haarlem"],
    "pl_PL": ["Warszawa", "Kraków", "Gdańsk", "Poznań"],
}
US_STATES = ["CA", "NY", "TX", "WA", "OR", "IL", "MA", "FL", "CO", "OH"]
STREET_WORDS = [
    "elm",
    "oak",
    "high",
    "church",
    "station",
    "mill",
    "park",
    "victoria",
    "king's",
    "queen's",
    "meadow",
    "orchard",
    "chapel",
    "manor",
    "baker",
    "willow",
    "cedar",
    "maple",
    "north",
    "london",
    "school",
    "green",
]
STREET_SUFFIXES = [
    "street",
    "road",
    "lane",
    "avenue",
    "close",
    "drive",
    "way",
    "crescent",
    "st",
    "rd",
    "ave",
    "gardens",
    "terrace",
    "grove",
    "place",
    "court",
]

# Ordinary clauses: care talk full of traps (name-like words used as words).
FILLERS = [
    "will call back {weekday} at {time}",
    "may I say it was a pleasure",
    "hope it helps",
    "marked the case as resolved",
    "the bill was wrong by {amount}",
    "gave a {amount} credit as a goodwill gesture",
    "the grace period ends in {month}",
    "had a frank chat about the fees",
    "the amber warning on the dashboard cleared",
    "CSAT rose to 4.8 this week",
    "promo runs until {month}",
    "chased the courier twice",
    "pat on the back from the team lead",
    "{count} items were missing from the parcel",
    "refund of {amount} goes back in {duration}",
    "{product} was faulty out of the box",
    "set up {brand} on {product}",
    "moved the call to {team}",
    "escalated to {team} after {duration}",
    "queue was busy so I offered a callback",
    "the supervisor approved the escalation",
    "QA scored the chat 95%",
    "waited {duration} on hold before that",
    "paid with {brand}",
    "it was the {brand} subscription that renewed",
    "logged in {year} but never used",
    "we mark the job complete once it ships",
    "bill shock after roaming in {month}",
    "the new bill will be smaller",
    "joy of a quick fix",
    "the august promo code did not apply",
    "no charge for the june top-up",
    "may need a new {product} if it keeps dropping",
    "engineer booked for {weekday} between {time} and {time2}",
    "took {duration} in total",
    "swapped {product} for a new one",
    "customer will ring back after work",
    "customer may want to cancel",
    "the guy at the depot sorted it",
    "sent a link to reset the password",
    "the outage hit the whole postcode area overnight",
    "talked them through the Hive thermostat setup",
    "Dyson refused the warranty claim so we stepped in",
    "upsold to the unlimited plan, saves them money long term",
    "macro for bereavement calls needs updating",
    "pallet of returns still sitting at the depot",
    "direct debit bounced twice, set up a payment plan",
    "wifi extender fixed the dead spot upstairs",
    "recieved the wrong colour so arranged an exchange",
    "fraud team cleared the account after checks",
    "the Samsung fridge freezer was leaking again",
    "Hotpoint engineer no-show, rebooked for {weekday}",
    "Ring doorbell keeps going offline, factory reset worked",
    "SIM swap done, number ported over from EE",
    "checked the smart meter readings against the bill",
    "credit note raised for the overcharge",
    "they were really patient even though the chat dropped twice",
    "explained the difference between prepay and contract",
    "Bosch dishwasher part is on backorder till {month}",
    "Logitech mouse replaced under warranty",
    "Garmin watch won't pair with the Android app",
    "went above and beyond, stayed on after shift to finish",
    "Tesco voucher applied at checkout",
    "Nest thermostat showing offline since the firmware update",
    "chargeback opened with the card issuer",
    "cooling-off period still applies so no exit fee",
    "Trustpilot review mentioned the team by name",
    "parcel stuck at the Wolverhampton hub",
    "Deliveroo order was cold so refunded the delivery fee",
    "Ocado substitutions were rubbish, gave a goodwill credit",
    "router firmware rollback fixed the dropouts",
    "complaint upheld at stage 2",
    "Ofcom deadlock letter not needed in the end",
    "vulnerable customer flag added with consent",
    "callback slot booked, they prefer mornings",
    "Zoom call with the installer went well",
    "the Alexa skill wasn't linked to the account",
    "Octopus switch confirmed for next month",
    "Argos click and collect order never arrived",
]


@dataclass
class Note:
    """A note as labelled parts: (text, label) with label a kind, ORDINARY or NEUTRAL."""

    parts: list[tuple[str, str]] = field(default_factory=list)
    name_sources: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(t for t, _ in self.parts)

    def spans(self) -> list[tuple[int, int, str]]:
        out, pos = [], 0
        for t, label in self.parts:
            out.append((pos, pos + len(t), label))
            pos += len(t)
        return out

    def lower(self) -> None:
        self.parts = [(t.lower(), label) for t, label in self.parts]


class Generator:
    """Builds the generated set; all randomness from one seeded RNG and seeded Fakers."""

    def __init__(self, seed: int) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        self.shipped = [
            "en_GB",
            "en_US",
            "de_DE",
            "fr_FR",
            "es_ES",
            "nl_NL",
            "en_IN",
            "it_IT",
            "pl_PL",
        ]
        self.held_out = sorted(HELD_OUT_LOCALES)
        self.fakers = {}
        for i, loc in enumerate(sorted({*self.shipped, *self.held_out})):
            fake = Faker(loc)
            fake.seed_instance(seed + i)
            self.fakers[loc] = fake

    # ---------------------------------------------------------------- names
    def person(self) -> tuple[str, str, str]:
        """(first, last, source) with source "shipped", "held-out" or "hand"."""
        r = self.rng.random()
        if r < 0.40:
            loc = self.rng.choice(self.held_out)
            fake = self.fakers[loc]
            return _one_word(fake.first_name()), fake.last_name(), "held-out"
        if r < 0.65:
            first = self.rng.choice(HAND_FIRST).title()
            last = self.rng.choice(HAND_LAST)
            last = (
                "-".join(p.title() for p in last.split("-"))
                if "'" not in last
                else (last[:2].upper() + last[2:].title())
            )
            return first, last.replace("De-Vries", "de Vries"), "hand"
        fake = self.fakers[self.rng.choice(self.shipped)]
        return _one_word(fake.first_name()), fake.last_name(), "shipped"

    def name(self, note: Note, form: str | None = None) -> None:
        first, last, source = self.person()
        form = form or self.rng.choices(["first", "full", "title"], [50, 35, 15])[0]
        note.name_sources.append(source)
        if form == "first":
            note.parts.append((first, "name"))
        elif form == "full":
            note.parts.append((f"{first} {last}", "name"))
        else:
            note.parts.append((self.rng.choice(TITLES) + " ", ORDINARY))
            note.parts.append((last, "name"))

    # ---------------------------------------------------------------- other PII
    def email(self) -> str:
        first, last, _ = self.person()
        user = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first}{self.rng.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}_{first}",
            ]
        )
        domain = self.rng.choice(
            [
                "gmail.com",
                "outlook.com",
                "yahoo.co.uk",
                "hotmail.com",
                "icloud.com",
                "web.de",
                "orange.fr",
                "example.org",
            ]
        )
        user = re.sub(r"[^a-z0-9._]", "", _ascii(user).lower().replace(" ", ""))
        return f"{user}@{domain}" if user else self.fakers["en_GB"].email()

    def phone(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            loc = self.rng.choice(
                ["en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "nl_NL", "en_IN", "it_IT", "pl_PL"]
            )
            return self.fakers[loc].phone_number()
        d = lambda n: "".join(self.rng.choice(string.digits) for _ in range(n))  # noqa: E731
        formats = [
            lambda: f"07{d(3)} {d(6)}",
            lambda: f"+44 7{d(3)} {d(6)}",
            lambda: f"0{d(3)} {d(7)}",
            lambda: f"({d(3)}) {d(3)}-{d(4)}",
            lambda: f"{d(3)}-{d(3)}-{d(4)}",
            lambda: f"+1 {d(3)} {d(3)} {d(4)}",
            lambda: f"+49 30 {d(8)}",
            lambda: f"0151 {d(8)}",
            lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+91 9{d(4)} {d(5)}",
            lambda: f"9{d(9)}",
            lambda: f"04{d(2)} {d(3)} {d(3)}",
            lambda: f"+61 2 {d(4)} {d(4)}",
            lambda: f"06-{d(8)}",
            lambda: f"+31 20 {d(3)} {d(4)}",
            lambda: f"6{d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+34 9{d(2)} {d(3)} {d(3)}",
            lambda: f"07{d(9)}",
        ]
        return self.rng.choice(formats)()

    def card(self) -> str:
        num = self.fakers["en_US"].credit_card_number(
            card_type=self.rng.choice(["visa16", "mastercard", "amex", "discover"])
        )
        r = self.rng.random()
        if r < 0.3:
            return num
        if r < 0.6 and len(num) == 16:
            sep = self.rng.choice([" ", "-"])
            return sep.join(num[i : i + 4] for i in range(0, 16, 4))
        if r < 0.8 and len(num) == 16:
            return f"{num[:4]} {num[4:6]}** **** {num[12:]}"
        mask = self.rng.choice(["****", "xxxx", "XXXX"])
        return f"{mask} {mask} {mask} {num[-4:]}"

    def id_value(self) -> tuple[str, str]:
        """(cue text before, id) — the cue stays ordinary text."""
        d = lambda n: "".join(self.rng.choice(string.digits) for _ in range(n))  # noqa: E731
        up = lambda n: "".join(self.rng.choice(string.ascii_uppercase) for _ in range(n))  # noqa: E731
        options = [
            ("order #", f"{up(1)}{d(3)}-{d(3)}"),
            ("ticket ", d(4)),
            ("case no. ", d(8)),
            ("acct ", f"{d(4)}-{d(2)}"),
            ("ref ", f"{up(3)}{d(5)}"),
            ("", f"INC{d(7)}"),
            ("", f"ORD-{d(5)}"),
            ("booking ref ", up(6)),
            ("invoice ", f"INV-{d(6)}"),
            ("customer number ", d(9)),
            ("account number ", d(8)),
            ("order ", d(9)),
            ("tracking ", f"{up(2)}{d(9)}GB"),
            ("reference: ", f"{up(2)}-{d(6)}"),
            ("case ", f"CS{d(6)}"),
            ("policy ", f"POL{d(7)}"),
            ("order no ", d(7)),
        ]
        return self.rng.choice(options)

    def address(self, loc: str | None = None) -> tuple[str, str]:
        """(address, locale)."""
        if loc is None and self.rng.random() < 0.4:
            n = self.rng.randint(1, 250)
            n_txt = f"{n}{self.rng.choice(['', '', '', 'a', 'b'])}"
            words = " ".join(self.rng.sample(STREET_WORDS, self.rng.choice([1, 1, 2])))
            street = f"{n_txt} {words} {self.rng.choice(STREET_SUFFIXES)}"
            if self.rng.random() < 0.5:
                street = street.title().replace("'S", "'s")
            if self.rng.random() < 0.15:
                street = f"Flat {self.rng.randint(1, 40)}, {street}"
            return street, "en_GB"
        loc = loc or self.rng.choice(list(CITIES))
        return self.fakers[loc].street_address().replace("\n", ", ").strip(), loc

    def postcode_line(self, note: Note) -> None:
        """Street, town and postcode in the local order; the town is neutral."""
        street, loc = self.address(self.rng.choice(list(CITIES)))
        fake = self.fakers[loc]
        city = self.rng.choice(CITIES[loc])
        note.parts.append((street, "address"))
        if loc == "en_GB":
            note.parts += [
                (", ", ORDINARY),
                (city, NEUTRAL),
                (" ", ORDINARY),
                (fake.postcode(), "postcode"),
            ]
        elif loc == "en_US":
            zip_code = fake.zipcode() if self.rng.random() < 0.7 else fake.zipcode_plus4()
            note.parts += [
                (", ", ORDINARY),
                (city, NEUTRAL),
                (f", {self.rng.choice(US_STATES)} ", ORDINARY),
                (zip_code, "postcode"),
            ]
        else:
            note.parts += [
                (", ", ORDINARY),
                (fake.postcode(), "postcode"),
                (" ", ORDINARY),
                (city, NEUTRAL),
            ]

    def url(self) -> str:
        fake = self.fakers["en_GB"]
        r = self.rng.random()
        token = "".join(self.rng.choice(string.ascii_lowercase + string.digits) for _ in range(8))
        if r < 0.3:
            return fake.url() + self.rng.choice(["account", f"orders/{token}", ""])
        if r < 0.6:
            return f"www.{fake.domain_name()}/track?id={token}"
        if r < 0.8:
            return f"{fake.domain_word()}.co.uk/track?id={token}"
        return f"https://{fake.domain_name()}/r/{token}"

    def iban(self) -> str:
        loc = self.rng.choice(["en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "it_IT", "pl_PL"])
        value = self.fakers[loc].iban()
        if self.rng.random() < 0.5:
            value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return value

    def dob(self) -> tuple[str, str]:
        y, m, d = self.rng.randint(1940, 2005), self.rng.randint(1, 12), self.rng.randint(1, 28)
        month = MONTHS[m - 1]
        date = self.rng.choice(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{d}/{m}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {month} {y}",
                f"{d} {month.lower()} {y}",
                f"{month} {d}, {y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d}{_ordinal(d)} {month[:3]} {y}",
            ]
        )
        cue = self.rng.choice(
            [
                "dob ",
                "DOB: ",
                "d.o.b. ",
                "date of birth: ",
                "born ",
                "date of birth ",
                "birthday is ",
            ]
        )
        return cue, date

    # ---------------------------------------------------------------- ordinary
    def filler(self) -> str:
        t = self.rng.choice(FILLERS)
        h = self.rng.randint(8, 17)
        values = {
            "weekday": self.rng.choice(WEEKDAYS),
            "month": self.rng.choice(MONTHS),
            "time": self.rng.choice(
                [
                    f"{h}:{self.rng.choice(['00', '15', '30', '45'])}",
                    f"{h % 12 or 12}pm",
                    f"{h % 12 or 12}.30am",
                ]
            ),
            "time2": f"{h + 1}:00",
            "amount": self.rng.choice(
                [
                    f"£{self.rng.randint(5, 300)}",
                    f"${self.rng.randint(5, 99)}.99",
                    f"€{self.rng.randint(10, 500)}",
                    f"{self.rng.randint(5, 80)} quid",
                ]
            ),
            "count": str(self.rng.randint(2, 9)),
            "duration": self.rng.choice(
                [
                    "3 days",
                    "20 minutes",
                    "two weeks",
                    "an hour",
                    "5 working days",
                    "45 mins",
                    "48 hours",
                ]
            ),
            "product": self.rng.choice(PRODUCTS),
            "brand": self.rng.choice(BRANDS),
            "team": self.rng.choice(TEAMS),
            "year": str(self.rng.randint(2015, 2024)),
        }
        return t.format(**values)

    # ---------------------------------------------------------------- notes
    def note(self) -> Note:
        note = Note()
        clauses = self.rng.choice([1, 2, 2, 3])
        for i in range(clauses):
            if i:
                note.parts.append((self.rng.choice([". ", ", ", " - ", "; ", ". also "]), ORDINARY))
            if self.rng.random() < 0.75:
                self.pii_clause(note)
            else:
                note.parts.append((self.filler(), ORDINARY))
        if self.rng.random() < 0.5:
            note.parts.append((self.rng.choice([". ", ", "]) + self.filler(), ORDINARY))
        note.parts.append((self.rng.choice([".", "", "!", " :)"]), ORDINARY))
        if self.rng.random() < 0.4:
            note.lower()
        else:
            text, label = note.parts[0]
            note.parts[0] = (text[:1].upper() + text[1:], label)
        return note

    def pii_clause(self, note: Note) -> None:
        kind = self.rng.choices(
            [
                "name",
                "name2",
                "email",
                "phone",
                "card",
                "id",
                "address",
                "postcode",
                "ip",
                "url",
                "iban",
                "dob",
            ],
            [34, 10, 7, 9, 6, 9, 6, 6, 3, 3, 3, 4],
        )[0]
        getattr(self, f"clause_{kind}")(note)

    def _template(self, note: Note, template: str, **slots: object) -> None:
        """Fill `template`; a slot value is a (text, label) pair or a callable(note)."""
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            if m.start() > pos:
                note.parts.append((template[pos : m.start()], ORDINARY))
            value = slots[m.group(1)]
            if callable(value):
                value(note)
            else:
                note.parts.append(value)  # type: ignore[arg-type]
            pos = m.end()
        if pos < len(template):
            note.parts.append((template[pos:], ORDINARY))

    def clause_name(self, note: Note) -> None:
        t = self.rng.choice(
            [
                "helped {n} get her refund",
                "spoke to {n} about the delay",
                "{n} rang about the late parcel",
                "customer {n} was really happy in the end",
                "{n}'s parcel turned up damaged",
                "sorted the login for {n}",
                "{n} called back to say thanks",
                "gave {n} a £10 credit",
                "{n} was lovely on the phone",
                "told {n} the engineer comes {weekday}",
                "thanks to {n} in billing for the help",
                "{n} from QA listened to the call",
                "shadowed {n} on the chat queue",
                "{n} said the app keeps crashing",
                "caller {n} wanted to cancel",
                "chatted with {n} for {duration}",
                "{n} emailed the photos over",
                "refund sent to {n} today",
                "{n} was upset at first",
                "booked an engineer for {n}",
                "{n} asked for a supervisor",
                "went through the bill with {n}",
                "colleague {n} covered my break",
                "{n} had been waiting since {weekday}",
                "lovely chat with {n}",
                "{n} will try again tonight",
                "made {n}'s day",
                "{n} needed help with {product}",
                "reassured {n} it was sorted",
                "{n} and her husband both on the account",
                "{n} thanked me twice",
            ]
        )
        self._template(
            note,
            t,
            n=self.name,
            weekday=(self.rng.choice(WEEKDAYS), ORDINARY),
            duration=(self.rng.choice(["10 minutes", "half an hour", "ages"]), ORDINARY),
            product=(self.rng.choice(PRODUCTS), ORDINARY),
        )

    def clause_name2(self, note: Note) -> None:
        t = self.rng.choice(
            [
                "{a} and {b} both rang about the outage",
                "{a} passed the call to {b}",
                "{a} asked for {b} by name",
                "helped {a} and {b} set up {brand}",
                "{a} from back office and {b} from tier 2 helped",
                "{a} is {b}'s daughter",
            ]
        )
        self._template(
            note,
            t,
            a=self.name,
            b=lambda n: self.name(n, "first"),
            brand=(self.rng.choice(BRANDS), ORDINARY),
        )

    def clause_email(self, note: Note) -> None:
        t = self.rng.choice(
            [
                "new email is {e}",
                "sent the form to {e}",
                "email {e} bounced",
                "confirmed {e} as contact",
                "updated email to {e}",
            ]
        )
        self._template(note, t, e=(self.email(), "email"))

    def clause_phone(self, note: Note) -> None:
        t = self.rng.choice(
            [
                "called back on {p}",
                "new number {p}",
                "mobile {p}",
                "rang her on {p}",
                "best number is {p}",
                "tel: {p}",
                "text him on {p} when done",
            ]
        )
        self._template(note, t, p=(self.phone(), "phone"))

    def clause_card(self, note: Note) -> None:
        if self.rng.random() < 0.35:
            digits = "".join(self.rng.choice(string.digits) for _ in range(4))
            t = self.rng.choice(
                [
                    "card ending {c}",
                    "card ending in {c}",
                    "last four {c}",
                    "last 4 digits {c}",
                    "visa ending {c}",
                ]
            )
            self._template(note, t, c=(digits, "card"))
        else:
            t = self.rng.choice(
                [
                    "card {c} declined",
                    "took payment on {c}",
                    "card no {c}",
                    "customer read out {c} (told her not to)",
                ]
            )
            self._template(note, t, c=(self.card(), "card"))

    def clause_id(self, note: Note) -> None:
        cue, value = self.id_value()
        t = self.rng.choice(
            [
                "refund for {i}",
                "chased {i}",
                "raised {i}",
                "closed {i}",
                "{i} is still open",
                "linked {i} to the complaint",
            ]
        )
        self._template(note, t, i=lambda n: n.parts.extend([(cue, ORDINARY), (value, "id")]))

    def clause_address(self, note: Note) -> None:
        street, _ = self.address()
        t = self.rng.choice(
            [
                "delivered to {a} by mistake",
                "new address {a}",
                "lives at {a}",
                "parcel left at {a}",
                "engineer went to {a}",
            ]
        )
        self._template(note, t, a=(street, "address"))

    def clause_postcode(self, note: Note) -> None:
        if self.rng.random() < 0.3:
            pc = self.fakers["en_GB"].postcode()
            pc = pc.lower() if self.rng.random() < 0.3 else pc
            t = self.rng.choice(["postcode {p}", "checked coverage for {p}", "moved to {p}"])
            self._template(note, t, p=(pc, "postcode"))
            return
        t = self.rng.choice(["moved to {l}", "address is {l}", "sent the engineer to {l}"])
        self._template(note, t, l=self.postcode_line)

    def clause_ip(self, note: Note) -> None:
        fake = self.fakers["en_US"]
        ip = fake.ipv4() if self.rng.random() < 0.7 else fake.ipv6()
        t = self.rng.choice(["logins from {i}", "router shows ip {i}", "blocked {i}"])
        self._template(note, t, i=(ip, "ip"))

    def clause_url(self, note: Note) -> None:
        t = self.rng.choice(["sent link {u}", "her shop is {u}", "tracking at {u}"])
        self._template(note, t, u=(self.url(), "url"))

    def clause_iban(self, note: Note) -> None:
        t = self.rng.choice(["refund to IBAN {i}", "iban {i} checked", "bank details {i}"])
        self._template(note, t, i=(self.iban(), "iban"))

    def clause_dob(self, note: Note) -> None:
        cue, date = self.dob()
        t = self.rng.choice(["verified {d}", "checked {d} for security", "{d} on file"])
        self._template(note, t, d=lambda n: n.parts.extend([(cue, ORDINARY), (date, "dob")]))


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _one_word(first: str) -> str:
    return first.split()[0]


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------
# Hand-written notes, one per line (an indented line continues the note above):
# [[kind:text]] marks personal data, [[~:text]] a neutral town.
HAND_NOTES = """
cx [[name:jenny]] rang re her bb being down since tues, reset the router & it came back. happy!
Spoke w/ [[name:Mr Okoro]]'s daughter [[name:Ada]] - she's on the acct as 2nd holder now
refund £23.40 to card ending [[card:4421]], confirmed with [[name:tomasz]] on
    [[phone:07911 123456]]
- escalated [[id:INC0456789]] to tier 2
- [[name:priya]] in back office approved it
amazing feedback from [[name:Mrs Hughes]] today, she asked for my TL's name so she can write in
[[name:Kwabena Asante]] moving house to [[address:27 Lime Grove]], [[~:Reading]]
    [[postcode:RG1 8AB]] on the 14th
customer said engineer never turned up wed 2-6pm slot. rebooked fri am, no charge
[[name:dave]] (colleague) showed me the new macro for the netflix bundle, saves loads of time
new email [[email:k.murphy88@gmail.com]], old one was hacked
chat w [[name:siobhan]] went on for ages but sorted her sky q box in the end
verified [[name:Mr Fernandes]] dob [[dob:04/11/1962]] and pc [[postcode:LS6 2QT]] before
    changing anything
order [[id:112-4456781-2234]] arrived smashed, sent replacement + £5 voucher
Got a lovely msg from [[name:yusuf]] thanking me for sorting his mum's phone
took payment £89.99 on [[card:4929 1234 5678 9012]] - customer insisted on reading it out,
    told him not to next time
[[name:Agnieszka Nowak]] couldnt log in, reset via [[email:a.nowak@wp.pl]], all good
[[name:marcus]] was furious abt the price rise but stayed after the loyalty discount
ip [[ip:81.2.69.160]] flagged for too many logins, unblocked after checks
tracking link [[url:https://track.dpd.co.uk/parcels/15501234567890]] shows delivered but
    [[name:joanne]] never got it
case [[id:CS-448812]] closed, [[name:olu]] happy with the outcome
bank details updated to [[iban:GB33BUKB20201555555555]] for the refund
spoke to [[name:will]] about his bill, he will check with his wife tonight
[[name:Grace]] called in again, 3rd time this week, may need a callback from a supervisor
[[name:mark o'neill]] asked us to mark the order as a gift
the grace period on the payment plan ends in june, told [[name:mrs patel]]
delivered to [[address:Flat 2, 9 Albert Road]] instead of no. 11 :( rebooked with DPD
[[name:Hans Müller]] from [[address:Lindenstraße 12]], [[postcode:10969]] [[~:Berlin]]
    wanted the invoice in German
customer (French) at [[address:14 rue des Lilas]], [[postcode:69003]] [[~:Lyon]] - used
    translate for chat
her son [[name:kieran]] set up the alexa for her, she's 84 bless her
[[name:Dr Aziz]] needed a letter for the insurers re: water damage
new mob [[phone:+44 7700 900461]], landline [[phone:0161 496 0123]]
US customer [[name:brandon]] at [[address:455 Larkin St]], [[~:San Francisco]], CA
    [[postcode:94109]] - shipping delay
loads of calls about the app outage today, approx 40 in my queue
QA gave me 97% on the [[name:fatima]] chat, best score this month!!
[[name:lena]] and [[name:jonas]] (the twins) both on one account, split the bills
tkt [[id:7781023]] - router swap, [[name:mr de souza]] happy
helped an elderly gent, [[name:arthur]], set up online banking, took 50 mins but worth it
[[name:Ngozi]]'s refund approved after 3 wks of back and forth
card [[card:**** **** **** 7788]] expired so updated payment method
customer born [[dob:12 feb 1990]], checked vs file, matches
[[name:sam]] from the night shift left really good notes, made my job easy
emailed [[email:ops-team@northwind-logistics.com]] re: the lost pallet
[[name:kowalski]] family - 3 lines, moved them to the family plan, saves £30/month
gave [[name:hope]] a call back at 3pm as promised, issue fixed
rang [[phone:(415) 555-0134]], no answer, left vm
April bills were doubled for some customers, [[name:rachel]] in billing confirmed the glitch
[[name:Joao]] wanted to pay by bank transfer, gave him our details not his lol
address check: [[address:221B Baker Street]], [[~:London]] [[postcode:NW1 6XE]] - yes really
booking ref [[id:QXKPTZ]] moved to friday
[[name:Aisha]]'s wifi keeps dropping, booked engineer for thurs 8-12
chatted to [[name:bernadette]] about her late husbands account, bereavement team took over
[[name:mr van der berg]] from [[~:Utrecht]] rang re. roaming charges in Spain
postcode [[postcode:M1 1AE]] has fibre now, upsold to 500mb
[[name:Chen Wei]] asked for paper bills, added the £2 fee waiver
recieved a complaint from [[name:Gareth]] abt the hold music lol, passed to marketing
helped [[name:anna-maria]] with her kindle, she had the wrong amazon account
[[name:Rhys]] (new starter) sat in on my calls all morning
customer number [[id:55014432]], verified by security q
[[name:sandra]] said the parcel was left in the rain, refund approved
TL [[name:Marek]] signed off the £150 goodwill, cust v happy. Nest cam replaced under warranty
fyi: [[name:ifeoma]]'s number changed to [[phone:07456 332190]], updated on the system
[[name:Tobias Schmidt]] (german speaker) - used the language line, took 40 mins inc. hold
Cx said her neighbour [[name:Bev]] signed for it at no. 12, told her to knock round
contract ends Sept, offered retention deal 20% off for 12 months, declined for now
3 chats at once during the Vodafone outage, kept CSAT at 92% somehow
[[name:Giuseppe]] from [[~:Napoli]] rang re roaming in Italy, explained the EU cap
reset 2FA for [[name:mrs o'leary]], she'd changed phones and lost the authenticator app
""".strip()


def parse_hand(line: str) -> Note:
    note = Note()
    pos = 0
    for m in re.finditer(r"\[\[(\w+|~):(.+?)\]\]", line):
        if m.start() > pos:
            note.parts.append((line[pos : m.start()], ORDINARY))
        kind, value = m.group(1), m.group(2)
        if kind == "name" and value.split()[0].lower() in ("mr", "mrs", "ms", "dr", "miss"):
            title, value = value.split(" ", 1)
            note.parts.append((title + " ", ORDINARY))
        note.parts.append((value, kind if kind != "~" else NEUTRAL))
        if kind == "name":
            note.name_sources.append("hand")
        pos = m.end()
    note.parts.append((line[pos:], ORDINARY))
    return note


# --------------------------------------------------------------------------------------
# Scoring.


def replaced_regions(text: str, out: str, findings: tuple) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    """Where in `text` each finding was, recovered from the public result only."""
    regions, pos_in, pos_out = [], 0, 0
    for f in findings:
        idx = out.index(f.placeholder, pos_out)
        start = pos_in + (idx - pos_out)
        assert text[start : start + len(f.original)] == f.original, (text, f)
        regions.append((start, start + len(f.original)))
        pos_in = start + len(f.original)
        pos_out = idx + len(f.placeholder)
    return regions


@dataclass
class Score:
    found: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    words: int = 0
    removed: int = 0
    removed_words: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    over_examples: list[tuple[str, str]] = field(default_factory=list)
    unlisted_found: int = 0
    unlisted_total: int = 0
    elapsed: float = 0.0
    notes: int = 0
    clean_total: int = 0
    clean_unchanged: int = 0
    lower_found: int = 0
    lower_total: int = 0

    def add(self, note: Note, regions: list[tuple[int, int]], listed: frozenset[str]) -> None:
        text = note.text()
        if all(label in (ORDINARY, NEUTRAL) for _, label in note.parts):
            self.clean_total += 1
            self.clean_unchanged += not regions
        covered = bytearray(len(text))
        for s, e in regions:
            covered[s:e] = b"\x01" * (e - s)
        for s, e, label in note.spans():
            if label == NEUTRAL:
                continue
            if label == ORDINARY:
                for w in WORD_RE.finditer(text[s:e]):
                    self.words += 1
                    if any(covered[s + w.start() : s + w.end()]):
                        self.removed += 1
                        self.removed_words[w.group(0).lower()] += 1
                        self.over_examples.append((w.group(0), text))
                continue
            # Found when every letter and digit of it was replaced: the "#" of "order
            # #123" or the comma of "BAKER, Rose" left in the text tell nothing.
            ok = all(covered[j] for j in range(s, e) if text[j].isalnum())
            self.total[label] += 1
            self.found[label] += ok
            if not ok:
                self.misses.append((label, text[s:e], text))
            if label == "name" and text[s:e].islower():
                self.lower_total += 1
                self.lower_found += ok
            if label == "name":
                unlisted = any(_fold(w) not in listed for w in re.findall(r"[^\W\d_]+", text[s:e]))
                if unlisted:
                    self.unlisted_total += 1
                    self.unlisted_found += ok

    def recall(self, kind: str | None = None) -> float:
        if kind is None:
            total = sum(self.total.values())
            return sum(self.found.values()) / total if total else 1.0
        return self.found[kind] / self.total[kind] if self.total[kind] else 1.0

    def over(self) -> float:
        return self.removed / self.words if self.words else 0.0

    def rate(self) -> float:
        return self.notes / self.elapsed if self.elapsed else 0.0


def _fold(word: str) -> str:
    return _ascii(word.casefold()).replace("\u2019", "'")


def shipped_names() -> frozenset[str]:
    data = ROOT / "src" / "carecli" / "data"
    names: set[str] = set()
    for name in ("first_names.txt", "surnames.txt"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                names.add(_fold(line))
    return frozenset(names)


def hand_names() -> frozenset[str]:
    """The generated set's hand-written names: the held-out set must not use them."""
    return frozenset(_fold(w) for w in [*HAND_FIRST, *HAND_LAST])


def evaluate(notes: list[Note], listed: frozenset[str]) -> Score:
    score = Score()
    scrub("warm-up call: loads the word lists")
    texts = [n.text() for n in notes]
    # Best of three passes: the machine may be busy with other work.
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        results = [scrub(t) for t in texts]
        timings.append(time.perf_counter() - start)
    score.elapsed = min(timings)
    score.notes = len(notes)
    for note, text, result in zip(notes, texts, results, strict=True):
        score.add(note, replaced_regions(text, result.text, result.findings), listed)
    return score


def report(
    title: str, score: Score, notes: list[Note], show_misses: int, *, blind: bool = False
) -> None:
    """Print a set's figures; a blind set's figures only (no words, misses or notes)."""
    print(
        f"\n== {title}: {len(notes)} notes, {sum(score.total.values())} labelled spans, "
        f"{score.words} ordinary words"
    )
    for kind in KINDS:
        if score.total[kind]:
            found, total = score.found[kind], score.total[kind]
            print(f"  recall {kind:<9} {score.recall(kind):6.3f}  ({found}/{total})")
    print(f"  recall overall   {score.recall():6.3f}")
    print(f"  names recall     {score.recall('name'):6.3f}")
    if score.unlisted_total:
        unlisted = score.unlisted_found / score.unlisted_total
        print(
            f"  names with a word not in the shipped lists: {score.unlisted_total}/"
            f"{score.total['name']}, recall on them {unlisted:.3f}"
        )
    sources = Counter(s for n in notes for s in n.name_sources)
    if sources:
        print("  name sources     " + ", ".join(f"{k} {v}" for k, v in sorted(sources.items())))
    if score.lower_total:
        print(
            f"  names in lower case: {score.lower_total}, recall on them "
            f"{score.lower_found / score.lower_total:.3f}"
        )
    if score.clean_total:
        print(
            f"  notes with no personal data left unchanged: {score.clean_unchanged}/"
            f"{score.clean_total} = {score.clean_unchanged / score.clean_total:.3f}"
        )
    print(f"  over-scrubbing   {score.over():6.4f}  ({score.removed}/{score.words} ordinary words)")
    if score.removed_words and not blind:
        print(
            "  most removed     "
            + ", ".join(f"{w} {c}" for w, c in score.removed_words.most_common(12))
        )
    print(f"  speed            {score.rate():,.0f} entries/s")
    if blind:
        return
    for label, value, text in score.misses[:show_misses]:
        print(f"  MISS {label}: {value!r} in {text!r}")
    for word, text in score.over_examples[:show_misses]:
        print(f"  OVER {word!r} in {text!r}")


def other_sets() -> list[tuple[str, Callable[[frozenset[str]], list[Note]], bool]]:
    """Sets written by helpers who saw neither the scrubber nor its lists: (name, notes,
    blind). D to AE were each scored blind, then their misses were read to improve the
    scrubber (E from the start, D, F and G from the next round on, H to K from the round
    after, then L to O, P to S, T to W, X to AA, AB to AE and AF to AL): they are development sets
    now. A blind set (AM to AP) is scored here only as figures (no misses, no words), so
    that no rule is tuned on it."""
    import scrub_blind_aa  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ab  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ac  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ad  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ae  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_af  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ag  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ah  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ai  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_aj  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ak  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_al  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_am  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_an  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ao  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_ap  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_d  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_e  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_f  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_g  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_h  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_i  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_j  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_k  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_l  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_m  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_n  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_o  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_p  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_q  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_r  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_s  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_t  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_u  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_v  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_w  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_x  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_y  # type: ignore[import-not-found,unused-ignore]
    import scrub_blind_z  # type: ignore[import-not-found,unused-ignore]

    def wrap(module: Any) -> Callable[[frozenset[str]], list[Note]]:
        def notes_of(listed: frozenset[str]) -> list[Note]:
            out = []
            labels = set(getattr(module, "LABELS", ()))
            for parts in module.blind_notes(listed):
                # One helper wrote (label, text) pairs (AF): read them as (text, label).
                if all(first in labels for first, _second in parts):
                    parts = [(text, label) for label, text in parts]
                note = Note(parts=list(parts))
                note.name_sources = ["helper" for _, label in parts if label == "name"]
                out.append(note)
            return out

        return notes_of

    return [
        ("E", wrap(scrub_blind_e), False),
        ("D", wrap(scrub_blind_d), False),
        ("F", wrap(scrub_blind_f), False),
        ("G", wrap(scrub_blind_g), False),
        ("H", wrap(scrub_blind_h), False),
        ("I", wrap(scrub_blind_i), False),
        ("J", wrap(scrub_blind_j), False),
        ("K", wrap(scrub_blind_k), False),
        ("L", wrap(scrub_blind_l), False),
        ("M", wrap(scrub_blind_m), False),
        ("N", wrap(scrub_blind_n), False),
        ("O", wrap(scrub_blind_o), False),
        ("P", wrap(scrub_blind_p), False),
        ("Q", wrap(scrub_blind_q), False),
        ("R", wrap(scrub_blind_r), False),
        ("S", wrap(scrub_blind_s), False),
        ("T", wrap(scrub_blind_t), False),
        ("U", wrap(scrub_blind_u), False),
        ("V", wrap(scrub_blind_v), False),
        ("W", wrap(scrub_blind_w), False),
        ("X", wrap(scrub_blind_x), False),
        ("Y", wrap(scrub_blind_y), False),
        ("Z", wrap(scrub_blind_z), False),
        ("AA", wrap(scrub_blind_aa), False),
        ("AB", wrap(scrub_blind_ab), False),
        ("AC", wrap(scrub_blind_ac), False),
        ("AD", wrap(scrub_blind_ad), False),
        ("AE", wrap(scrub_blind_ae), False),
        ("AH", wrap(scrub_blind_ah), False),
        ("AF", wrap(scrub_blind_af), False),
        ("AG", wrap(scrub_blind_ag), False),
        ("AK", wrap(scrub_blind_ak), False),
        ("AJ", wrap(scrub_blind_aj), False),
        ("AL", wrap(scrub_blind_al), False),
        ("AI", wrap(scrub_blind_ai), False),
        ("AP", wrap(scrub_blind_ap), True),
        ("AO", wrap(scrub_blind_ao), True),
        ("AM", wrap(scrub_blind_am), True),
        ("AN", wrap(scrub_blind_an), True),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2400)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--held-out", type=int, default=1200, help="notes per held-out half")
    parser.add_argument("--write", type=Path, help="also write the generated set as JSONL")
    parser.add_argument(
        "--sets",
        default="",
        help="which sets to score, comma-separated, e.g. generated,hand,A,X (default: all)",
    )
    args = parser.parse_args()

    every = ["generated", "hand", "A", "B", "C", *(name for name, _n, _b in other_sets())]
    wanted = set(args.sets.split(",")) if args.sets else set(every)
    listed = shipped_names()
    gen = Generator(args.seed)
    notes = [gen.note() for _ in range(args.notes)]
    if args.write:
        import json

        with args.write.open("w", encoding="utf-8") as fh:
            for n in notes:
                fh.write(
                    json.dumps({"text": n.text(), "spans": n.spans()}, ensure_ascii=False) + "\n"
                )
    score = evaluate(notes, listed)
    if "generated" in wanted:
        report("generated set", score, notes, args.show_misses)
    if "hand" in wanted:
        hand = [parse_hand(line) for line in re.sub(r"\n\s+", " ", HAND_NOTES).splitlines()]
        report("hand-written set", evaluate(hand, listed), hand, args.show_misses)
    from scrub_heldout import held_out_notes  # imports this module: not at the top

    for half in ("A", "B", "C"):
        if half in wanted:
            held = held_out_notes(half, args.held_out, listed | hand_names())
            report(f"held-out set {half}", evaluate(held, listed), held, args.show_misses)
    for name, notes_of, blind in other_sets():
        if name in wanted:
            other = notes_of(listed)
            title = f"{'blind' if blind else 'held-out'} set {name}"
            report(title, evaluate(other, listed), other, args.show_misses, blind=blind)

    failures = []
    if score.recall() < TARGETS["recall"]:
        failures.append(f"overall recall {score.recall():.3f} < {TARGETS['recall']}")
    if score.recall("name") < TARGETS["names"]:
        failures.append(f"names recall {score.recall('name'):.3f} < {TARGETS['names']}")
    if score.over() > TARGETS["over"]:
        failures.append(f"over-scrubbing {score.over():.4f} > {TARGETS['over']}")
    if score.rate() < TARGETS["rate"]:
        failures.append(f"speed {score.rate():.0f}/s < {TARGETS['rate']:.0f}/s")
    print()
    if failures:
        print("BELOW TARGET (generated set): " + "; ".join(failures))
        return 1
    print("generated set meets all targets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
