"""What the scrubber keeps: brands, places, teams, jargon, flights, business numbers.

Each case is a note with no personal data; the scrubber must give it back unchanged.
The examples are written for these tests (the evaluation sets in benchmarks/ are not
copied here), one per rule, in the places the rule is meant for.
"""

from __future__ import annotations

import pytest

from carecli.scrub import scrub


@pytest.mark.parametrize(
    "text",
    [
        # brands, in no English list (data/brands.txt), and a brand's own 's
        "rebooked on Qantas after the delay, meal voucher given",
        "Videotron bill had roaming charges, credited them",
        "the Domino's order was late, refunded",
        "customer wanted the Servus e-transfer resent",
        "asking for Jetstar receipts, sent them",
        "sent cx the aircanada.com/refunds link",
        "the Freeview box lost its channels after the retune",
        # amounts with dots between thousands, or the sign after them; free numbers
        "retention offer vnd 14.773.000 off, stayed",
        "waived 2.740.000 dram fee as goodwill",
        "voucher 35.50 € issued, sale closed",
        "ring the free line 0808 157 0192 for help",
        # a company before its nouns: air, points, pass
        "pax needs wheelchair, Kelvara Air aware, WCHC added",
        "cx asked about Tovuni points expiry, extended to Dec 9",
        # models after a brand (a product line between), articles, measures
        "Samsung 55Q60C bundle sold, 24 months",
        "login loop on Netgear Nighthawk RAX50 fixed by clearing cache, KBA1832 updated",
        "sso issue for a 40-seat customer sorted, 30-day trial added",
        # shorthand with its vowels left out, and a vowel left out of a long word
        "cust wnts to port to postpaid, msg snt, done",
        "wifi chnnel changed, speed back to normal",
        # "via" after a number is no street; a listed name after "the" is a word
        "goodwill gesture 43k, approval via Claims Intake on Monday",
        "waived the late fee on the eco night plan, renewal confirmed",
        # what is said of a customer between the cue and the verb stays
        "cust very happy said thanks",
        "customer service team said no, escalated",
        "cust bill payment failed twice, fixed",
        # queues and settings joined by underscores, and "user" as a word
        "escalated to queue NL_BILL_TECH, fixed same day",
        "error_code 7 cleared after reboot, wifi_5g back on",
        "user 2 of 3 done, the user said thanks",
        # a brand's spelling: a capital inside a word, where no name has one
        "moved to the GreenPower tariff, cheaper now",
        "ShopRight voucher sent, all good",
        "iCloud storage plan sorted after the upgrade",
        # places: other spellings, towns in context, places beside places, regions
        "stock back in the Ulaanbaatar warehouse",
        "caller from Tasmania got the hardship pause",
        "Adelaide and Kampala stores both short on stock",
        "a home in Sunshine had hail damage, claim approved",
        "caller in Wagga Wagga got the refund",
        "orders rerouted via Da Nang while the hub is shut",
        # teams, jargon, shorthand, rarer words
        "Merchant Support sorted the dispute for a caller",
        "3 pax rebooked, PNR reissued, poa on file",
        "one sec, grabbing a cuppa before the next call",
        "zero escalations today, branch side all fine",
        "payout unfrozen, rebooking team happy",
        "t-mobile roaming pack added",
        # flights, routes, ranks, times, free-phone lines
        "flight AC 2135 delayed, rebooked on QF1026",
        "AKL-ZQN delayed 3h, meal voucher given",
        "retention win #1 of the day",
        "install booked for 12ish",
        "told the caller to ring the bank on 1800 120 838",
        "fraud line is 1-877-456-3450, passed it on",
        "call 0800 123 4567 for the free helpline",
        # addresses' neighbours that are no address
        "Air Canada AC 2135 landed late",
        "took 2 3 way calls in a row",
        "a 12 storey tower block lost power",
        "sold the house 12 years ago",
        "sorted flat 20 off the bill for the upgrade",
        "moved them to tier 2 support, sent to 3 stores",
        "booking moved to FZ 1823 after the cancellation",
        "SIM only deal at £30/month, saved the customer money",
        "the mesh extender fixed the dead spot, customer happy",
        "caller only speaks Tetum, the Sindhi line helped",
        # companies before their noun, routes between places, acronyms, currency codes
        "rebooked on Copa Airlines after the storm",
        "Kotak Mahindra Bank card blocked, reissued",
        "Air Astana cancelled Khorog-Lisbon, rebooked next day",
        "checked the IPs on the account, all from the home ISP",
        "refund of 19,160 CDF sent, 4,500 MWK fee waived",
        "ty KYC Review for the quick turnaround",
        "thx for the help, i.e. the refund went through",
        # amounts with the currency glued on, times in "17h00", chat particles
        "bill shock R1550 p/m waived, refund rm915 done",
        "callback booked for 17h00, sent Rs 500 back",
        "steady lah, sorted already, inshallah no more outages",
        "paid for 2024 in full, usd 1500 credited, order 12gb plan",
        "flat 10.2 percent rise on the tariff, sold the house 12 years ago",
        "thank u 2 much, meeting at 12.30 today",
        # brands that are also names, before what they sell or a flight number
        "Rex lounge pass given as goodwill, rebooked on Rex ZL 1492",
        "felix visit covered, Rogers roaming pack added",
        "wrapup: done, followup: sent, roaming (sim) fixed",
        # a town no list has, after a person or a booking "from" it
        "ferry booking from Castlebar moved to Friday, no fee",
        "thank you sir, yes madam, ok sir done",
        "Batik Air Melaka-JB route back, e-transfer resent, co-op store ok, x-ray fine",
        "moved from il-belt valletta to coventry, welcome pack sent",
        "refunded rm 201 and RM21 back, the van broke down on the way",
        "cx from St Augustine rang, flight to Port Antonio delayed",
        "promo code SUMMER25 wasnt applying, fixed by the loyalty desk",
        "cards failing on battle.net in the evening, Kiwi.com alert fine",
        "promo fixed in Al Nahda, cx staying in Al Barsha now",
        # brands that begin with a title, brands before a noun after a cue, colours
        "Mr Price voucher would not load, reissued it",
        "asked for Air Selangor payment plan, approved",
        "grey out of stock so offered black, accepted",
        # a place written with a short "St" or "Mt"
        "stuck in St Andrews overnight, hotel booked",
        # shorthand, a word typed with a letter held down, a company's service pages
        "cx cudnt log in frm the app, iss fixed after a reinstall",
        "caller was sooo happy, thaaanks team",
        "pointed cx to status.examplegames.com for the outage",
        "sent the support.apple.com/repair link",
        "flight F91 delayed, rebooked",
        # company pages in other languages, amounts in other currencies, voucher codes,
        # any airline's flight number near a flight's word, a model after its brand
        "sent the link www.emag.ro/ajutor for the return",
        "see www.kpn.nl/nl/klantenservice for steps, sorted",
        "offered 12500nt off and 4,000won back, plus 300 toman, 75 cfa and 240 sar",
        "voucher AUTUMN20 applied, cx happy",
        "pax rebooked ZQ-412, the morning flight",
        "swapped the Huawei B618 router, working now",
        "the bill for easyplan30 was wrong, fixed",
        # the two ends of a trip
        "taxi fare Ntungamo to Kabale refunded",
        "one-way Tromsø -> Vadsø surcharge waived",
        "parcel lost between Kisumu and Eldoret, resent",
        "sent to Partner Desk, the NOC and the EMI team confirmed",
        "bp 140/90 noted by the nurse line, BP Connect card topped up",
        "the gang of 4 agreed on the new rota",
        "dob field shows 2030/11/12 (BS), call 0800 123 4567 (free) for help",
        "Zawadi flight moved, Nyota kiosk closed, Kalinga membership renewed",
        "asante sana from the customer, and shukran from cx too",
        "branch closed for Tabaski and Songkran, wallahi busy week, merci",
        "compared Tecno Spark vs Vodacom Smart Kitochi, porting from telkom mobile to rain",
        "orders late all over Kumasi, apology sent",
        # notes written in the customer's language
        "cliente llamó por la factura, se le explicó el cargo y quedó conforme",
        "cliente ligou sobre a fatura, expliquei a cobrança e ficou satisfeito",
        "coupure depuis 3 jours, pas de frais pour le client",
        # Not kept since the name model learnt from the helper sets (a known limit, in
        # the README): "klient dzwonił w sprawie faktury, wyjaśniłem opłatę i jest
        # zadowolony" loses "dzwonił" and "wyjaśniłem", Polish verbs too rare for the
        # common-word lists, to the model.
        "kunde hat angerufen wegen der rechnung, ist zufrieden",
        "Rossmann loyalty points fixed, Elisa outage in Tampere, Avis return sorted",
        "pax rebooked to Kona on the morning flight",
        "shipped to the U.S. and U.K. stores, e.g. a P.O. box, as per policy",
        # storms, medicines, laughter, codes that are no handles (stop 22)
        "Hurricane Milton credits applied for the area",
        "generic sub for rosuvastatin accepted, lisinopril too",
        "cust asked about Ozempic cover, approved",
        "haha cx happy, jajaja all good",
        "EU261 comp explained, macro ROAM-01 used",
        "refund a/c sorted for the bt broadband",
        "on 3-26-20 the tariff changed, per month until 28/8/25",
        "target hit thanks to Loyalty, escalated to Fraud, CX Excellence updated the macro",
        "refund ok m goi, cust said gwenchana gamsahamnida",
        "sumimasen for the delay but cust said daijoubu, kia ora",
        "Roblox error 0xc00007b loop and CE-108255-1 on the PS5, fixed",
        "Discord Nitro refund, macOS Sonoma and Tizen apps fixed",
        "keep an eye on the discord nitro queue tonight, Toshima-ku and Gangnam-gu stores",
        "Team Onca rocks, 90% CSAT this week",
        "invoice corrected, 319 ISK credited, cb nt needed",
        "see p. 5 of the guide, refund sent on time",
        "car 2 days late, new car 2019 model, rental car for 3 nights, card to branch 4",
        # a listed name alone in lower case with no cue: a word of another language
        "good feedback mila for the hotel, customer calmed down",
        "sudah beres ya kak, top up masuk",
    ],
)
def test_notes_without_personal_data_come_back_unchanged(text: str) -> None:
    result = scrub(text)
    assert result.findings == (), result
    assert result.text == text


