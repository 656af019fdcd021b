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
