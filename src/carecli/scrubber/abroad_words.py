"""Care words of the other languages agents write notes in: "customer" and "pleased".

vocab.py makes them cues; lexicon.py keeps them.
"""

from __future__ import annotations


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# "Customer" and "pleased" in the other languages agents write notes in ("kunde Ketil
# fornøyd", "klient X zadowolony", "mteja amefurahi"): the nouns are person cues, the
# adjectives follow a person; neither is a name on its own (lexicon.py keeps them), though
# some are surnames in the lists ("Kunde", "Blij"). Left out: those that are given names
# ("Ravi", "Felice", "Mutlu", "Masaya").
CUSTOMER_ABROAD = _words("""kunde kunden kundin klant klanten klient klientka klienta
klientem klientowi klientas klientė klients klijent klijentica klijentu asiakas asiakkaan
asiakkaalle kund kunder müşteri musteri ügyfél ugyfel zákazník zakaznik zákaznice
zakaznice zákazníka zakaznika stranka mteja wateja umthengi abonnee abonné abonnent
abonent clienta clientul clientei clientului usuario usuaria utente cliente clientes
appelant abonnée titular pelanggan kliyente klien""")
PLEASED_ABROAD = _words("""fornøyd fornøyde nöjd nöjda tilfreds tyytyväinen tyytyväisenä
zadowolony zadowolona zadowoleni blij tevreden zufrieden glücklich dankbar dankbaar
contento contenta contentos satisfecho satisfecha agradecido agradecida encantado
encantada satisfeito satisfeita agradeceu agradecida contente satisfait
satisfaite reconnaissant soddisfatto soddisfatta memnun elégedett
spokojený spokojená spokojen spokojena spokojna mulțumit mulțumită multumit multumita
zadovoljan zadovoljna zadovoljen patenkintas patenkinta apmierināts apmierināta
kiitollinen wdzięczny wdzięczna amefurahi ameridhika puas senang gembira""")
