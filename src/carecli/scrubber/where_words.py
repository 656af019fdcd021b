"""Words that say where or what, not who: places' prepositions and verbs, the nouns of
products, companies and teams. The name rules ask these before taking a capitalised
word for a person ("Gdansk depot", "Freeview box", "Copa Airlines", "Billing Ops")."""

from __future__ import annotations

from carecli.scrubber.vocab import words

# Places: a place that is also a name is kept after these ("lives in Adelaide") ...
PLACE_PREPS = words("""in near at around outside across into via towards toward within
throughout around""")
# ... or after "from"/"to" after a person noun or one of these ("moved to Florence") ...
PLACE_VERBS = words("""moved moving move relocated relocating relocate ships shipped
shipping ship delivered delivering deliver posted posting flying flew fly travelling
traveling travelled traveled trip holiday holidaying roaming based lives living live
parcel parcels order orders package delivery deliveries flight flights train visiting
off ships both back rerouted routed diverted heading headed going went go emigrated
rebooked rebook rebooking
""")
# ... and, for a capitalised word in no list (stricter: "handed back to Njeri"), "to" or
# "from" after one of these ("flying to Kona", "rang from Hilo", "customer from Tartu").
TRAVEL_VERBS = words("""moved moving relocated relocating emigrated flying flew fly flight
flights travelling traveling travelled traveled trip holiday holidaying roaming based
rerouted routed diverted heading headed ships shipped shipping rang ringing calling
phoning writing rebooked rebook rebooking""")
# "in" before a person, after these: "looped in Njeri", "brought in Njeri from QA".
IN_PERSON = words("""looped loop brought bring pulled pull roped rope called call filled
fill let got get checked check clocked subbed swapped booked book cc cc'd copied copy
interested""")
# "at" before a person, after these: "can u look at Couceiro", "shouted at Njeri".
AT_PERSON = words("""look looking looked shouted yelled laughed smiled waved snapped
swore glanced stared pointed""")
# ... but after "from" a person follows these ("an email from Ali", "a call from Florence").
FROM_PERSON = words("""email emails e-mail mail call calls callback message messages msg
text texts letter letters note notes handover feedback complaint complaints request reply
response thanks card gift dm chat chats word update escalation referral transfer visit
passed handed forwarded transferred escalated
""")
# ... or before one of these ("Tampere warehouse", "the Leeds store").
PLACE_NOUNS = words("""warehouse warehouses depot depots hub hubs store stores branch
branches office offices site sites centre center shop shops plant airport station area
region customs area city town county district port sorting fulfilment fulfillment dc
facility showroom outlet campus caller callers""")

# A word in no list right before one of these is a brand ("Freeview box", "Zepp app").
# Not the nouns a name stands before in shorthand: account, order, card, phone, plan.
PRODUCT_NOUNS = words("""app apps box boxes tariff tariffs router routers modem modems
subscription subscriptions console consoles controller controllers speaker speakers
headset headsets headphones earbuds laptop laptops tablet tablets tv tvs telly remote
remotes fridge freezer washer dryer dishwasher vacuum hoover kettle toaster oven cooker
microwave camera cameras doorbell thermostat boiler smartwatch watch tracker charger
chargers dongle stick bike scooter printer printers firmware outage outages voucher
vouchers giftcard wallet broadband fibre fiber wifi sim esim bundle bundles
subscribers customers users""")

# A capitalised word in no list right before one of these is a company's too ("Biman
# flight", "Zawadi kiosk"); in lower case it may be a person's in shorthand, so only with
# a capital. Not the nouns a person's name stands before with its "'s" dropped ("Niamh
# refund", "Aoife delivery", "Tane bill").
BRAND_NOUNS = words("""membership flight flights rider riders courier couriers locker lockers
booster recharge integration shop shops branch hub kiosk sale sales promo coupon store stores
loyalty club fibre fiber points miles rewards pack packs pass passes""")

# A capitalised word before one of these is a company's name, kept: "Copa Airlines",
# "Capitec Bank", "Yandex Market", "Novotel Suites".
ORG_NOUNS = words("""airlines airline airways bank banks telecom telecoms mobile money pay
market markets express hotel hotels resort resorts inn suites energy power water insurance
motors group airport mall pharmacy supermarket supermarkets stores foods tours travel
logistics couriers cargo cinemas games studios finance capital credit wireless broadband
networks media transport taxi cabs rail railways lines cars shipping plaza air cash""")

# Before one of these, capitalised, a capitalised word names a team ("Merchant Support").
TEAM_NOUNS = words("""support ops operations team teams desk care services service
escalations retentions retention billing collections payments claims onboarding
resolutions complaints sales helpdesk""")

# A word right after these is a team or queue name ("team Orion", "pod Falcon").
TEAM_WORDS = words("team squad pod tribe crew desk queue group")

# Brands that are also people's names, so the name lists win ("Rex", "Felix", "Rogers"):
# kept only right before what the brand sells ("Rex rebook", "Felix visit", "Rogers
# bill", "on Rex ZL 1492"), and never after a person's cue ("spoke to Felix").
BRAND_NAMES = words("""rex felix rogers delta bell fido ally porter ing macy macys kohl kohls
wendy wendys denny dennys carl morgan marcus simon ross ralph tommy calvin hugo dior chanel
gucci prada armani versace zara harvey norman myer mercedes kia lexus porsche holden orange
liberty metro azul eir jet rossmann douglas elisa okta miro avis viva ola""")
# What such a brand is written before; not the nouns a person's name stands before in
# shorthand ("ross acct", "felix bill", "marcus card" may be a person's).
SERVICE_NOUNS = words("""roaming rebook rebooked rebooking lounge flight flights booking
bookings policy visit consult consultation plan plans sim pack bundle store outage network
signal coverage promo deal deals pass status points miles voucher upgrade contract app
loyalty return returns outage training activated""")
