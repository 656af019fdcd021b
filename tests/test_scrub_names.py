"""Names no shipped list knows: the CRM form and lower-case names in context."""

from __future__ import annotations

import pytest

from carecli.scrub import scrub


def names(text: str) -> list[str]:
    return [f.original for f in scrub(text).findings if f.kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KEALOHA, Pualani, born 3 May 1961, all matched", "KEALOHA, Pualani"),
        ("account holder makoa, lehua called re bill", "makoa, lehua"),
        ("customer Ana Smith (TAVAKE, Ofaina on the system) wants paper bills", "TAVAKE, Ofaina"),
        ("crm shows qorvath, ilsabet, tel 07700 900123", "qorvath, ilsabet"),
        ("ZWEMBARA, Tindoe - verified dob 1/2/1980", "ZWEMBARA, Tindoe"),
        ("MAKOA, Ploy dob 4.5.1999", "MAKOA, Ploy"),
        ("verified kaheleku, ulani w/ d.o.b. 9.9.1935", "kaheleku, ulani"),
    ],
)
def test_crm_surname_comma_given(text: str, name: str) -> None:
    assert name in names(text)
    assert name not in scrub(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("matched to acct 4487178830 (DO, Adilson)", "DO, Adilson"),
        ("MUIANGA, Argentina dob 18 Dec 1982", "MUIANGA, Argentina"),
        ("woolcock,pasco / acct# 1107246222 / callback oct 4 9am", "woolcock,pasco"),
    ],
)
def test_crm_pair_whose_surname_or_given_name_is_a_word(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv, Lviv and Cebu stores are short on stock",
        "AHT, FCR and CSAT all looked good today",
        "address is 11 black neck, denver, il 13011",
        "sorted the login, upsold to the unlimited plan",
        "refund sent, customer happy, closed the case",
    ],
)
def test_comma_lists_are_no_crm_names(text: str) -> None:
    assert not [n for n in names(text) if "," in n]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("moved zorvanka to new address, all done", "zorvanka"),
        ("qilbertha in leeds wants to cancel", "qilbertha"),
        ("letter returned - ondrevaya no longer lives there", "ondrevaya"),
        ("pls call back marutesi on the mobile", "marutesi"),
        ("gave tirovane a call, no answer", "tirovane"),
    ],
)
def test_lower_case_unlisted_names_in_context(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "upsold to the unlimited plan, saves them money",
        "team kestrel handover: 4 open cases",
        "disupted charge refunded, customer happy",
        "orders rerouted via the depot, stocktake done",
    ],
)
def test_unlisted_ordinary_words_stay(text: str) -> None:
    assert scrub(text).text == text


def test_name_model_is_small_and_loads() -> None:
    from carecli.scrubber import model

    loaded = model.shared()
    assert loaded is not None
    assert len(loaded.weights) <= 1 << 17


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("caller lan wouldnt give surname, advised to email from lan1927@hotmail.co.uk", "lan"),
        ("jailson évora contact 973 01 33 or jailson.evora@outlook.com", "évora"),
        ("Xinyi Chow / chowx4@hotmail.co.uk / wants to stop mail appeals", "Chow"),
    ],
)
def test_a_word_the_notes_own_address_spells_is_a_name(text: str, name: str) -> None:
    assert any(name in found for found in names(text))


def test_a_company_mailbox_names_nobody() -> None:
    text = "told cx to email support@dyson.com about the support plan"
    assert scrub(text).text == "told cx to email [email 1] about the support plan"
