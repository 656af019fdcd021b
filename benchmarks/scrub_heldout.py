"""A held-out evaluation set for carecli.scrub, written apart from the generator.

Nothing here comes from scrub_eval.Generator, from Faker or from the shipped word lists:
the names, the note templates, the brands, places and teams were written fresh for this
file (names that happen to be in data/first_names.txt or data/surnames.txt, or in the
generated set's hand lists, are dropped when the set is built, so every name is unlisted).

The set comes in three parts held out from each other, each with its own name family
and its own templates:
  A: Welsh, Icelandic, East African, Pacific and Maori names; templates A.
  B: Vietnamese, Korean, Ukrainian, Thai, Cantonese, Filipino names; templates B.
  C: Hungarian, Turkish, Yoruba, Igbo, Hawaiian, Basque, Georgian, Mongolian, Amharic
     and Tamil names; templates, brands, places and teams of its own. Written after the
     name rules and model were tuned on A's and B's misses, and never looked at since
     (scrub_eval.py does not print its misses): the blind part.
The scrubber is not trained on either, so "both directions" means each half is scored on
its own; a future name model trained on one half must be scored on the other.

Per half: at least 25% of notes all in lower case, CRM forms ("BAKER, Rose"), chat
shorthand and typos, and at least 20% notes with no personal data at all but with
capitalised brands, places and teams (labelled ordinary: they must be kept).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from scrub_eval import ORDINARY, Note


def _words(text: str) -> list[str]:
    return text.split()


# ------------------------------------------------------------------ names, by family
FIRST_A = _words("""eluned gwenllian angharad rhiannon bronwen ffion carys dyfed iestyn rhodri
macsen taliesin sigrun sigridur gudrun thorunn hrafnhildur bjarkey thorvaldur gunnar
haukur einar kjartan sindri wambui njeri nyokabi wairimu muthoni kiprop kipchoge
cheruiyot jepkosgei akinyi adhiambo baraka neema zawadi imani sefa tavita losana
mele siosaia iosefa salote ana-lisi viliami tevita hemi rangi ngaio kahurangi tui
mereana rawiri""")
LAST_A = _words("""llewelyn pryderi gruffydd pritchard bowen-jones ap-rhys thorsdottir
gunnarsson sigurdardottir hallgrimsson magnusdottir olafsdottir wafula kiplagat
chepkoech onyango omondi muriuki njoroge gitau tuilaepa faleolo vainikolo taufa
fifita havili tupou kereama tawhiri pomare te-whata rangihau""")
FIRST_B = _words("""thanh-hai phuong quynh duc-anh bao-ngoc khanh nguyet trung-kien jiwoo
minji seo-jun ha-eun doyun yeji taeyang sunhee oleksandra mykola yaroslava bohdana
vasyl svitlana nazar solomiia taras-ivan somchai siriporn kanokwan nattapong
wanchai ploy kittisak chayanin wing-yan ka-ming siu-lun hoi-yee chun-kit mei-ling
maricel rodelio jericho arvin liezel""")
LAST_B = _words("""truong dinh vo-thi huynh duong ly-thi jeon hwang-bo seong yoon-seo baek
tkachenko hrytsenko bondarchuk melnychuk zhuravel kravets sukhumvit wongsakul
chaiyaporn srisuk thammasat leung-wai cheung-ka yeung tsang-hoi dimaculangan
macapagal pangilinan bautista-ong""")

# Half C was written after the name rules and the model had been tuned on A and B's
# misses, and has not been looked at since: Hungarian, Turkish, Yoruba and Igbo, Hawaiian,
# Basque, Georgian, Mongolian, Amharic and Tamil names, its own templates, brands,
# places and teams. It is the blind half; A and B are held out from the lists and the
# model, but their misses were read while the rules were written.
FIRST_C = _words("""zsofia boglarka csenge levente botond gergely emese szabolcs ilkay
tugba berkay yagmur emirhan sevval oguzhan ebru adebayo olumide yetunde folasade
chinonso ikenna ngozi chiamaka kekoa leilani makana noelani kaimana iker amaia
unai itziar garazi aitor nino tamuna levani giorgi ketevan bolormaa batbayar
enkhjin temuulen selam tesfaye meseret abebe yonas kavitha senthil murugan
tamilselvi aravind""")
LAST_C = _words("""horvath nagy-kovacs szekely farkas yildirim ozturk karakaya celik
sahin okonkwo adeyemi nwachukwu olawale eze kahananui kealoha akana etxeberria
goikoetxea aranburu zubizarreta beridze kapanadze lomidze gelashvili ganbaatar
batsaikhan dorjsuren tesfaye-haile gebremariam wolde ramasamy sundaram
thirunavukkarasu""")
BRANDS_C = """Fitbit Charge|Kindle Paperwhite|Vodafone SIM|Argos order|Currys delivery|
Octopus tariff|Deliveroo|Booking.com|Airbnb|PlayStation 5|Xbox controller|Nest hub|
Eufy camera|Tefal pan|Breville kettle|Shark vacuum|Virgin router|Sky Q box|Freeview|
Ocado order|Klarna|PayPal|Trainline ticket|Ryanair|easyJet""".replace("\n", "").split("|")
PLACES_C = """Debrecen|Izmir|Ibadan|Hilo|San Sebastián|Tbilisi|Ulaanbaatar|Addis Ababa|
Madurai|Szeged|Bursa|Enugu|Kona|Vitoria|Batumi|Coimbatore|Nottingham|Derby|Stoke|
Hungary|Turkey|Nigeria|Georgia|Mongolia|Ethiopia""".replace("\n", "").split("|")
TEAMS_C = """Priority Care|Tier 1|Loyalty|Order Desk|Vulnerable Customers Team|
Team Osprey|the Heron pod|Disputes|Credit Control|Weekend Cover""".replace("\n", "").split("|")

# ------------------------------------------------------------------ things to keep
BRANDS = """Nintendo Switch|Peloton bike|Dyson V15|Roku stick|Sonos speaker|Ring doorbell|
Tesco Clubcard|Sainsbury's|Uber Eats|Just Eat|Hive thermostat|Tado|Bose headphones|
Garmin watch|Kobo reader|Ninja air fryer|Nespresso machine|Samsung fridge|Lenovo laptop|
Steam Deck|Oculus headset|Revolut|Monzo|Starling|Vinted|Depop|Shein|Zalando|Lidl|
Philips Hue|Bosch dishwasher|Miele washer|Canon printer|Epson printer|Logitech mouse|
Asus router|Huawei phone|Xiaomi scooter|Lime scooter|Bolt|Wise transfer""".replace("\n", "").split(
    "|"
)
PLACES = """Gdansk|Tampere|Aarhus|Bydgoszcz|Tartu|Kraków|Wroclaw|Leipzig|Eindhoven|
Rotterdam|Porto|Bilbao|Lyon|Marseille|Turin|Bologna|Ghent|Antwerp|Lausanne|Graz|
Gothenburg|Malmö|Bergen|Odense|Cork|Galway|Limerick|Swansea|Aberdeen|Dundee|
Inverness|Norwich|Leicester|Coventry|Sheffield|Plymouth|Toronto|Calgary|Winnipeg|
Auckland|Wellington|Brisbane|Adelaide|Perth|Osaka|Nagoya|Busan|Hanoi|Da Nang|Manila|
Cebu|Bangkok|Chiang Mai|Kyiv|Lviv|Kharkiv|Nairobi|Mombasa|Kampala|Lagos|Accra|
Pune|Chennai|Hyderabad|São Paulo|Curitiba|Monterrey|Denver|Tucson|Omaha|Spain|
Portugal|Norway|Poland|Ukraine|Vietnam|Kenya|Iceland|Wales|Thailand|Korea""".replace(
    "\n", ""
).split("|")
TEAMS = """Billing Ops|Tier 2|Tier 3|Retentions|Back Office|Complaints|Escalations Desk|
Fraud Team|Tech Support|Collections|Onboarding|Returns Hub|Payments Ops|WFM|Resourcing|
Quality|Team Kestrel|the Falcon pod|Night Shift|Social Care|Live Chat|Field Ops""".replace(
    "\n", ""
).split("|")
JARGON = """AHT|FCR|CSAT|NPS|QA|SLA|KPI|ACW|IVR|CRM|WFH|OOO|ETA|RMA|TL|cx|ppl|b4|thx|
pls|msg|asap|tbh|imo|fyi|w/e|appt|acc|smth|rn|ngl|cba|tmrw|wk|yday""".replace("\n", "").split("|")


# ------------------------------------------------------------------ values of other kinds
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dob(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1935, 2005)
    months = _words("jan feb mar apr may jun jul aug sep oct nov dec")
    full = _words("""January February March April May June July August September October
    November December""")
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    forms = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}.{m}.{y}",
        f"{d}-{m:02d}-{y}",
        f"{d} {months[m - 1]} {y % 100:02d}",
        f"{d} {months[m - 1]} {y}",
        f"{d}{suffix} {full[m - 1]} {y}",
        f"{full[m - 1]} {d}, {y}",
        f"{d}{suffix} of {full[m - 1].lower()} {y}",
    ]
    return rng.choice(forms)


DOB_CUES = ["dob", "DOB:", "d.o.b.", "D.O.B", "born", "date of birth", "dob -", "b.day", "DoB"]


def _postcode(rng: random.Random) -> tuple[str, str]:
    """(cue or empty, postcode[, place after]): the parts before, the value, after."""
    up = rng.choice("ABDEFGHJLMNPRSTWY")
    d = lambda n: _digits(rng, n)  # noqa: E731
    forms: list[tuple[str, str]] = [
        ("postcode ", f"{up}{rng.randint(1, 20)} {d(1)}{rng.choice('ABDEHJLNPQRSTUWXYZ')}Z"),
        (
            "eircode ",
            f"{rng.choice('DTVHK')}{d(2)} {rng.choice('AEFHKNPRTVWXY')}{d(1)}"
            f"{rng.choice('AEFHKNPRTVWXY')}{d(1)}".lower(),
        ),
        ("zip ", f"{d(5)}-{d(4)}"),
        (
            "postal code ",
            f"{rng.choice('KLMT')}{d(1)}{rng.choice('ABCEGH')} {d(1)}{rng.choice('ABCEGH')}{d(1)}",
        ),
        ("postcode ", f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'KL', 'TR', 'GH'])}"),
        ("plz ", d(5)),
        ("code postal ", d(5)),
        ("cp ", d(5)),
        ("cap ", d(5)),
        ("kod ", f"{d(2)}-{d(3)}"),
        ("codigo postal ", f"{rng.randint(1000, 9999)}-{d(3)}"),
        ("postnummer ", f"{rng.randint(100, 999)} {d(2)}"),
        ("postcode ", str(rng.randint(2000, 7999))),
        ("post code ", str(rng.randint(1000, 9999))),
        ("postnr ", str(rng.randint(1000, 9999))),
        ("PLZ ", str(rng.randint(1000, 9999))),
        ("zip code ", f"{rng.randint(100, 999)}-{d(4)}"),
        ("CEP ", f"{d(5)}-{d(3)}"),
        ("PIN ", f"{rng.randint(1, 8)}{d(5)}"),
        ("pin code ", f"{rng.randint(1, 8)}{d(5)}"),
    ]
    return rng.choice(forms)


def _address(rng: random.Random) -> str:
    street = rng.choice(
        _words("""elm ash birch rowan hazel station mill chapel kings queens church school
        bridge castle market north south west orchard beech vicarage""")
    )
    kind = rng.choice(_words("gr rd st ave ln cres cl dr tce pl gdns ct sq"))
    num = f"{rng.randint(1, 199)}{rng.choice(['', '', '', 'a', 'b'])}"
    forms = [
        f"{num} {street} {kind}",
        f"flat {rng.randint(1, 30)}, {num} {street} {kind}",
        f"{num} {street} {kind}.",
        f"apt {rng.randint(1, 30)} {num} {street} {kind}",
        f"{num} {street.title()} {kind.title()}",
    ]
    return rng.choice(forms).rstrip(".")


# ------------------------------------------------------------------ templates
# Slots: {name} given or full name, {crm} "SURNAME, Given", {dob} cue + date,
# {pc} cue + postcode, {addr} street address, {phone} {email} {id} {card};
# {brand} {place} {team} {jargon} are ordinary words that must stay.
TEMPLATES_A = """cust {name} rang abt her {brand}, wouldnt turn on, talked her thru a reset
{crm} - verified {dob}, {pc}, all matched
moved {name} to new address {addr}, {pc}
{name} from {place} says the {brand} keeps dropping wifi, sent to {team}
account holder {crm} called re bill, {jargon} was high today tbh
pls call back {name} on {phone} b4 5pm, she's off to {place} tmrw
new email for {name}: {email}, old one bounced
{name} disputed charge on card ending {card}, raised {id} with {team}
delivery to {addr} failed twice, cx {name} v annoyed
checked {dob} with {name} b4 changing the acct
customer {name} ({crm} on the system) wants paper bills, added note
{name} thx'd me for sorting the {brand} refund, {jargon} ok
cx at {addr} {pc} reported outage, {id} logged
spoke to {name} re {brand} warranty, escalated to {team}
{name} rang from {place}, {pc}, wants installer visit
rec'd complaint from {name} about {team}, passed to TL
{crm}, {dob}, {addr}, {pc} - id&v passed""".splitlines()
TEMPLATES_B = """{name} msg'd on live chat, {brand} not pairing, fixed in 10 mins
verified {crm} w/ {dob} and {pc}
{name} is moving to {addr}, {pc} from next wk
caller {name} says parcel went to {place} depot instead, {team} chasing
CRM shows {crm}, tel {phone}, asked to update to {email}
cust {name} upset, {brand} refund still pending after 3 wks, raised {id}
{name} needs engineer at {addr}, appt booked
id check: {dob}, {pc}. then {name} asked about {brand} deals
transferred {name} to {team}, {jargon} hit but worth it
{name}'s card ending {card} declined, advised to call bank
gave {name} a call on {phone}, no answer, left vm
{crm} - {addr}, {pc}, vulnerable flag added
{name} and her son rang re {brand}, sorted b4 end of call
thanks to {name} in {team} for the quick fix
{name} in {place} wants to cancel, offered 3 months half price
{crm} dob {dob_bare} pc {pc_bare}
letter returned from {addr} - {name} no longer lives there""".splitlines()
CLEAN_A = """{brand} stock back in the {place} warehouse, told cx to reorder
{team} say the {brand} firmware fix lands next wk
queue was mental, {jargon} way over target, {team} helped out
customer from {place} asked if {brand} ships to {place2}
{brand} and {brand2} both down this morning, {team} aware
moved 12 tickets to {team}, {jargon} should recover by 3pm
{place} hub closed for stocktake, orders rerouted via {place2}
ppl keep asking abt {brand} prices, added a macro
{team} meeting moved to thurs, {jargon} review b4 that
refunded 2 x {brand} orders, both to {place}""".splitlines()
CLEAN_B = """{brand} outage in {place} sorted by {team}
thx {team} for covering lunch, {jargon} looking good
parcel for {brand} stuck at {place} customs, ETA fri
cx from {place} wanted {brand} in blue, none left
{team} handover: 4 open cases, {jargon} flagged
{brand} promo ends sunday, {place} store has stock
weekly {jargon} review with {team}, all green
{brand} driver left it in {place} depot again lol
{place} and {place2} stores both short on {brand}
new macro for {brand} returns, {team} signed it off""".splitlines()


TEMPLATES_C = """rang {name} back abt the {brand}, all sorted now
{name} said her {brand} never arrived, chased with {team}
left a voicemail for {name} on {phone}, will try again after 2
sec check done for {crm}: {dob}, {pc}
{name} emailed from {email} asking for a copy of the bill
new address for {name}: {addr}, {pc}, updated both accts
{name}'s husband called on her behalf, no authority on file so couldnt discuss
took payment from {name}, card ending {card}, ref {id}
{crm} wants to close the acct, passed to {team}
{name} moved from {place} last month, {addr} now
had {name} on the line for 40 mins re {brand}, finally working
cust {name} asked for a manager, {jargon} blown but she was lovely in the end
{name} and {name2} share the acct, both verified with {dob}
please ring {name} after 6 on {phone}, works days
{name} (dob {dob_bare}) confirmed {addr}
escalated {name}'s complaint to {team}, {id}
{name} thanked {team} for the quick turnaround""".splitlines()
CLEAN_C = """{brand} app down in {place}, {team} investigating
{team} covering the {jargon} backlog till friday
two {brand} refunds stuck, raised with {team}
customer in {place} asked when {brand} comes to {place2}
{brand} and {brand2} promos clash this week, checked with {team}
{place} branch closed early, calls routed to {team}
lots of {brand} questions today, {jargon} up
{team} shared a new macro for {brand} delays
{jargon} target hit thanks to {team}
{brand} courier missed {place} again""".splitlines()
HALVES = {
    "A": (FIRST_A, LAST_A, TEMPLATES_A, CLEAN_A, None),
    "B": (FIRST_B, LAST_B, TEMPLATES_B, CLEAN_B, None),
    "C": (FIRST_C, LAST_C, TEMPLATES_C, CLEAN_C, (BRANDS_C, PLACES_C, TEAMS_C)),
}


class HeldOut:
    """Builds one half of the held-out set from its own names and templates."""

    def __init__(self, half: str, seed: int, listed: frozenset[str]) -> None:
        self.rng = random.Random(seed)
        first, last, self.templates, self.clean, keep = HALVES[half]
        unlisted = lambda ws: [w for w in ws if all(p not in listed for p in re.split(r"[-\s]", w))]  # noqa: E731
        self.first, self.last = unlisted(first), unlisted(last)
        self.brands, self.places, self.teams = keep or (BRANDS, PLACES, TEAMS)

    def _name(self) -> str:
        given = self.rng.choice(self.first)
        cap = lambda w: "-".join(p.title() for p in w.split("-"))  # noqa: E731
        if self.rng.random() < 0.4:
            return f"{cap(given)} {cap(self.rng.choice(self.last))}"
        return cap(given)

    def _crm(self) -> str:
        last = self.rng.choice(self.last).upper()
        given = self.rng.choice(self.first)
        return f"{last}, {given.title()}"

    def _slot(self, slot: str) -> tuple[str, str]:
        rng = self.rng
        simple: dict[str, Callable[[], tuple[str, str]]] = {
            "name": lambda: (self._name(), "name"),
            "name2": lambda: (self._name(), "name"),
            "crm": lambda: (self._crm(), "name"),
            "addr": lambda: (_address(rng), "address"),
            "phone": lambda: (rng.choice(["07", "+44 7", "0"]) + _digits(rng, 3) + " "
                              + _digits(rng, 6), "phone"),
            "email": lambda: (f"{rng.choice(self.first)}.{_digits(rng, 2)}@"
                              f"{rng.choice(['gmail.com', 'proton.me', 'yahoo.com'])}", "email"),
            "id": lambda: (f"case {rng.choice(['CX', 'INC', 'SR'])}{_digits(rng, 6)}", "id"),
            "card": lambda: (_digits(rng, 4), "card"),
            "dob_bare": lambda: (_dob(rng), "dob"),
            "pc_bare": lambda: (_postcode(rng)[1], "postcode"),
            "brand": lambda: (rng.choice(self.brands), ORDINARY),
            "brand2": lambda: (rng.choice(self.brands), ORDINARY),
            "place": lambda: (rng.choice(self.places), ORDINARY),
            "place2": lambda: (rng.choice(self.places), ORDINARY),
            "team": lambda: (rng.choice(self.teams), ORDINARY),
            "jargon": lambda: (rng.choice(JARGON), ORDINARY),
        }  # fmt: skip
        return simple[slot]()

    def note(self, clean: bool, lower: bool) -> Note:
        rng = self.rng
        template = rng.choice(self.clean if clean else self.templates)
        note = Note()
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            if m.start() > pos:
                note.parts.append((_typos(rng, template[pos : m.start()]), ORDINARY))
            slot = m.group(1)
            if slot == "dob":
                note.parts.append((rng.choice(DOB_CUES) + " ", ORDINARY))
                note.parts.append((_dob(rng), "dob"))
            elif slot == "pc":
                cue, value = _postcode(rng)
                note.parts.append((cue, ORDINARY))
                note.parts.append((value, "postcode"))
            else:
                value, label = self._slot(slot)
                if slot == "id":
                    note.parts.append((value[:5], ORDINARY))
                    value = value[5:]
                note.parts.append((value, label))
                if label == "name":
                    note.name_sources.append("held-out")
            pos = m.end()
        note.parts.append((_typos(rng, template[pos:]), ORDINARY))
        if lower:
            note.lower()
        return note


def _typos(rng: random.Random, text: str) -> str:
    """Swap two letters in about one ordinary word in twenty-five ("recieved")."""
    out = []
    for word in re.split(r"(\s+)", text):
        if len(word) >= 5 and word.isalpha() and rng.random() < 0.04:
            i = rng.randrange(1, len(word) - 2)
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        out.append(word)
    return "".join(out)


def held_out_notes(half: str, count: int, listed: frozenset[str], seed: int = 7177) -> list[Note]:
    """`count` notes of half "A" or "B": a quarter free of personal data (never lowered,
    so their brands, places and teams stay capitalised), 30% all in lower case."""
    gen = HeldOut(half, seed + "ABC".index(half), listed)
    return [gen.note(clean=i % 4 == 0, lower=i % 4 != 0 and i % 10 < 4) for i in range(count)]
