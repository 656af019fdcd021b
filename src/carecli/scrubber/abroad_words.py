"""Care words of the other languages agents write notes in: "customer", "pleased", "bill".

vocab.py makes the first two cues; lexicon.py keeps them all as ordinary words.
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
encantada satisfeito satisfeita agradeceu contente satisfait
satisfaite reconnaissant soddisfatto soddisfatta memnun elégedett
spokojený spokojená spokojen spokojena spokojna mulțumit mulțumită multumit multumita
zadovoljan zadovoljna zadovoljen patenkintas patenkinta apmierināts apmierināta
kiitollinen wdzięczny wdzięczna amefurahi ameridhika puas senang gembira informé informée
informado informada rappelé rappelée avisé avisado notificado contactado contacté
contactée""")
# The care words of notes half in another language ("recibo de fibra", "fatura paga",
# "colis livré", "bolletta", "Rechnung", "storing"): a bill, a line, a parcel, a refund,
# an outage. None is a name in the lists ("luz", "paz" are left out: they are names too).
CARE_ABROAD = _words("""fibra recibo factura facturación boleta boleto cobro cobros
cobrança cobranca reembolso reembolsos devolución devolucion devolução devolucao
portabilidad portabilidade línea linea líneas lineas linha linhas señal senal sinal mudanza
instalación instalacion instalação instalacao instalada instalado cambio troca pedido
pedidos entrega envío envio saldo recarga recargas paquete pacote tarjeta cartão cartao
cuenta conta pago pagos pagamento queja reclamação reclamacao reclamo reclamos chamado
técnico tecnico visita módem fatura faturas facture factures forfait remboursement colis
livraison commande abonnement résiliation resiliation ligne panne coupure rappel fattura
bolletta rimborso consegna ordine spedizione abbonamento disdetta guasto segnale ricarica
pacco reso rechnung erstattung lieferung bestellung kündigung störung paket gutschrift
factuur terugbetaling bezorging bestelling opzegging storingen pakket rekening faktura
zwrot dostawa zamówienie przesyłka lasku palautus toimitus tilaus zamknięte zamkniete
zamknięty zamkniety ärendet ärende stängt nieuw nieuwe adres adresse dirección direccion
endereço endereco indirizzo osoite uhr puh mbit zł lei hakuna shida limetatuliwa
imetatuliwa cédula cedula alamat jusho""") | {"\u0440\u0443\u0431"}  # rub
# Thanks in other languages ("dzięki", "kiitos"); not "Tak", a surname too.
THANKS_ABROAD = _words("""dzięki dziękuję dziekuje dzieki takk kiitos kiitti bedankt
dankjewel děkuji dekuji díky diky hvala köszönöm köszi koszonom teşekkürler tesekkurler
sağol sagol mulțumesc multumesc ačiū aciu paldies murakoze cyane yishimye twalumba zikomo
siyabonga ndatenda webale asanteni ameshukuru""") | {
    "\u0441\u043f\u0430\u0441\u0438\u0431\u043e"  # spasibo
}
# Phrases of other languages that introduce a person, as "spoke to" does ("parlato con
# jodok", "échange avec samer", "hablé con xela"): cues for words in no list, not for the
# language's common words ("parlato con assistenza", "gesprochen mit Technik").
CUES_ABROAD = frozenset(tuple(c.split()) for c in (
    "parlato con", "parlata con", "parlo con", "parlato col", "per conto di", "a nome di",
    "grazie a", "da parte di", "parlé avec", "parlé à", "échange avec", "échangé avec",
    "au nom de", "de la part de", "pour le compte de", "merci à", "gesprochen mit",
    "sprach mit", "telefoniert mit", "telefonat mit", "gespräch mit", "im auftrag von",
    "danke an", "gesproken met", "gebeld met", "namens", "dank aan", "hablé con",
    "hablado con", "habló con", "hablando con", "en nombre de", "de parte de", "gracias a",
    "a nombre de", "falei com", "falado com", "falou com", "falando com", "em nome de",
    "a pedido de", "danke", "merci", "grazie", "gracias", "obrigado", "obrigada",
))  # fmt: skip
# What follows "merci", "grazie", "gracias", "danke": "merci vielmal", "grazie mille".
THANKS_TAILS = _words("vielmal vielmals villmol bcp beaucoup mille mil schön schoen muito")
# Courtesy words romanised, as agents in Asia, the Pacific, the Gulf and Africa type them:
# thanks, sorry, no problem, yes, customer honorifics and service words (Japanese, Korean,
# Mandarin, Cantonese, Thai, Vietnamese, Malay and Singlish, Hindi and Bengali, Arabic,
# Greek, Nguni, Pacific). Short ones that are also names ("kai", "mele", "qin") are left
# out; two-word ones are phrases in data/keep_words.txt ("m goi", "kia ora").
COURTESY_ABROAD = _words("""gamsahamnida kamsahamnida gamsahabnida gomapseumnida gomawo
gomawoyo gwenchana gwaenchana gwaenchanayo gwenchanayo kwenchana joesonghamnida mianhamnida
annyeonghaseyo gogaeknim gogaek sumimasen arigatou arigato arigatō gozaimasu gozaimashita
daijoubu daijobu yoroshiku onegaishimasu shitsurei moushiwake gomennasai otsukaresama
yokatta kaiyaku henkin moushikomi hikkoshi xiexie duoxie meiguanxi duibuqi haode mgoi dojeh
khrap krub khop khob sawasdee sawadee makasih dhanyavad dhanyawad dhanyavaad dhonnobad
shukriya shukriyaa alhamdulillah yalla khalas efharisto efcharisto ngiyabonga enkosi
fa'afetai faafetai vinaka paiseh shiok walao alamak""")
# Honorifics after a name, romanised: "Du xiansheng", "Poon sinsaang", "Min gogaeknim"
# (vocab.POST_TITLES; "han\u0131m" there has a Turkish dotless i).
HONORIFICS = _words("xiansheng taitai nushi xiaojie laoshi sinsaang siuje gogaeknim")
# All of them: ordinary words, never names on their own (lexicon.py).
ABROAD = (CARE_ABROAD | CUSTOMER_ABROAD | PLEASED_ABROAD | THANKS_ABROAD | COURTESY_ABROAD
          | THANKS_TAILS)

# Kin nouns of those languages, before a name as "sister" is ("tia mbombo", "papa
# chadrac", "la grande sœur ottou", "didi ne bola"): person cues, see vocab.KIN_NOUNS.
KIN_ABROAD = _words("""tia tio tía tío tante tata tonton oncle maman mamá mamãe papá papai
abuela abuelo avó avô vovó vovô grand-mère grand-père mémé pépé fils fille mari épouse
esposa esposo marido filho filha hijo hija primo prima cousine neveu nièce sobrino
sobrina sobrinho sobrinha mutter vater schwester bruder tochter sohn oma opa moeder vader
zus broer dochter zoon madre padre sorella fratello figlia figlio nonna nonno didi
bhaiya bhabhi chacha chachi mausi mama mami nani dadi beta beti amma appa akka anna
thambi""")