def test_a_brand_is_still_a_name_after_a_persons_cue() -> None:
    # "Ola" is a ride-hailing brand and a given name: a title says which.
    assert scrub("Mr Ola Nordmann rang back").text == "Mr [name 1] rang back"
    assert scrub("customer Harvey Norman rang").text == "customer [name 1] rang"


def test_the_word_lists_have_no_stray_white_space() -> None:
    # lexicon.load splits on new lines only: a space or a "\r" would hide a word.
    from pathlib import Path

    from carecli.scrubber import lexicon

    for path in sorted(Path(lexicon._DATA_DIR).glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        assert all(line == line.strip() for line in lines), path.name


def test_every_shipped_data_file_is_in_the_notice() -> None:
    # Each file of third-party or hand-written data says where it comes from and its licence.
    from pathlib import Path

    from carecli.scrubber import lexicon

    data = Path(lexicon._DATA_DIR)
    notice = (data / "NOTICE.md").read_text(encoding="utf-8")
    shipped = [p.name for p in data.iterdir() if p.suffix in (".txt", ".bin")]
    assert [name for name in shipped if f"`{name}`" not in notice] == []


def test_the_output_does_not_depend_on_the_hash_seed() -> None:
    # Sets iterate in an order that changes with PYTHONHASHSEED; the phrase lists built
    # from them must not, or "St Petersburg" (a city, and a town in Florida) flips.
    import os
    import subprocess
    import sys

    code = (
        "from carecli.scrub import scrub\n"
        "for t in ['Protea St Petersburg overbooked, moved cx', 'cx from St Augustine rang',"
        " 'stuck in San Jose overnight', 'Mt Isa depot short on stock']:\n"
        "    print(scrub(t).text)\n"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_the_foreign_common_words_hold_no_shipped_name() -> None:
    # foreign_*.txt are derived from wordfreq by benchmarks/build_foreign_words.py, which
    # CI cannot run; what it promises is checked here against the shipped lists: no name
    # (a name in a Spanish note stays a name), no English word among the common words,
    # and only the languages the script names.
    import ast
    from pathlib import Path

    from carecli.scrubber import foreign
    from carecli.scrubber.lexicon import fold, shared

    lex = shared()
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "build_foreign_words.py"
    tree = ast.parse(script.read_text(encoding="utf-8"))
    languages = next(
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "LANGUAGES"
    )
    hand = next(
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "HAND_WORDS"
    )
    languages = (*languages, *hand)
    stops = foreign._function_words()
    assert {lang for langs in stops.values() for lang in langs} == set(languages)
    # Function words may be names ("las", "til"): only in lower case, in a note in their
    # language, are they read as function words (test_foreign_function_words_...).
    for lang in languages:
        common = foreign._common(lang)
        assert common, lang
        bad = [w for w in common if lex.is_name(fold(w)) or lex.is_name(w) or lex.is_english(w)]
        assert bad == [], (lang, bad[:10])


def test_foreign_function_words_that_are_surnames_are_kept_in_lower_case_only() -> None:
    # "las" and "en" are surnames in the lists and function words in Spanish.
    kept = "instalación confirmada para el martes a las 10:30, listo en 3 min"
    assert scrub(kept).text == kept
    assert "Las" not in scrub("cliente Roberto Las llamó por la factura").text


def test_notes_in_other_languages_keep_their_customer_and_pleased_words() -> None:
    # "customer" and "pleased" in other languages are cues, not names (vocab.py).
    assert scrub("kunden er fornøyd med løsningen").text == "kunden er fornøyd med løsningen"
    assert "ketil" not in scrub("kunde ketil fornøyd, alt ok").text
    assert scrub("mteja amefurahi sana, bando iko sawa sasa").text == (
        "mteja amefurahi sana, bando iko sawa sasa"
    )


@pytest.mark.parametrize(
    "text",
    [
        "username reset done, cx happy",
        "login issue fixed on the app",
        "ref 2024-11-03 refund",
        "customer prefers Email contact, then SMS",
        "stays on the plan w/ 20% off for 6 months",
        "refund processed, eta 3-5 bd, win",
        "went to see the pastor about it, cx so happy",
        "router DIR-842 swapped, model H369A now, Epson L3250 fine",
        "email case: Goldcar fuel policy explained",
        "ticket ouvert ce matin pour la panne",
        "fibra instalada, recibo corrected, cx happy",
        "plan de datos changed, fin de mes billing",
        "ärendet stängt, nieuw adres saved, dzięki",
        "FB msgr chat, Zalo app DOA, nfa, cnfrmd",
        "promise to pay set up, made progress, gift card sent, Trust & Safety aware",
        "ONT sorted after reboot, all sorted, late fee waived",
        "bolletta and rimborso sorted for the Milano store",
    ],
)
def test_words_and_dates_after_an_id_cue_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "cx ne bola zain network thamel me nahi aata, complaint forwarded",
        "parcel not delivered, will revert mardi",
        "cx complained about the agent, reply expected jeudi or vendredi",
    ],
)
def test_hindi_in_latin_letters_and_weekdays_abroad_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "advised returns via Columbus store within 30 days thx",
        "told yes via Sameday, 66-96 working days cb tmrw",
    ],
)
def test_via_a_shop_with_a_count_is_no_italian_street(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "coupang rocket late again, musinsa refund ₩101150, cust said gwenchana",
        "refunded USD 145532 in 46h, fixed",
        "vozvrat 520000 UZS za Wildberries zakaz proshel",
        "schedule change on AZ285 12NOV, offered the 6pm flight or a refund",
        "REMINDER: OUTAGE MON 7H-17H, USE SALESFORCE FOR HANDOVERS",
        "direct debit failed at erste, refund huf 57000 processed",
    ],
)
def test_amounts_hours_and_airline_dates_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "flight from Plaza San Martín delayed 3h, rebooked on UX 94 at 13:30",
        "cx in Bukavu says no network near Place Lumumba for 2 days",
        "lounge access at aeropuerto Jose Marti restored, cust left 5 stars",
    ],
)
def test_a_landmark_named_after_a_person_stays(text: str) -> None:
    assert scrub(text).text == text


def test_an_english_landmark_noun_in_lower_case_is_no_cue() -> None:
    assert "Maria" not in scrub("please place Maria on hold while I check").text


@pytest.mark.parametrize(
    "text",
    [
        "Vivo Y17 and Nokia G-240W combo set up over the phone",
        "new Samsung SM-A546B activation w/ eSIM took 3 tries",
    ],
)
def test_a_model_after_a_brand_that_is_the_second_word_stays(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "customer unhappy w/ dyson v15 sku 607901, advised returns",
        "paybill 247247 confusion sorted, tokens received",
        "tower down 2 days, rebate RM20570 applied",
    ],
)
def test_product_and_business_numbers_and_rebates_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # German and Dutch function words that are English ones too ("am", "an", "naar")
        "Abholstation am Westbahnhof voll, Pakete gehen zurück an Lager",
        # German capitalises its nouns, and runs them together
        "Kunde fragt nach Tarif, Preis 30 € mtl., Laufzeit 24 Monate",
        "Tarifwechsel bestätigt, Vertragslaufzeit bleibt 24 Monate, Rechnung folgt per Post",
        # a form of a common word the list lacks ("faltan" of "falta")
        "la factura llegó duplicada, faltan datos, reenviada",
        # what follows a thanks of another language
        "renewal done, merci vielmal",
    ],
)
def test_notes_in_german_dutch_and_romance_languages_stay(text: str) -> None:
    assert scrub(text).text == text
