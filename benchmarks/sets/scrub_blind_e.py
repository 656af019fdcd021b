"""Blind evaluation set "E" for the carecli personal-data scrubber.

Setting: contact centres in the US, Canada, Australia and New Zealand
(banking, airline, e-commerce marketplace, insurance, telehealth, food
delivery).  Notes are one-line "customer win" logs in messy chat style.

blind_notes(listed) returns a deterministic list of notes; each note is a
list of (text, label) parts.  Labels: name, email, phone, card, id, address,
postcode, ip, url, iban, dob (personal data), "o" (ordinary, must be kept),
"~" (ambiguous, not scored).

Standard library only; fixed seed; same output on every call for the same
`listed` set.
"""

import random
import re
import unicodedata

SEED = 51_7203
N_NOTES = 920
P_LOWER = 0.34
P_UPPER = 0.025
P_NOPII = 0.34

# ---------------------------------------------------------------------------
# Names.  "|" separated so multi-part names stay together.
# ---------------------------------------------------------------------------


def _split(s):
    return [x.strip() for x in s.split("|") if x.strip()]


CULTURES = {
    "malay": dict(
        style="malay",
        given_m=_split(
            "Aizat|Haziq|Zulkifli|Izzat|Amirul|Khairul|Fadzil|Azlan|Hafizuddin|"
            "Ikhwan|Nik Hakim|Muhd Firdaus|Baharudin|Syazwan|Anuar|Faizal|Shahrul|"
            "Azri|Nazmi|Hakimi|Mohd Ridzuan|Wan Aiman|Luqman|Fakhrul|Syahmi|Iskandar"
        ),
        given_f=_split(
            "Nurul|Syafiqah|Farhana|Nabilah|Hidayah|Suhaila|Norhayati|Rosmah|"
            "Shazwani|Wan Nur Aisyah|Aqilah|Zawiyah|Roslina|Mastura|Nurul Izzah|"
            "Siti Hajar|Fatin|Nadhirah|Athirah|Syuhada|Puteri Balqis|Husna|Adibah"
        ),
        family=_split(
            "Kamarudin|Baharom|Shamsuddin|Mohd Noor|Abdul Rahman|Yusof|Hamzah|"
            "Othman|Salleh|Zakaria|Mokhtar|Jaafar|Ismail|Rahim|Zainal Abidin|"
            "Harun|Samsudin|Aziz|Sulaiman|Tajuddin|Mat Saman|Rosli|Ghazali|"
            "Hashim|Nordin|Abu Bakar|Razak|Wahab|Latiff|Sabri|Zulkarnain|Daud"
        ),
    ),
    "burmese": dict(
        style="plain",
        given=_split(
            "Aung|Kyaw|Thiri|Hnin|Zaw|Ye|Htet|Nandar|Myo|Thandar|Soe|Khin|Phyo|"
            "Wai|Su|Ei|Min|Nay|Thet|Hla|Moe|Pyae|Sandar|Thura|Yamin|Nyein|Zin|"
            "Kaung|Shwe|Lin|May Thu|Htoo"
        ),
        family=_split(
            "Kyaw Moe|Win Htut|Myat Noe|Thu Zar|Naing Oo|Lwin|Htoo Aung|Zaw Oo|"
            "Phyu Sin|Thant Zin|Ei Phyu|Min Khant|Hlaing|Myint|Tun|Thein|Maung|"
            "Oo|Wai Yan|Aye Chan|Nwe|Kyi|Zaw Win|Thurein|Khaing|Htike|"
            "Paing|Sein|Soe Moe|Yadanar|Linn|Thazin"
        ),
    ),
    "khmer": dict(
        style="khmer",
        given=_split(
            "Sophea|Vuthy|Bopha|Dara|Rithy|Sreymom|Chanthy|Pisey|Sovann|Kosal|"
            "Chenda|Vannak|Sothea|Sreyneang|Makara|Rachana|Piseth|Monyrath|"
            "Sokunthea|Bunthoeun|Narith|Kunthea|Seyha|Leakhena|Rotha|Dalin|"
            "Sopheak|Vichet|Thida|Phalla|Sokhom|Chantrea"
        ),
        family=_split(
            "Chea|Sok|Heng|Keo|Meas|Phan|Prak|Chhun|Vong|Nhem|Chhay|Ly|Mao|Yin|"
            "Nuon|Ouk|Thach|Im|Khiev|Kong|Oum|Pich|Sar|Seng|Tep|Uy|Chhim|Leang|"
            "Sorn|Hang|Sam Ang|Pheap"
        ),
    ),
    "lao": dict(
        style="plain",
        given=_split(
            "Souksavanh|Phonesavanh|Khamla|Bounmy|Vilayphone|Chanthala|Somphone|"
            "Noy|Sengdao|Vanhxay|Phetsamone|Khamphet|Thongchanh|Manivanh|Sisouk|"
            "Bouasone|Latsamy|Soulivanh|Amphone|Malaythong|Douangchanh|"
            "Vongdeuane|Kongkeo|Saysana|Phouvong|Lamphai|Nouphanh|Toukta|Kaysone|"
            "Khamsing|Viengxay"
        ),
        family=_split(
            "Phommachanh|Sayavong|Inthavong|Keomany|Vongphachanh|Sengsouvanh|"
            "Luangrath|Siharath|Phanthavong|Rattanavong|Chanthavong|"
            "Douangphouxay|Souvannavong|Xaysomphou|Thammavongsa|Khounphakdy|"
            "Manivong|Phetsarath|Sisavath|Bounnhang|Vilaysack|Xayavong|"
            "Phimmasone|Soukhaseum|Keovilay|Insisiengmay|Rasavong|Sayasith|"
            "Oudomsouk|Boupha|Sihanath"
        ),
    ),
    "kazakh": dict(
        style="plain",
        given=_split(
            "Aigerim|Nurlan|Dinara|Yerlan|Madina|Askar|Zhanar|Bauyrzhan|Gulnara|"
            "Daulet|Aizhan|Yerzhan|Saule|Kairat|Ainur|Akbota|Zhandos|Aruzhan|"
            "Temirlan|Assel|Yerbol|Moldir|Serik|Togzhan|Almas|Dariga|Nurbol|"
            "Zhuldyz|Arman|Balnur|Yerkebulan"
        ),
        family=_split(
            "Nurpeisova|Abenov|Zhaksylykov|Seitkali|Tokayeva|Sarsenbayev|Omarova|"
            "Bekmukhambetov|Kenzhebekova|Dzhaksybekov|Utepov|Ermekova|Baimukhanov|"
            "Kassymova|Iskakov|Zhumabayeva|Tulegenov|Mukhametzhanova|Akhmetov|"
            "Nurgaliyeva|Kuanyshev|Sadykova|Yessenov|Tastanbekova|Amanzholov|"
            "Orazbayeva|Suleimenov|Kudaibergenova|Abdrakhmanov|Beisenova|Zhunusov"
        ),
    ),
    "uyghur": dict(
        style="plain",
        given=_split(
            "Dilnur|Mehmet|Gulnar|Abdurehim|Mihray|Ekrem|Reyhangul|Ablimit|"
            "Zulpiye|Ilham|Nurmemet|Aynur|Patigul|Erkin|Guljennet|Dilber|Aysajan|"
            "Rizwangul|Mahire|Obulkasim|Nigara|Ehmetjan|Sajide|Perhat|Munire|"
            "Abduweli|Mewlan|Gulbahar|Nurzat|Tahir|Hasiyet"
        ),
        family=_split(
            "Tursun|Abdukerim|Memet|Osman|Qadir|Ablet|Tohti|Niyaz|Hoshur|Sidiq|"
            "Imin|Rozi|Kurban|Tiliwaldi|Mamut|Eysa|Abliz|Keyum|Nasir|Turghun|"
            "Obul|Semet|Yusup|Ghopur|Ismayil|Ehet|Abdureshit|Jappar|Hesen|Mijit|"
            "Tashpolat"
        ),
    ),
    "tibetan": dict(
        style="plain",
        given=_split(
            "Tenzin|Dolma|Pema|Tashi|Sonam|Dawa|Yangchen|Ngawang|Kunga|Dechen|"
            "Tsering|Jamyang|Lobsang|Choden|Namgyal|Kelsang|Rinchen|Dorjee|Palden|"
            "Thinley|Yeshi|Tsewang|Nyima|Wangmo|Phuntsok|Chodron|Gyaltsen|Lhakpa|"
            "Sangye|Dickey|Tenzin Choeying"
        ),
        family=_split(
            "Dolkar|Norbu|Wangchuk|Gyatso|Lhamo|Dhondup|Choephel|Tsomo|Samdup|"
            "Topgyal|Namdol|Yangzom|Rabten|Tharchin|Dorje|Kyizom|Lhundup|Jampa|"
            "Zangpo|Drolma|Tsundue|Gelek|Paljor|Tenpa|Sangmo|Dhargyal|Chophel|"
            "Tsultrim|Woeser|Lhadon|Phuntsok Dorjee"
        ),
    ),
    "telugu": dict(
        style="telugu",
        given=_split(
            "Srinivas|Lakshmi Prasanna|Venkatesh|Sravani|Raghava|Harika|Chaitanya|"
            "Sirisha|Vamsi|Bhavani|Rajasekhar|Keerthana|Sai Teja|Mounika|"
            "Anjaneyulu|Pavani|Ravindra|Swathi|Yaswanth|Tejaswini|Nagarjuna|"
            "Sailaja|Gopichand|Divya Sree|Kalyan|Prathyusha|Subbarao|Hemalatha|"
            "Sashank|Ramya Krishna|Naga Sai"
        ),
        family=_split(
            "Gollapudi|Kodali|Vemuri|Chilukuri|Nallapati|Bommireddy|Akkineni|"
            "Yarlagadda|Duggirala|Potluri|Talluri|Kancherla|Peddireddy|"
            "Jonnalagadda|Mandava|Uppalapati|Garikapati|Ravuri|Paruchuri|"
            "Tadepalli|Kotagiri|Bhimavarapu|Addanki|Vadlamudi|Maddipati|"
            "Pinnamaneni|Surapaneni|Dasari|Ganta|Kommineni|Vallabhaneni"
        ),
    ),
    "kannada": dict(
        style="plain",
        given=_split(
            "Shivakumar|Ashwini|Manjunath|Kavya|Puneeth|Shwetha|Darshan|Rakshitha|"
            "Nagendra|Bhoomika|Chandrashekar|Sahana|Girish|Spoorthi|Yashas|Anusha|"
            "Basavaraj|Chaitra|Harshitha|Mallikarjun|Veeresh|Soumya|Prajwal|"
            "Pallavi|Shrinidhi|Raghavendra|Nethravathi|Umesh|Thejaswini|Lokesh|"
            "Vinutha"
        ),
        family=_split(
            "Gowda|Hegde|Shetty|Kulkarni|Bhat|Patil|Hiremath|Shenoy|Kamath|"
            "Byrappa|Puttaswamy|Halappa|Devaraj|Nayak|Poojary|Adiga|Kotian|Urs|"
            "Siddaramaiah|Karanth|Mallya|Honnappa|Shanbhag|Ballal|Hebbar|Kini|"
            "Madiwalar|Angadi|Doddamani|Somashekar|Channappa"
        ),
    ),
    "malayalam": dict(
        style="plain",
        given=_split(
            "Anoop|Lekshmi|Sreejith|Aswathy|Jithin|Nimisha|Dhanya|Remya|Sajeev|"
            "Athira|Midhun|Sruthi|Prasanth|Reshma|Shyju|Neethu|Biju|Gopika|"
            "Unnikrishnan|Vineeth|Parvathy|Rajeev|Jinto|Resmi|Nithin|Sumesh|"
            "Anju Mariam|Sijo|Nimmy|Tintu|Aparna"
        ),
        family=_split(
            "Nair|Menon|Pillai|Kurup|Panicker|Warrier|Nambiar|Kuruvilla|Varghese|"
            "Cherian|Puthenpurakkal|Kallarakkal|Thekkekara|Vadakkedath|Kunjumon|"
            "Chacko|Moothedath|Edathil|Kizhakkethil|Parambil|Thottathil|Koshy|"
            "Ittyerah|Palathingal|Nedumpurath|Chundakkattil|Eapen|Ninan|Mampilly|"
            "Alummoottil|Kaduthodil"
        ),
    ),
    "punjabi": dict(
        style="punjabi",
        given_f=_split(
            "Jasleen|Gurleen|Ravneet|Simran|Harleen|Navneet|Manjot|Amrit|Rupinder|"
            "Kiranjit|Balwinder|Parminder|Harpreet|Jaswinder"
        ),
        given_m=_split(
            "Gurjeet|Manjit|Navdeep|Simranjit|Kuldeep|Amandeep|Rajwinder|Gurpreet|"
            "Sukhjinder|Harjot|Tejinder|Manpreet|Davinder|Inderjit|Sarabjit|"
            "Harinder|Jagdeep|Kamaljit|Baljit|Lakhvir|Mandeep|Sukhdeep|Harpreet|"
            "Jaswinder"
        ),
        family=_split(
            "Sandhu|Grewal|Dhillon|Sidhu|Gill|Brar|Sekhon|Cheema|Bains|Randhawa|"
            "Aulakh|Bajwa|Toor|Kahlon|Chahal|Johal|Dhaliwal|Virk|Pannu|Sangha|"
            "Khaira|Bhullar|Atwal|Hundal|Thind|Garcha|Boparai|Mangat|Sohal|"
            "Gosal|Minhas"
        ),
    ),
    "quechua": dict(
        style="hispanic",
        given=_split(
            "Inti|Killa|Sumaq|Wayra|Amaru|Kusi|Qori|Illari|Tupaq|Chaska|Waman|"
            "Kantu|Yachay|Urpi|Kusikuyllur|Sisa|Ccori|Rumi|Paqari|Suyay|Tamya|"
            "Achik|Nayra|Yaku|Ukumari|Huayta|Quispe Amaru|Mayu|Pachacuti|Killari|"
            "Yupaychay"
        ),
        family=_split(
            "Mamani|Quispe|Huaman|Condori|Ccama|Huanca|Choque|Apaza|Ticona|"
            "Yupanqui|Ccallo|Huarcaya|Pumacahua|Chambi|Cusihuaman|Ttito|Huillca|"
            "Sayritupac|Ccorimanya|Layme|Pacco|Cutipa|Machaca|Accostupa|"
            "Atausupa|Huallpa|Tupayachi|Inquillay|Callañaupa|Ccahuana|Huamaní"
        ),
    ),
    "guarani": dict(
        style="hispanic",
        given=_split(
            "Arasy|Yvoty|Yerutí|Jasy|Mainumby|Kuarahy|Araí|Ñasaindy|Porãsy|Irupé|"
            "Arandu|Karai|Tanimbu|Arapy|Derlis|Nilda|Rossana|Liz Carolina|"
            "Hugo Ramón|Cinthia|Mirna|Nery|Lourdes|Fátima|Teodoro|Blas|"
            "María Liz|Rubén Darío|Zunilda|Osvaldo"
        ),
        family=_split(
            "Ayala|Benítez|Villalba|Cáceres|Ojeda|Núñez|Acosta|Samaniego|Galeano|"
            "Bogado|Riquelme|Aquino|Recalde|Zárate|Insfrán|Cabañas|Báez|Almirón|"
            "Ruiz Díaz|Maciel|Candia|Arzamendia|Ibarrola|Fleitas|Duré|Peralta|"
            "Amarilla|Santacruz|Ortellado|Chamorro|Giménez"
        ),
    ),
    "catalan": dict(
        style="catalan",
        given=_split(
            "Jordi|Montserrat|Pau|Núria|Oriol|Mireia|Arnau|Laia|Quim|Meritxell|"
            "Roser|Ferran|Pol|Aina|Joan Carles|Neus|Martí|Mercè|Biel|Ona|Sergi|"
            "Carme|Eudald|Queralt|Jaume|Guillem|Berta|Pere|Montse|Aleix|Clàudia|"
            "Bernat|Txell"
        ),
        family=_split(
            "Casals|Vilaró|Roig|Soler|Puig|Riera|Bosch|Serra|Pujol|Sabaté|"
            "Camprubí|Solà|Grau|Rovira|Esteve|Llobet|Bertran|Noguera|Farré|Coll|"
            "Sunyer|Castells|Figueras|Batlle|Monfort|Ribas|Torrents|Vilalta|"
            "Pagès|Puigvert|Comas|Xirau"
        ),
    ),
    "galician": dict(
        style="hispanic",
        given=_split(
            "Xosé|Uxía|Brais|Antía|Iago|Sabela|Xoán|Iria|Breixo|Noela|Anxo|Xiana|"
            "Roi|Olalla|Uxío|Xurxo|Tareixa|Fiz|Maruxa|Lois|Xoana|Suso|Antón|Icía|"
            "Martiño|Ledicia|Xabier|Alexandre|Eloi|Nerea|Xosé Manuel"
        ),
        family=_split(
            "Otero|Lamas|Varela|Rei|Vilas|Souto|Feijóo|Pazos|Carballo|Seoane|"
            "Regueiro|Outeiro|Fraga|Lago|Barreiro|Piñeiro|Couceiro|Vázquez|"
            "Sanmartín|Freire|Loureiro|Cendán|Bouzas|Quintela|Mosquera|Vilariño|"
            "Cotelo|Dopazo|Castiñeira|Rioboo|Abuín|Louzao"
        ),
    ),
    "faroese": dict(
        style="plain",
        given=_split(
            "Jógvan|Rúni|Gunnvá|Heðin|Eyð|Turið|Bárður|Sjúrður|Rannvá|Tróndur|"
            "Guðrun|Símun|Marjun|Hallbjørn|Oddvør|Sólja|Brandur|Beinta|Høgni|"
            "Jóhanna|Regin|Tóki|Ragnhild|Sverri|Ári|Sámal|Billa|Ólavur|Ronja|"
            "Durita|Hervør|Jónleif"
        ),
        family=_split(
            "Joensen|Jacobsen|Poulsen|Petersen|Johannesen|Dam|Djurhuus|Mortensen|"
            "Højgaard|Patursson|Niclasen|Lamhauge|Thomsen|Hammershaimb|Nolsøe|"
            "Heinesen|Rasmussen|Skaalum|Debes|Zachariasen|Lützen|Midjord|"
            "Ellefsen|Mikkelsen|Simonsen|Waagstein|Kristiansen|av Reyni|í Dali|"
            "á Ryggi|í Líð|Eliasen|Sólsker"
        ),
    ),
    "sami": dict(
        style="plain",
        given=_split(
            "Áile|Máret|Ánde|Biret|Niillas|Elle|Ásllat|Sunná|Jovnna|Ristin|"
            "Mihkkal|Ánte|Sárá|Nils Aslak|Kirste|Piera|Ánne|Heaika|Iŋgá|Risten|"
            "Ovllá|Máhtte|Ellen Marie|Láilá|Jouni|Siiri|Aslak|Biehtar|Johtti|"
            "Ánná Káisá|Niko"
        ),
        family=_split(
            "Gaup|Eira|Hætta|Somby|Utsi|Bongo|Turi|Magga|Labba|Valkeapää|Aikio|"
            "Länsman|Näkkäläjärvi|Kuoljok|Spik|Partapuoli|Balto|Oskal|Triumf|"
            "Marainen|Nutti|Fjellheim|Buljo|Mienna|Pavva|Skum|Kitti|Logje|Juuso|"
            "Sara Utsi|Guttorm|Kuhmunen"
        ),
    ),
    "first_nations": dict(
        style="plain",
        given=_split(
            "Nizhoni|Tahnee|Ayasha|Sequoyah|Tayanita|Chenoa|Honovi|Awentia|Kanen|"
            "Tokala|Hotah|Waya|Aiyana|Tala|Takoda|Shilah|Migizi|Makwa|Kiona|"
            "Onawa|Kimimela|Aponi|Kohana|Ahanu|Mahkah|Dyani|Nashoba|Kateri|"
            "Kaniehtiio|Karonhiaktatie|Tasheena|Waneek|Shyla|Raven Dawn|"
            "Tantoo|Sakoieta"
        ),
        family=_split(
            "Yellowhorse|Begay|Tsosie|Yazzie|Benally|Red Cloud|Two Bulls|"
            "Many Horses|Runningwater|Whitehawk|Standing Bear|Kills Crow|"
            "Iron Shell|Littlewolf|Whitecloud|Sixkiller|Deerinwater|Pretty On Top|"
            "Spotted Elk|Etsitty|Manuelito|Tallbear|Old Coyote|Lone Hill|Cornsilk|"
            "Bellegarde|Manitowabi|Kakegamic|Meekis|Okimaw|Bighetty|Peequaquat|"
            "Ahenakew|Littlechild|Crowchild|Starblanket|Wuttunee|Tootoosis|"
            "Ermineskin|Bearspaw|Goodstriker|Big Plume|Crowshoe|Skenandore|"
            "Deschenie"
        ),
    ),
}

# ---------------------------------------------------------------------------
# Brands, products, places, teams, jargon.
# ---------------------------------------------------------------------------

BANKS = _split(
    "Chase|Wells Fargo|Bank of America|Capital One|Navy Federal|Ally|TD|RBC|"
    "Scotiabank|BMO|CIBC|Desjardins|Tangerine|Simplii|ATB Financial|Vancity|"
    "CommBank|Westpac|ANZ|NAB|ING|Macquarie|Bendigo Bank|Ubank|Kiwibank|ASB|"
    "BNZ|Coast Capital|Servus|Discover|US Bank|Citi"
)
AIRLINES = {
    "Delta": "DL", "United": "UA", "Alaska Airlines": "AS", "JetBlue": "B6",
    "Southwest": "WN", "Hawaiian": "HA", "Air Canada": "AC", "WestJet": "WS",
    "Porter": "PD", "Flair": "F8", "Qantas": "QF", "Jetstar": "JQ",
    "Virgin Australia": "VA", "Rex": "ZL", "Air New Zealand": "NZ",
    "Sounds Air": "S8", "Malaysia Airlines": "MH", "AirAsia": "AK",
}
SHOPS = _split(
    "Amazon|eBay|Etsy|Walmart|Target|Costco|Best Buy|Home Depot|Wayfair|Kmart|"
    "Big W|JB Hi-Fi|Bunnings|Woolworths|Coles|Harvey Norman|David Jones|"
    "Canadian Tire|Shoppers Drug Mart|Loblaws|Hudson's Bay|The Warehouse|"
    "Trade Me|Mighty Ape|Noel Leeming|Kogan|Catch|Temu|Shein|"
    "Facebook Marketplace|Dan Murphy's|Chemist Warehouse|Sephora|Lululemon|"
    "Roots|MEC|Kathmandu|Rebel Sport"
)
TELCOS = _split(
    "Verizon|T-Mobile|AT&T|Rogers|Bell|Telus|Fido|Koodo|Freedom Mobile|"
    "Videotron|Telstra|Optus|Vodafone|TPG|Aussie Broadband|One NZ|Spark|"
    "2degrees|Skinny|Xfinity|Spectrum|Boost Mobile"
)
DEVICES = _split(
    "iPhone 15|iPhone 13 mini|Pixel 8|Galaxy S23|Galaxy A54|iPad Air|"
    "Apple Watch|Fitbit Charge 6|Kindle Paperwhite|Roku stick|Chromecast|PS5|"
    "Xbox Series S|Nest thermostat|Ring doorbell|MacBook Air|Surface Pro|"
    "AirPods Pro|eero router|Garmin Forerunner|Moto G|Nokia G42|Telstra Smart Modem"
)
APPS = _split(
    "Venmo|Zelle|Cash App|PayPal|Interac e-Transfer|Afterpay|Klarna|Zip Pay|"
    "Apple Pay|Google Pay|WhatsApp|Netflix|Spotify|Disney+|Stan|Binge|Crave|"
    "Uber|Lyft|Airbnb|Booking.com|Expedia|Hopper|Wealthsimple|Revolut|Wise"
)
INSURERS = _split(
    "State Farm|Geico|Allstate|Progressive|Liberty Mutual|Intact|Aviva|"
    "Manulife|Sun Life|ICBC|SGI|AAMI|NRMA|Suncorp|Allianz|Medibank|Bupa|nib|"
    "HCF|AMI|Tower|State Insurance|AA Insurance|Southern Cross|RACV|Budget Direct"
)
HEALTH = _split(
    "Teladoc|MDLIVE|Amwell|Maple|Telus Health|Dialogue|Healthdirect|"
    "InstantScripts|Tend|Doctor on Demand|Hims|Felix|Mosh|Zocdoc|GoodRx"
)
FOOD = _split(
    "DoorDash|Uber Eats|Grubhub|Instacart|SkipTheDishes|Menulog|Deliveroo|"
    "Delivereasy|HelloFresh|Tim Hortons|Domino's|Chipotle|Guzman y Gomez|"
    "Hungry Jack's|Marley Spoon|My Food Bag|Gopuff|Postmates"
)
CARD_PRODUCTS = _split(
    "Visa Infinite|Aeroplan Visa|Sapphire Preferred|Platinum Rewards|"
    "Low Rate Mastercard|Qantas Rewards card|Airpoints Visa|cash back Mastercard|"
    "Scene+ Visa|Velocity Amex"
)
BANK_PRODUCTS = _split(
    "mortgage|HELOC|term deposit|personal loan|credit card|offset account|credit limit increase|"
    "overdraft|joint account|business chequing|savings account|home loan|"
    "car loan|balance transfer"
)
TEAMS = _split(
    "Fraud Ops|Tier 2|Tier 1|Billing|Retentions|Collections|Disputes|"
    "Claims Intake|Baggage Services|Loyalty Desk|Escalations|Back Office|"
    "Quality|WFM|Onboarding|KYC|Card Services|Lost & Stolen|Hardship|"
    "Complaints Resolution|Merchant Support|Seller Support|Courier Support|"
    "Clinical Triage|Pharmacy Desk|Rebooking|Special Assistance|"
    "Premier Banking|Small Business|Mortgage Servicing|Tech Support L2|"
    "Social Care|Chat Queue|French Queue|Night Shift|Team Kestrel|Pod 4|"
    "Priority Desk|Intl Payments|Travel Desk|Customer Relations|Dasher Support"
)
US_CITIES = _split(
    "Bakersfield|Boise|Fresno|Yakima|Spokane|Tulsa|Omaha|Des Moines|"
    "Albuquerque|Gallup|Flagstaff|Window Rock|Rapid City|Fargo|Duluth|"
    "Anchorage|Fairbanks|Stockton|Sacramento|Queens|Jersey City|Edison|"
    "Fremont|Sugar Land|Plano|Honolulu|Lowell|Minneapolis|Seattle|Phoenix|"
    "Brooklyn|Tucson|Missoula|Bemidji|Shiprock|Tahlequah|Yuba City|Houston"
)
CA_CITIES = _split(
    "Surrey|Brampton|Mississauga|Abbotsford|Saskatoon|Regina|Thunder Bay|"
    "Kamloops|Prince George|Moncton|Lethbridge|Red Deer|Whitehorse|"
    "Yellowknife|Iqaluit|Sudbury|Trois-Rivières|Sherbrooke|Gatineau|Winnipeg|"
    "Prince Albert|Kelowna|Nanaimo|Halifax|Montréal|Markham|Scarborough|"
    "Edmonton|Calgary|Victoria|Six Nations|Kahnawà:ke|North Battleford"
)
AU_CITIES = _split(
    "Ballarat|Bendigo|Geelong|Toowoomba|Townsville|Cairns|Darwin|"
    "Alice Springs|Wagga Wagga|Dubbo|Launceston|Hobart|Parramatta|Blacktown|"
    "Penrith|Mildura|Bunbury|Kalgoorlie|Mackay|Rockhampton|Dandenong|"
    "Footscray|Fremantle|Shepparton|Coffs Harbour|Harris Park|Sunshine"
)
NZ_CITIES = _split(
    "Tauranga|Hamilton|Palmerston North|Whanganui|Napier|Invercargill|"
    "Dunedin|Nelson|Rotorua|Gisborne|Whangārei|Whangarei|Christchurch|"
    "Lower Hutt|Porirua|Timaru|Auckland|Wellington|Queenstown|Ōtāhuhu|"
    "Manurewa|Papakura"
)
HOME_PLACES = _split(
    "Kuala Lumpur|Ipoh|Kota Bharu|Johor Bahru|Penang|Yangon|Mandalay|"
    "Mawlamyine|Phnom Penh|Battambang|Siem Reap|Vientiane|Luang Prabang|Pakse|"
    "Almaty|Astana|Shymkent|Kashgar|Ürümqi|Hotan|Lhasa|Dharamshala|Bylakuppe|"
    "Hyderabad|Vijayawada|Visakhapatnam|Guntur|Bengaluru|Mysuru|Hubballi|"
    "Mangaluru|Kochi|Thiruvananthapuram|Kozhikode|Thrissur|Ludhiana|Amritsar|"
    "Jalandhar|Cusco|Puno|Ayacucho|Asunción|Encarnación|Ciudad del Este|"
    "Barcelona|Girona|Lleida|Reus|Santiago de Compostela|Vigo|Lugo|Ourense|"
    "Tórshavn|Klaksvík|Kautokeino|Karasjok|Jokkmokk|Inari|Tromsø"
)
REGIONS = _split(
    "Ontario|Saskatchewan|Manitoba|Alberta|BC|Nunavut|Queensland|Tasmania|"
    "Victoria|the NT|WA|Otago|Waikato|Canterbury|Northland|Arizona|New Mexico|"
    "Texas|Alaska|South Dakota|Kerala|Punjab|Karnataka|Andhra Pradesh|"
    "Telangana|Selangor|Kedah|Xinjiang|Catalonia|Catalunya|Galicia|the Faroes|"
    "Sápmi|Finnmark|Paraguay|Peru|Cambodia|Laos|Myanmar|Kazakhstan|Malaysia|"
    "Tibet|Navajo Nation|Treaty 6 territory|Nova Scotia|Quebec"
)
LANGS = _split(
    "Punjabi|Malayalam|Khmer|Lao|Kazakh|Uyghur|Tibetan|Telugu|Kannada|Malay|"
    "Burmese|Quechua|Guarani|Catalan|Galician|Cree|Ojibwe|Navajo|Spanish|French"
)
AIRPORTS = _split("YVR|YYZ|YYC|YEG|YWG|SYD|MEL|BNE|PER|AKL|CHC|WLG|ZQN|LAX|SEA|SFO|JFK|HNL|KUL|PNH|VTE|ALA|BLR|HYD|COK|ATQ|LIM|BCN|SCQ")

JARGON = _split(
    "CSAT 5/5|FCR|AHT under 6 min|no escalation needed|de-escalated|"
    "goodwill credit applied|chargeback reversed|fee reversal done|case closed|"
    "ticket resolved|callback scheduled|QA flagged it as exemplary|survey sent|"
    "KB article updated|used the refund macro|ACW 2 min|NPS 10|cx happy|"
    "first contact resolution|sup approved|TL aware|warm transfer avoided|"
    "no hold time|wrap code RES-OK|SLA met|verified via OTP|2FA passed|"
    "KYC passed|IVR bypass worked|dispute won|courtesy credit"
)
SHORT = _split("pls|tmrw|thx|ty|tbh|fyi|asap|rn|np|eod|lol|btw|ngl|imo|w/e|tysm|gg|ftw")
CUES = _split("customer|cust|cx|caller|member|client|pt|pax|policyholder|passenger")
TITLES = ["Mr ", "Mrs ", "Ms ", "Dr ", "Mx ", "Miss ", "Mr. ", "Mrs. ", "Ms. "]
MONTHS = "January February March April May June July August September October November December".split()
MON = [m[:3] for m in MONTHS]
WEEKDAYS = _split("Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Thursday|Friday")


# Region-coherent choices (a note is set in the US, Canada, Australia or NZ).
R_BANKS = {
    "us": _split("Chase|Wells Fargo|Bank of America|Capital One|Navy Federal|Ally|Discover|US Bank|Citi"),
    "ca": _split("TD|RBC|Scotiabank|BMO|CIBC|Desjardins|Tangerine|Simplii|ATB Financial|Vancity|Coast Capital|Servus"),
    "au": _split("CommBank|Westpac|ANZ|NAB|ING|Macquarie|Bendigo Bank|Ubank"),
    "nz": _split("Kiwibank|ASB|BNZ|ANZ|Westpac NZ|TSB"),
}
R_AIRLINES = {
    "us": _split("Delta|United|Alaska Airlines|JetBlue|Southwest|Hawaiian"),
    "ca": _split("Air Canada|WestJet|Porter|Flair"),
    "au": _split("Qantas|Jetstar|Virgin Australia|Rex"),
    "nz": _split("Air New Zealand|Jetstar|Sounds Air|Qantas"),
}
INTL_AIRLINES = _split("Malaysia Airlines|AirAsia|Air Canada|Qantas|Air New Zealand|United")
R_SHOPS_ALL = _split("Amazon|eBay|Etsy|Temu|Shein|Facebook Marketplace|Sephora|Lululemon")
R_SHOPS = {
    "us": _split("Walmart|Target|Costco|Best Buy|Home Depot|Wayfair"),
    "ca": _split("Walmart|Costco|Best Buy|Canadian Tire|Shoppers Drug Mart|Loblaws|Hudson's Bay|Roots|MEC|Home Depot"),
    "au": _split("Kmart|Big W|JB Hi-Fi|Bunnings|Woolworths|Coles|Harvey Norman|David Jones|Kogan|Catch|"
                 "Dan Murphy's|Chemist Warehouse|Rebel Sport|Kathmandu"),
    "nz": _split("The Warehouse|Trade Me|Mighty Ape|Noel Leeming|Kmart|Bunnings|Kathmandu|Rebel Sport|Harvey Norman"),
}
R_TELCOS = {
    "us": _split("Verizon|T-Mobile|AT&T|Xfinity|Spectrum|Boost Mobile"),
    "ca": _split("Rogers|Bell|Telus|Fido|Koodo|Freedom Mobile|Videotron"),
    "au": _split("Telstra|Optus|Vodafone|TPG|Aussie Broadband|Boost Mobile"),
    "nz": _split("One NZ|Spark|2degrees|Skinny"),
}
R_INSURERS = {
    "us": _split("State Farm|Geico|Allstate|Progressive|Liberty Mutual"),
    "ca": _split("Intact|Aviva|Manulife|Sun Life|ICBC|SGI|Desjardins"),
    "au": _split("AAMI|NRMA|Suncorp|Allianz|Medibank|Bupa|nib|HCF|RACV|Budget Direct"),
    "nz": _split("AMI|Tower|State Insurance|AA Insurance|Southern Cross|nib"),
}
R_HEALTH = {
    "us": _split("Teladoc|MDLIVE|Amwell|Doctor on Demand|Hims|Zocdoc|GoodRx"),
    "ca": _split("Maple|Telus Health|Dialogue|Felix"),
    "au": _split("Healthdirect|InstantScripts|Mosh|Doctor on Demand"),
    "nz": _split("Tend|Healthline|Practice Plus"),
}
R_FOOD = {
    "us": _split("DoorDash|Uber Eats|Grubhub|Instacart|Gopuff|Postmates|Chipotle|Domino's|HelloFresh"),
    "ca": _split("SkipTheDishes|DoorDash|Uber Eats|Instacart|Tim Hortons|HelloFresh"),
    "au": _split("Menulog|Uber Eats|DoorDash|HelloFresh|Marley Spoon|Guzman y Gomez|Hungry Jack's|Domino's"),
    "nz": _split("Delivereasy|Uber Eats|DoorDash|My Food Bag|HelloFresh|Domino's"),
}
R_APPS_ALL = _split("PayPal|Apple Pay|Google Pay|WhatsApp|Netflix|Spotify|Disney+|Uber|Airbnb|Booking.com|Expedia|Wise|Klarna")
R_APPS = {
    "us": _split("Venmo|Zelle|Cash App|Lyft|Hopper"),
    "ca": _split("Interac e-Transfer|Wealthsimple|Crave"),
    "au": _split("Afterpay|Zip Pay|Stan|Binge"),
    "nz": _split("Afterpay|Neon|Laybuy"),
}
R_CARDPROD = {
    "us": _split("Sapphire Preferred|Platinum Rewards|cash back Mastercard|Venture card"),
    "ca": _split("Aeroplan Visa|Visa Infinite|Scene+ Visa|cash back Mastercard"),
    "au": _split("Qantas Rewards card|Low Rate Mastercard|Velocity Amex|Platinum Rewards"),
    "nz": _split("Airpoints Visa|Low Rate Mastercard|Platinum Rewards"),
}
R_CITIES = {"us": US_CITIES, "ca": CA_CITIES, "au": AU_CITIES, "nz": NZ_CITIES}
R_REGIONS = {
    "us": _split("Arizona|New Mexico|Texas|Alaska|South Dakota|Navajo Nation|Oklahoma|Washington state"),
    "ca": _split("Ontario|Saskatchewan|Manitoba|Alberta|BC|Nunavut|Nova Scotia|Quebec|Treaty 6 territory"),
    "au": _split("Queensland|Tasmania|Victoria|the NT|WA|regional NSW|SA"),
    "nz": _split("Otago|Waikato|Canterbury|Northland|the Bay of Plenty|Southland"),
}
HOME_REGIONS = _split("Kerala|Punjab|Karnataka|Andhra Pradesh|Telangana|Selangor|Kedah|Xinjiang|Catalonia|"
                      "Catalunya|Galicia|the Faroes|Sápmi|Finnmark|Paraguay|Peru|Cambodia|Laos|Myanmar|"
                      "Kazakhstan|Malaysia|Tibet")
R_CUR = {"us": ["$", "$", "USD "], "ca": ["$", "CAD ", "C$"], "au": ["$", "A$", "AUD "], "nz": ["$", "NZ$", "NZD "]}

_REGION_HINTS = [
    ("ca", ("postal_ca", "phone_ca", "city_ca", "healthcard", "Aeroplan", "e-transfer", "Interac")),
    ("us", ("zip", "phone_us", "city_us", "ssn4", "ZIP", "Bill Pay")),
    ("au", ("pc_au", "phone_au", "city_au", "medicare", "bsb", "BSB")),
    ("nz", ("pc_nz", "phone_nz", "city_nz", "nhi")),
]


def _template_region(tmpl, r):
    for reg, hints in _REGION_HINTS:
        if any(h in tmpl for h in hints):
            return reg
    return r.choice(["us", "us", "ca", "ca", "au", "au", "nz"])


def _amt_r(r, region):
    v = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 2400)])
    c = r.choice(["", "", "", ".99", ".50", f".{_digits(r, 2)}"])
    vs = f"{v:,}" if v >= 1000 and r.random() < 0.5 else str(v)
    return f"{r.choice(R_CUR[region])}{vs}{c}"


def _phone_r(r, region):
    if region in ("us", "ca"):
        return _phone_nanp(r, region)
    return _phone_au(r) if region == "au" else _phone_nz(r)

# ---------------------------------------------------------------------------
# Folding / listed filter.
# ---------------------------------------------------------------------------

_SPECIAL_A = {"ð": "d", "ø": "o", "æ": "ae", "ŋ": "n", "đ": "d", "þ": "th",
              "ß": "ss", "ł": "l", "ı": "i", "œ": "oe"}
_SPECIAL_B = {"ð": "dh", "ø": "oe", "æ": "a", "ŋ": "ng", "đ": "d", "þ": "t",
              "ß": "s", "ł": "l", "ı": "i", "œ": "o"}


def _strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def _fold_variants(word):
    w = word.lower()
    out = set()
    for table in (_SPECIAL_A, _SPECIAL_B):
        x = "".join(table.get(c, c) for c in w)
        x = _strip_marks(x)
        out.add(x)
        out.add(x.replace("'", "").replace("\u2019", "").replace(".", ""))
    out.add(_strip_marks(w))
    return out


def _ascii(s):
    """ASCII-folded form for emails / handles / urls."""
    x = "".join(_SPECIAL_A.get(c, _SPECIAL_A.get(c.lower(), c)) for c in s)
    x = _strip_marks(x)
    return "".join(c for c in x if c.isascii())


def _is_listed(name, listed):
    for w in re.split(r"[\s\-]+", name):
        w = w.strip(".,")
        if not w:
            continue
        if _fold_variants(w) & listed:
            return True
    return False


# ---------------------------------------------------------------------------
# People.
# ---------------------------------------------------------------------------


class _Pools:
    def __init__(self, listed):
        self.listed = listed
        self.cultures = {}
        for key, c in CULTURES.items():
            d = {"style": c["style"]}
            for k in ("given", "given_m", "given_f", "family"):
                if k in c:
                    d[k] = [n for n in c[k] if not _is_listed(n, listed)]
            ok = len(d["family"]) >= 3
            for k in ("given", "given_m", "given_f"):
                if k in d and len(d[k]) < 3:
                    ok = False
            if ok:
                self.cultures[key] = d
        self.keys = sorted(self.cultures)
        if not self.keys:
            raise RuntimeError("every culture was emptied by `listed`")


class _Person:
    __slots__ = ("culture", "given", "fam", "fam2", "full", "sex")


def _make_person(r, pools):
    key = r.choice(pools.keys)
    c = pools.cultures[key]
    p = _Person()
    p.culture = key
    if "given" in c:
        p.sex = r.choice("mf")
        p.given = r.choice(c["given"])
    else:
        p.sex = r.choice("mf")
        p.given = r.choice(c["given_m"] if p.sex == "m" else c["given_f"])
    p.fam = r.choice(c["family"])
    p.fam2 = r.choice([f for f in c["family"] if f != p.fam] or c["family"])
    style = c["style"]
    g, f, f2 = p.given, p.fam, p.fam2
    full = f"{g} {f}"
    x = r.random()
    if style == "malay" and x < 0.4:
        full = f"{g} {'bin' if p.sex == 'm' else 'binti'} {f}"
    elif style == "punjabi":
        if x < 0.35:
            full = f"{g} {'Singh' if p.sex == 'm' else 'Kaur'} {f}"
        elif x < 0.5:
            full = f"{g} {'Singh' if p.sex == 'm' else 'Kaur'}"
    elif style == "catalan":
        if x < 0.25:
            full = f"{g} {f} i {f2}"
        elif x < 0.55:
            full = f"{g} {f} {f2}"
    elif style == "hispanic" and x < 0.45:
        full = f"{g} {f} {f2}"
    elif style == "khmer" and x < 0.45:
        full = f"{f} {g}"
    elif style == "telugu":
        if x < 0.25:
            full = f"{f} {g}"
        elif x < 0.4:
            full = f"{f[0]}. {g}"
    if _is_listed(full, pools.listed):
        full = f"{g} {f}"
    p.full = full
    return p


# ---------------------------------------------------------------------------
# Value generators.
# ---------------------------------------------------------------------------


def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _d1(r):
    return r.choice("123456789")


NANP = {
    "us": ["415", "206", "509", "505", "928", "907", "701", "605", "918", "402",
           "515", "559", "661", "209", "718", "201", "732", "281", "972", "480",
           "520", "406", "218", "808", "978", "612"],
    "ca": ["604", "778", "236", "250", "403", "587", "780", "306", "639", "204",
           "416", "647", "905", "289", "519", "705", "807", "613", "819", "514",
           "438", "506", "902", "867"],
}


def _phone_nanp(r, region=None):
    region = region or r.choice(["us", "ca"])
    a = r.choice(NANP[region])
    e = r.choice(["555", "555", "555", str(r.randint(201, 989))])
    n = "01" + _digits(r, 2) if e == "555" else _digits(r, 4)
    fmt = r.choice([
        "({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "{a}{e}{n}",
        "+1 {a} {e} {n}", "1-{a}-{e}-{n}", "+1 ({a}) {e}-{n}", "{a} {e} {n}",
        "+1{a}{e}{n}", "({a}){e}-{n}",
    ])
    return fmt.format(a=a, e=e, n=n)


def _phone_au(r):
    if r.random() < 0.7:
        b = "4" + _digits(r, 2)
        c, d = _digits(r, 3), _digits(r, 3)
        return r.choice([f"0{b} {c} {d}", f"0{b}{c}{d}", f"+61 {b} {c} {d}",
                         f"+61{b}{c}{d}", f"0{b}-{c}-{d}", f"+61 (0){b} {c} {d}"])
    area = r.choice(["02", "03", "07", "08"])
    a, b = _d1(r) + _digits(r, 3), _digits(r, 4)
    return r.choice([f"({area}) {a} {b}", f"{area} {a} {b}", f"+61 {area[1]} {a} {b}"])


def _phone_nz(r):
    if r.random() < 0.7:
        pre = r.choice(["21", "22", "27", "29", "20"])
        a, b = _digits(r, 3), _digits(r, 4)
        return r.choice([f"0{pre} {a} {b}", f"0{pre}{a}{b}", f"+64 {pre} {a} {b}",
                         f"+64{pre}{a}{b}", f"0{pre}-{a}-{b}", f"0{pre} {a}{b}"])
    area = r.choice(["9", "4", "3", "7", "6"])
    a, b = _d1(r) + _digits(r, 2), _digits(r, 4)
    return r.choice([f"(0{area}) {a} {b}", f"0{area}-{a} {b}", f"+64 {area} {a} {b}"])


def _phone(r):
    x = r.random()
    if x < 0.5:
        return _phone_nanp(r)
    if x < 0.75:
        return _phone_au(r)
    return _phone_nz(r)


def _tollfree(r):
    return r.choice([
        f"1-800-555-01{_digits(r, 2)}", f"1 (888) 555-01{_digits(r, 2)}",
        f"1-877-{_d1(r)}{_digits(r, 2)}-{_digits(r, 4)}",
        f"1300 {_digits(r, 3)} {_digits(r, 3)}", f"1800 {_digits(r, 3)} {_digits(r, 3)}",
        f"0800 {_digits(r, 3)} {_digits(r, 3)}", f"13 {_digits(r, 2)} {_digits(r, 2)}",
        f"1-866-{_d1(r)}{_digits(r, 2)}-{_digits(r, 4)}",
    ])


EMAIL_DOMAINS = _split(
    "gmail.com|outlook.com|yahoo.com|yahoo.ca|hotmail.com|icloud.com|"
    "bigpond.com|optusnet.com.au|xtra.co.nz|shaw.ca|sympatico.ca|live.com.au|"
    "protonmail.com|me.com|rogers.com|telus.net|gmail.com|gmail.com|outlook.com"
)


def _slug(s):
    return re.sub(r"[^a-z0-9]", "", _ascii(s).lower())


def _email(r, p):
    g, f = _slug(p.given), _slug(p.fam)
    yy = str(r.randint(60, 99)) if r.random() < 0.5 else str(r.randint(1, 999))
    local = r.choice([
        f"{g}.{f}", f"{g}{f}", f"{g}{f[:1]}{yy}", f"{f}.{g[:1]}", f"{g}_{f}{yy}",
        f"{g[:1]}{f}", f"{g}.{f}{yy}", f"{g}{yy}", f"{f}{g[:1]}", f"{g}-{f}",
    ])
    return f"{local}@{r.choice(EMAIL_DOMAINS)}"


def _handle(p, r):
    g, f = _slug(p.given), _slug(p.fam)
    return r.choice([f"{g}.{f[:1]}", f"{g}_{f}", f"{g}{f[:2]}", f"{g}.{f}", g, f"{f}.{g[:1]}"])


def _url(r, p):
    g, f = _slug(p.given), _slug(p.fam)
    n = _digits(r, r.choice([2, 3, 4]))
    return r.choice([
        f"linkedin.com/in/{g}-{f}-{n}", f"https://www.linkedin.com/in/{g}{f}",
        f"facebook.com/{g}.{f}.{n}", f"https://facebook.com/{g}{f}",
        f"instagram.com/{g}_{f}", f"www.instagram.com/{g}.{f[:3]}",
        f"tiktok.com/@{g}{f}{n}", f"paypal.me/{g}{f}", f"venmo.com/u/{g}-{f}",
        f"https://{g}{f}.carrd.co", f"x.com/{g}_{f[:4]}",
    ])


def _site(r):
    return r.choice(_split(
        "amazon.ca/returns|help.doordash.com|qantas.com/au/en/manage-booking.html|"
        "aircanada.com/refunds|ubereats.com/help|westjet.com|telstra.com.au/support|"
        "ebay.com.au/help|trademe.co.nz|bunnings.com.au|walmart.ca/returns|"
        "healthdirect.gov.au|airnewzealand.co.nz/manage-booking|"
        "https://www.canadapost-postescanada.ca/track|kb.internal/refund-macro|"
        "status.spark.co.nz|etsy.com/help"
    ))


def _card4(r):
    return _digits(r, 4)


def _acct(r):
    return r.choice([_digits(r, 8), _digits(r, 10), _digits(r, 12),
                     f"{_digits(r, 4)}-{_digits(r, 4)}", f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                     f"{_digits(r, 5)}-{_digits(r, 7)}"])


def _member(r):
    return r.choice([
        f"MBR-{_digits(r, 8)}", f"M{_digits(r, 9)}", f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
        f"ABC{_digits(r, 7)}", f"{_digits(r, 11)}", f"MEM{_digits(r, 6)}",
        f"W{_digits(r, 8)}-01", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}",
    ])


def _claim(r):
    return r.choice([
        f"CLM-2024-{_digits(r, 6)}", f"{_digits(r, 4)}-{_digits(r, 4)}",
        f"AB-{_digits(r, 6)}", f"C{_digits(r, 9)}", f"{_digits(r, 2)}-{_digits(r, 7)}-01",
        f"HO{_digits(r, 8)}", f"MV-{_digits(r, 7)}", f"{_digits(r, 10)}",
    ])


def _order(r):
    return r.choice([
        f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 7)}",
        f"{_digits(r, 2)}-{_digits(r, 5)}-{_digits(r, 5)}",
        f"#{_digits(r, 10)}", f"{_digits(r, 7)}-{_digits(r, 8)}",
        f"{_alnum(r, 4)}-{_alnum(r, 4)}", f"W{_digits(r, 9)}",
        f"#{_digits(r, 6)}", f"TM{_digits(r, 9)}",
    ])


def _alnum(r, n, upper=True):
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    s = "".join(r.choice(chars) for _ in range(n))
    return s if upper else s.lower()


def _pnr(r):
    return _alnum(r, 6)


def _policy(r):
    return r.choice([f"POL-{_digits(r, 8)}", f"HO-{_digits(r, 4)}-{_digits(r, 4)}",
                     f"{_alnum(r, 3)}{_digits(r, 7)}", f"{_digits(r, 9)}",
                     f"AU{_digits(r, 8)}", f"P{_digits(r, 6)}-{_digits(r, 2)}"])


def _ff(r):
    return r.choice([_digits(r, 9), f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                     _digits(r, 10), _digits(r, 7), f"{_digits(r, 8)}"])


def _tracking(r):
    return r.choice([f"1Z{_alnum(r, 6)}{_digits(r, 10)}", f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
                     f"TBA{_digits(r, 12)}", f"{_alnum(r, 2)}{_digits(r, 9)}AU",
                     f"{_digits(r, 12)}"])


def _bagref(r):
    return r.choice(AIRPORTS[:20]) + r.choice(["AC", "QF", "NZ", "WS", "DL", "VA"]) + _digits(r, 5)


def _healthcard(r):
    return r.choice([f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 3)}-{_alnum(r, 2)}",
                     f"{_digits(r, 4)} {_digits(r, 3)} {_digits(r, 3)}",
                     f"9{_digits(r, 9)}"])


def _medicare(r):
    return r.choice([f"{r.randint(2, 6)}{_digits(r, 3)} {_digits(r, 5)} {r.randint(1, 9)}",
                     f"{r.randint(2, 6)}{_digits(r, 9)}"])


def _nhi(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + _digits(r, 4)


def _dl(r):
    return r.choice([f"{_alnum(r, 1)}{_digits(r, 4)}-{_digits(r, 5)}-{_digits(r, 5)}",
                     f"{_digits(r, 8)}", f"{_alnum(r, 2)}{_digits(r, 6)}", f"{_digits(r, 7)}"])


def _ticket(r):
    return r.choice([f"INC{_digits(r, 7)}", f"CS-{_digits(r, 6)}", f"#{_digits(r, 7)}",
                     f"ZD{_digits(r, 6)}", f"SR{_digits(r, 8)}"])


def _ip(r):
    x = r.random()
    if x < 0.3:
        return f"203.0.113.{r.randint(2, 254)}"
    if x < 0.5:
        return f"198.51.100.{r.randint(2, 254)}"
    if x < 0.85:
        return f"{r.choice([24, 50, 67, 70, 99, 101, 120, 142, 174, 184, 206])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
    return f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}"


def _iban(r):
    cc, bban = r.choice([
        ("ES", lambda: _digits(r, 20)),
        ("FO", lambda: _digits(r, 14)),
        ("NO", lambda: _digits(r, 11)),
        ("FI", lambda: _digits(r, 14)),
        ("SE", lambda: _digits(r, 20)),
        ("KZ", lambda: _digits(r, 3) + "".join(r.choice("0123456789ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(13))),
    ])
    b = bban()
    num = "".join(str(int(ch, 36)) for ch in (b + cc + "00"))
    check = 98 - int(num) % 97
    s = f"{cc}{check:02d}{b}"
    if r.random() < 0.7:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def _bankpair(r, region=None):
    x = {"us": 0.1, "ca": 0.4, "au": 0.7, "nz": 0.9}.get(region, r.random())
    if x < 0.3:
        return [(r.choice(["routing ", "ABA ", "RTN "]), "o"), (_digits(r, 9), "~"),
                (r.choice([" acct ", " account # ", " / acct "]), "o"), (_digits(r, r.choice([10, 11, 12])), "iban")]
    if x < 0.55:
        return [("transit ", "o"), (_digits(r, 5), "~"), (" inst ", "o"), (r.choice(["001", "002", "003", "004", "010", "815"]), "~"),
                (" acct ", "o"), (_digits(r, 7), "iban")]
    if x < 0.8:
        return [(r.choice(["BSB ", "bsb "]), "o"), (f"{_digits(r, 3)}-{_digits(r, 3)}", "~"),
                (r.choice([" acc ", " acct ", " account "]), "o"), (r.choice([_digits(r, 8), f"{_digits(r, 4)} {_digits(r, 4)}", _digits(r, 9)]), "iban")]
    return [("acct ", "o"), (f"{r.choice(['01', '02', '03', '06', '12', '38'])}-{_digits(r, 4)}-{_digits(r, 7)}-{_digits(r, 2)}", "iban")]


def _rand_date(r):
    y = r.randint(1938, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def _ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _dob(r):
    y, m, d = _rand_date(r)
    yy = f"{y % 100:02d}"
    fmts = [
        f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
        f"{MON[m - 1]} {d} {yy}", f"{MON[m - 1]} {d}, {y}", f"{d} {MON[m - 1]} {y}",
        f"{d:02d}-{MON[m - 1]}-{y}", f"{m}/{d}/{yy}", f"{d}.{m}.{y}",
        f"{MONTHS[m - 1]} {_ordinal(d)} {y}", f"{_ordinal(d)} of {MONTHS[m - 1]} {y}",
        f"{d}/{m}/{yy}", f"{m}-{d}-{y}", f"{y}/{m:02d}/{d:02d}", f"{d} {MONTHS[m - 1].lower()} {yy}",
    ]
    return r.choice(fmts)


def _date(r):
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return r.choice([
        f"{MON[m - 1]} {d}", f"{d} {MON[m - 1]}", f"the {_ordinal(d)}", f"{m}/{d}",
        r.choice(WEEKDAYS), f"next {r.choice(WEEKDAYS)}", f"2024-{m:02d}-{d:02d}",
        f"{MONTHS[m - 1]} {d}", f"{d}/{m}", "tmrw", "today", "end of month",
    ])


def _time(r):
    h = r.randint(1, 12)
    mnt = r.choice(["00", "15", "30", "45", "10", "50"])
    return r.choice([f"{h}:{mnt}pm", f"{h}:{mnt} am", f"{h}pm", f"{r.randint(6, 22):02d}:{mnt}",
                     f"{h}:{mnt}", f"{h}ish", f"{h} {r.choice(['PST', 'EST', 'AEST', 'NZT', 'MT', 'CST'])}"])


def _amt(r):
    v = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 4800)])
    c = r.choice(["", "", "", ".99", ".50", f".{_digits(r, 2)}"])
    cur = r.choice(["$", "$", "$", "A$", "NZ$", "CAD ", "USD ", "AUD ", "C$", "$"])
    if v >= 1000 and r.random() < 0.5:
        vs = f"{v:,}"
    else:
        vs = str(v)
    return f"{cur}{vs}{c}"


def _flight(r, airline=None):
    code = AIRLINES.get(airline) or r.choice(list(AIRLINES.values()))
    return r.choice([f"{code}{r.randint(1, 2999)}", f"{code} {r.randint(1, 2999)}"])


# --- addresses -------------------------------------------------------------

US_STREETS = _split("Cottonwood|Juniper|Sagebrush|Mesa Verde|Alder|Magnolia|Chestnut|Sycamore|"
                    "Bluebonnet|Pinon|Aspen Ridge|Willow Creek|Canyon View|Lakeshore|Prairie Wind|"
                    "Old Mill|Harbor|Sunset|Mission|Ridgeview|Elm|Hickory|Mesquite|Red Rock")
US_TYPES = _split("St|Ave|Dr|Ln|Rd|Blvd|Ct|Way|Pl|Cir|Trl|Pkwy")
CA_STREETS = _split("Kingsway|Jasper Ave|Portage Ave|Yonge St|Dundas St|Whyte Ave|Broadway|"
                    "Granville St|Main St|Albert St|Spadina Ave|Bloor St|Hastings St|Fraser St|"
                    "Cambie St|Scott Rd|King George Blvd|Queen St|Memorial Ave|Pembina Hwy|"
                    "Macleod Trail|Crowchild Trail|Tecumseh Rd")
AU_STREETS = _split("Lygon|Chapel|Flinders|Sturt|Mair|Lydiard|Wattle|Banksia|Jacaranda|"
                    "Bottlebrush|Ironbark|Smith|Macquarie|Hindley|Ruthven|Brunswick|"
                    "Coronation|Railway|Station|Boundary|Hopkins|Nicholson")
AU_TYPES = _split("St|Rd|Ave|Cres|Pde|Ct|Cl|Dr|Hwy|Tce|Pl|Way|Gr")
NZ_STREETS = _split("Karangahape|Ponsonby|Cuba|Kauri|Rimu|Totara|Pohutukawa|Manuka|Tui|"
                    "Kowhai|Riccarton|Colombo|Devonport|Te Atatu|Hinemoa|Moana|Great South|"
                    "Tamaki|Maunganui|Fenton|Tay")
NZ_TYPES = _split("St|Rd|Tce|Cres|Pl|Ave|Dr|Lane|Way|Grove")

US_ADDR_CITIES = [("Bakersfield", "CA", "933"), ("Fresno", "CA", "937"), ("Yakima", "WA", "989"),
                  ("Spokane", "WA", "992"), ("Boise", "ID", "837"), ("Gallup", "NM", "873"),
                  ("Albuquerque", "NM", "871"), ("Flagstaff", "AZ", "860"), ("Rapid City", "SD", "577"),
                  ("Fargo", "ND", "581"), ("Duluth", "MN", "558"), ("Tulsa", "OK", "741"),
                  ("Omaha", "NE", "681"), ("Anchorage", "AK", "995"), ("Sugar Land", "TX", "774"),
                  ("Fremont", "CA", "945"), ("Edison", "NJ", "088"), ("Queens", "NY", "113"),
                  ("Lowell", "MA", "018"), ("Stockton", "CA", "952"), ("Seattle", "WA", "981"),
                  ("Minneapolis", "MN", "554"), ("Tahlequah", "OK", "744"), ("Miami", "FL", "331")]
CA_ADDR_CITIES = [("Surrey", "BC", "V3"), ("Abbotsford", "BC", "V2"), ("Kamloops", "BC", "V2"),
                  ("Brampton", "ON", "L6"), ("Mississauga", "ON", "L5"), ("Thunder Bay", "ON", "P7"),
                  ("Sudbury", "ON", "P3"), ("Saskatoon", "SK", "S7"), ("Regina", "SK", "S4"),
                  ("Winnipeg", "MB", "R3"), ("Lethbridge", "AB", "T1"), ("Red Deer", "AB", "T4"),
                  ("Edmonton", "AB", "T5"), ("Calgary", "AB", "T2"), ("Whitehorse", "YT", "Y1"),
                  ("Yellowknife", "NT", "X1"), ("Moncton", "NB", "E1"), ("Gatineau", "QC", "J8"),
                  ("Sherbrooke", "QC", "J1"), ("Halifax", "NS", "B3")]
AU_ADDR_CITIES = [("Ballarat", "VIC", "3350"), ("Bendigo", "VIC", "3550"), ("Geelong", "VIC", "3220"),
                  ("Toowoomba", "QLD", "4350"), ("Townsville", "QLD", "4810"), ("Cairns", "QLD", "4870"),
                  ("Darwin", "NT", "0800"), ("Alice Springs", "NT", "0870"), ("Wagga Wagga", "NSW", "2650"),
                  ("Dubbo", "NSW", "2830"), ("Parramatta", "NSW", "2150"), ("Blacktown", "NSW", "2148"),
                  ("Launceston", "TAS", "7250"), ("Hobart", "TAS", "7000"), ("Mildura", "VIC", "3500"),
                  ("Bunbury", "WA", "6230"), ("Kalgoorlie", "WA", "6430"), ("Mackay", "QLD", "4740"),
                  ("Dandenong", "VIC", "3175"), ("Footscray", "VIC", "3011")]
NZ_ADDR_CITIES = [("Tauranga", "3110"), ("Hamilton", "3204"), ("Palmerston North", "4410"),
                  ("Whanganui", "4500"), ("Napier", "4110"), ("Invercargill", "9810"), ("Dunedin", "9016"),
                  ("Nelson", "7010"), ("Rotorua", "3010"), ("Gisborne", "4010"), ("Whangārei", "0110"),
                  ("Christchurch", "8011"), ("Lower Hutt", "5010"), ("Porirua", "5022"), ("Timaru", "7910"),
                  ("Ōtāhuhu", "1062")]

CA_FIRST = "ABCEGHJKLMNPRSTVXY"
CA_OTHER = "ABCEGHJKLMNPRSTVWXYZ"


def _ca_postal(r, prefix=None):
    p = prefix or (r.choice(CA_FIRST) + str(r.randint(0, 9)))
    s = f"{p}{r.choice(CA_OTHER)} {r.randint(0, 9)}{r.choice(CA_OTHER)}{r.randint(0, 9)}"
    x = r.random()
    if x < 0.2:
        s = s.lower()
    elif x < 0.35:
        s = s.replace(" ", "")
    elif x < 0.42:
        s = s.replace(" ", "").lower()
    return s


def _us_zip(r, prefix=None):
    p = prefix or r.choice([c[2] for c in US_ADDR_CITIES])
    z = p + _digits(r, 5 - len(p))
    if r.random() < 0.25:
        z += "-" + _digits(r, 4)
    return z


def _au_pc(r):
    return r.choice([c[2] for c in AU_ADDR_CITIES]) if r.random() < 0.5 else \
        r.choice(["2", "3", "4", "5", "6", "7"]) + _digits(r, 3)


def _nz_pc(r):
    return r.choice([c[1] for c in NZ_ADDR_CITIES]) if r.random() < 0.5 else \
        r.choice(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]) + _d1(r) + _digits(r, 2)


def _street_line(r, country):
    num = r.randint(2, 9899)
    if country == "us":
        x = r.random()
        if x < 0.3:
            s = (f"{num} {r.choice(['NW', 'NE', 'SW', 'SE', 'N', 'S', 'E', 'W'])} "
                 f"{_ordinal(r.randint(1, 140))} {r.choice(['Ave', 'St', 'Pl', 'Ter'])}")
        elif x < 0.85:
            s = f"{num} {r.choice(US_STREETS)} {r.choice(US_TYPES)}"
        else:
            return r.choice([f"PO Box {r.randint(10, 9999)}", f"HC 61 Box {r.randint(10, 999)}"])
        y = r.random()
        if y < 0.25:
            s += f" Apt {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}"
        elif y < 0.4:
            s += f" #{r.randint(100, 2400)}"
        elif y < 0.5:
            s += f" Unit {r.choice('ABCDEF')}"
        return s
    if country == "ca":
        u = r.randint(101, 2808)
        st = r.choice(CA_STREETS)
        return r.choice([
            f"{num} {st}", f"{u}-{num} {st}", f"#{u} {num} {st}", f"{num} {st} {r.choice(['E', 'W', 'NW', 'SW'])}",
            f"{num} {r.randint(17, 168)} Ave {r.choice(['NW', 'SW', 'NE'])}", f"{num} rue {r.choice(['Saint-Hubert', 'Principale', 'King Ouest', 'Wellington'])}",
            f"Apt {r.randint(1, 30)}, {num} {st}", f"{num}-{r.randint(100, 199)} St",
        ])
    if country == "au":
        u = r.randint(1, 40)
        st = f"{r.choice(AU_STREETS)} {r.choice(AU_TYPES)}"
        num = r.randint(1, 480)
        return r.choice([f"Unit {u}/{num} {st}", f"{u}/{num} {st}", f"{num} {st}",
                         f"Lot {r.randint(1, 90)} {r.choice(AU_STREETS)} Rd", f"PO Box {r.randint(10, 999)}",
                         f"Apt {u}, {num} {st}", f"{num}{r.choice('AB')} {st}"])
    u = r.randint(1, 12)
    st = f"{r.choice(NZ_STREETS)} {r.choice(NZ_TYPES)}"
    num = r.randint(1, 420)
    return r.choice([f"Flat {u}, {num} {st}", f"{num}A {st}", f"{u}/{num} {st}", f"{num} {st}",
                     f"{num} {r.choice(NZ_STREETS)} Rd, RD {r.randint(1, 9)}", f"{num}B {st}"])


def _addr(r, with_city=False, lower=None, country=None):
    country = country or r.choice(["us", "us", "ca", "ca", "au", "au", "nz"])
    line = _street_line(r, country)
    if lower is None:
        lower = r.random() < 0.3
    if lower:
        line = line.lower()
    parts = [(line, "address")]
    if not with_city:
        return parts
    if country == "us":
        c, st, pre = r.choice(US_ADDR_CITIES)
        parts += [(", ", "o"), (f"{c}, {st}", "~"), (" ", "o"), (_us_zip(r, pre), "postcode")]
    elif country == "ca":
        c, st, pre = r.choice(CA_ADDR_CITIES)
        parts += [(", ", "o"), (f"{c} {st}", "~"), (r.choice([" ", "  ", ", "]), "o"), (_ca_postal(r, pre), "postcode")]
    elif country == "au":
        c, st, pc = r.choice(AU_ADDR_CITIES)
        parts += [(", ", "o"), (f"{c} {st}", "~"), (" ", "o"), (pc, "postcode")]
    else:
        c, pc = r.choice(NZ_ADDR_CITIES)
        parts += [(", ", "o"), (c, "~"), (" ", "o"), (pc, "postcode")]
    return parts


# ---------------------------------------------------------------------------
# Slots.
# ---------------------------------------------------------------------------


class _Ctx:
    def __init__(self, r, pools, region="us"):
        self.r = r
        self.region = region
        self.pools = pools
        self.p = _make_person(r, pools)
        self.p2 = _make_person(r, pools)
        self.c = _make_person(r, pools)
        self.c2 = _make_person(r, pools)
        self.airline = r.choice(R_AIRLINES[region]) if r.random() < 0.85 else r.choice(INTL_AIRLINES)


def _crm(r, p):
    x = r.random()
    if x < 0.45:
        return [(p.fam.upper(), "name"), (", ", "o"), (p.given, "name")]
    if x < 0.7:
        return [(p.fam, "name"), (", ", "o"), (p.given, "name")]
    if x < 0.85:
        return [(p.fam.upper(), "name"), (",", "o"), (p.given.upper(), "name")]
    return [(p.fam.lower(), "name"), (", ", "o"), (p.given.lower(), "name")]


def _famfirst(r, p):
    if r.random() < 0.5:
        return [(f"{p.fam.upper()} {p.given}", "name")]
    return [(f"{p.fam} {p.given}", "name")]


def _anyname(r, p):
    x = r.random()
    if x < 0.4:
        return [(p.full, "name")]
    if x < 0.55:
        return [(f"{p.given} {p.fam}", "name")]
    if x < 0.7:
        return [(p.given, "name")]
    if x < 0.82:
        return _crm(r, p)
    if x < 0.92:
        return _famfirst(r, p)
    return [(f"{_ascii(p.given)[0]}. {p.fam}", "name")]


def _colname(r, c):
    x = r.random()
    if x < 0.55:
        return [(c.given, "name")]
    if x < 0.85:
        return [(f"{c.given} {c.fam}", "name")]
    return [(f"{c.given} {_ascii(c.fam)[0]}.", "name")]


def _o(s):
    return [(s, "o")]


def _safe(fn, who="p"):
    """Fall back to prefiltered 'given family' if a formed name has a listed word."""
    def wrapped(x):
        parts = fn(x)
        for t, l in parts:
            if l == "name" and _is_listed(t.replace(",", " "), x.pools.listed):
                per = getattr(x, who)
                return [(f"{per.given} {per.fam}", "name")]
        return parts
    return wrapped


SLOTS = {
    # people
    "name": _safe(lambda x: _anyname(x.r, x.p)),
    "full": lambda x: [(x.p.full, "name")],
    "given": lambda x: [(x.p.given, "name")],
    "fam": lambda x: [(x.p.fam, "name")],
    "crm": lambda x: _crm(x.r, x.p),
    "famfirst": lambda x: _famfirst(x.r, x.p),
    "name2": _safe(lambda x: _anyname(x.r, x.p2), "p2"),
    "full2": lambda x: [(x.p2.full, "name")],
    "given2": lambda x: [(x.p2.given, "name")],
    "fam2": lambda x: [(x.p2.fam, "name")],
    "col": _safe(lambda x: _colname(x.r, x.c), "c"),
    "col2": _safe(lambda x: _colname(x.r, x.c2), "c2"),
    "colg": lambda x: [(x.c.given, "name")],
    "colg2": lambda x: [(x.c2.given, "name")],
    "handle": _safe(lambda x: [("@", "o"), (_handle(x.c, x.r), "name")], "c"),
    "handle2": _safe(lambda x: [("@", "o"), (_handle(x.c2, x.r), "name")], "c2"),
    "title": lambda x: _o(x.r.choice(TITLES)),
    "cue": lambda x: _o(x.r.choice(CUES)),
    # contact details / ids
    "phone": lambda x: [(_phone_r(x.r, x.region) if x.r.random() < 0.85 else _phone(x.r), "phone")],
    "phone_us": lambda x: [(_phone_nanp(x.r, "us"), "phone")],
    "phone_ca": lambda x: [(_phone_nanp(x.r, "ca"), "phone")],
    "phone_au": lambda x: [(_phone_au(x.r), "phone")],
    "phone_nz": lambda x: [(_phone_nz(x.r), "phone")],
    "tollfree": lambda x: _o(_tollfree(x.r)),
    "email": lambda x: [(_email(x.r, x.p), "email")],
    "email2": lambda x: [(_email(x.r, x.p2), "email")],
    "url": lambda x: [(_url(x.r, x.p), "url")],
    "site": lambda x: _o(_site(x.r)),
    "card": lambda x: [(_card4(x.r), "card")],
    "acct": lambda x: [(_acct(x.r), "id")],
    "member": lambda x: [(_member(x.r), "id")],
    "claim": lambda x: [(_claim(x.r), "id")],
    "order": lambda x: [(_order(x.r), "id")],
    "pnr": lambda x: [(_pnr(x.r), "id")],
    "policy": lambda x: [(_policy(x.r), "id")],
    "ff": lambda x: [(_ff(x.r), "id")],
    "tracking": lambda x: [(_tracking(x.r), "id")],
    "bagref": lambda x: [(_bagref(x.r), "id")],
    "healthcard": lambda x: [(_healthcard(x.r), "id")],
    "medicare": lambda x: [(_medicare(x.r), "id")],
    "nhi": lambda x: [(_nhi(x.r), "id")],
    "dl": lambda x: [(_dl(x.r), "id")],
    "ssn4": lambda x: [(_digits(x.r, 4), "id")],
    "ticket": lambda x: [(_ticket(x.r), "~")],
    "ip": lambda x: [(_ip(x.r), "ip")],
    "iban": lambda x: [(_iban(x.r), "iban")],
    "bankpair": lambda x: _bankpair(x.r, x.region),
    "dob": lambda x: [(_dob(x.r), "dob")],
    "dobyear": lambda x: [(x.r.choice([f"{x.r.randint(40, 99)}", f"'{x.r.randint(40, 99)}", f"19{x.r.randint(40, 99)}"]), "dob")],
    "addr": lambda x: _addr(x.r, country=x.region),
    "addr_full": lambda x: _addr(x.r, with_city=True, country=x.region),
    "zip": lambda x: [(_us_zip(x.r), "postcode")],
    "zip4": lambda x: [(_us_zip(x.r)[:5] + "-" + _digits(x.r, 4), "postcode")],
    "postal_ca": lambda x: [(_ca_postal(x.r), "postcode")],
    "pc_au": lambda x: [(_au_pc(x.r), "postcode")],
    "pc_nz": lambda x: [(_nz_pc(x.r), "postcode")],
    # ordinary stuff
    "bank": lambda x: _o(x.r.choice(R_BANKS[x.region])),
    "airline": lambda x: _o(x.airline),
    "airline2": lambda x: _o(x.r.choice([a for a in R_AIRLINES[x.region] if a != x.airline] or INTL_AIRLINES)),
    "flight": lambda x: _o(_flight(x.r, x.airline)),
    "airport": lambda x: _o(x.r.choice(AIRPORTS)),
    "shop": lambda x: _o(x.r.choice(R_SHOPS[x.region] + R_SHOPS_ALL)),
    "telco": lambda x: _o(x.r.choice(R_TELCOS[x.region])),
    "device": lambda x: _o(x.r.choice(DEVICES)),
    "app": lambda x: _o(x.r.choice(R_APPS[x.region] * 2 + R_APPS_ALL)),
    "insurer": lambda x: _o(x.r.choice(R_INSURERS[x.region])),
    "health": lambda x: _o(x.r.choice(R_HEALTH[x.region])),
    "food": lambda x: _o(x.r.choice(R_FOOD[x.region])),
    "cardprod": lambda x: _o(x.r.choice(R_CARDPROD[x.region])),
    "bankprod": lambda x: _o(x.r.choice(BANK_PRODUCTS)),
    "brand": lambda x: _o(x.r.choice(R_SHOPS[x.region] + R_TELCOS[x.region] + R_BANKS[x.region] + R_FOOD[x.region])),
    "team": lambda x: _o(x.r.choice(TEAMS)),
    "team2": lambda x: _o(x.r.choice(TEAMS)),
    "city_us": lambda x: _o(x.r.choice(US_CITIES)),
    "city_ca": lambda x: _o(x.r.choice(CA_CITIES)),
    "city_au": lambda x: _o(x.r.choice(AU_CITIES)),
    "city_nz": lambda x: _o(x.r.choice(NZ_CITIES)),
    "city": lambda x: _o(x.r.choice(R_CITIES[x.region])),
    "city2": lambda x: _o(x.r.choice(R_CITIES[x.region] + HOME_PLACES[::3] + R_CITIES[x.r.choice(list(R_CITIES))])),
    "home": lambda x: _o(x.r.choice(HOME_PLACES)),
    "region": lambda x: _o(x.r.choice(R_REGIONS[x.region])),
    "homeregion": lambda x: _o(x.r.choice(HOME_REGIONS)),
    "lang": lambda x: _o(x.r.choice(LANGS)),
    "jar": lambda x: _o(x.r.choice(JARGON)),
    "short": lambda x: _o(x.r.choice(SHORT)),
    "date": lambda x: _o(_date(x.r)),
    "time": lambda x: _o(_time(x.r)),
    "amt": lambda x: _o(_amt_r(x.r, x.region)),
    "mins": lambda x: _o(str(x.r.randint(3, 48))),
    "hrs": lambda x: _o(str(x.r.randint(2, 9))),
    "samt": lambda x: _o(x.r.choice(R_CUR[x.region]) + str(x.r.randint(10, 60))),
    "n": lambda x: _o(str(x.r.randint(2, 40))),
    "csat": lambda x: _o(x.r.choice(["5/5", "5", "4/5", "10/10", "100%", "5 stars", "4"])),
    "pct": lambda x: _o(str(x.r.choice([5, 10, 12, 15, 20, 25, 30, 50]))),
}

# ---------------------------------------------------------------------------
# Templates.
# ---------------------------------------------------------------------------

PII_TEMPLATES = [
    "{cue} {full} ({phone}) wanted {airline} refund for PNR {pnr}, processed as {amt} travel credit, {jar}",
    "- verified {given} via OTP - updated addr to {addr} - {bank} card reissued - {jar}",
    "{crm} | acct {acct} | fee reversal {amt} approved by {col} ({team})",
    "thanks to {col} from {team} for jumping on {full}'s chargeback, {bank} cleared it {short}",
    "cx {given} {fam} dob {dob} verified, reset {app} login, AHT {mins} min",
    "{title}{fam} from {city} (zip {zip}) happy w/ {insurer} claim {claim} payout, {jar}",
    "pls call back {title}{fam} on {phone} tmrw re {telco} port-in, they were cut off",
    "{famfirst} - {food} order {order} never arrived, full refund {amt}, no escalation needed",
    "old email {email2} bounced, got the correct one from cx: {email} - {shop} receipts resent",
    "{handle} nice save on the {airline} rebook!! cx {given} sent kudos, PNR {pnr}",
    "{given} ({cue}) was furious abt the {shop} double charge on card ending {card}, reversed + {jar}",
    "new mailing addr for {full}: {addr_full}",
    "{cue} said their son {given2} usually handles the {bank} app, added {given2} as auth user w/ {full}'s ok",
    "ip {ip} flagged by Fraud Ops but it was just {given} on hotel wifi in {home}, unblocked {short}",
    "refund to IBAN {iban} for {full} (moved back to {home}), approved, Intl Payments to action",
    "{cue} {full}, DOB {dob}, PH {phone}, member # {member} -- {health} consult booked {date} {time}",
    "{crm}, postal code {postal_ca}, {telco} bill credit {amt} for the outage",
    "{given} {fam} born in {dobyear}, wanted seniors rate on {insurer} policy {policy}, got it approved",
    "shipped replacement {device} to {addr} {postal_ca}, {shop} covering shipping",
    "called {cue} {given} back at {phone_au}, {bank} hardship plan confirmed, postcode {pc_au}",
    "nz cx {full} on {phone_nz}, {telco} modem swap, post code {pc_nz}, sorted first call",
    "{col} and {col2} both helped w/ {full}'s {insurer} claim {claim}, great teamwork {short}",
    "{name} emailed from {email} asking for {airline} receipts, sent to same",
    "direct deposit updated for {full}: {bankpair}",
    "seller {full} linked {url} for ID check, {team} approved the {shop} payout",
    "Dr {fam2} (pt {given}'s GP) faxed the script over, {health} refill done same day",
    "transferred to {team} after {given} read out card digits {card} and dob {dob} :/ no harm done",
    "{title}{full} ph {phone} rang re {airline} lost bag, file ref {bagref}, bag found in {airport}",
    "{handle} {handle2} pls check {given}'s {telco} ticket, cx left {csat} CSAT for us",
    "verified {cue} w/ last4 {card} and zip {zip}, {shop} refund {amt} back to card",
    "spoke w/ {full} and partner {full2}, both on the {bank} joint acct {acct}, {bankprod} sorted",
    "{given} at {addr} says {food} driver left the order at the wrong house, redelivered free",
    "Mrs {fam} ({email}) wanted to cancel Amazon Prime, saved w/ 3 months free, retention win",
    "{cue}: {full} / {phone} / {email} / dob {dob}",
    "kudos to {colg} in {team}, took {given}'s {airline} complaint off my hands",
    "{given} - no last name given - {bank} e-transfer stuck, resent it, ty {colg}",
    "custmer named {given} from {city} said the {device} keeps dropping wifi, swapped under warranty",
    "acct holder {crm} dob {dob} asked to add {full2} as beneficiary on {insurer} policy {policy}",
    "health card {healthcard} for {full}, {health} visit covered, {jar}",
    "medicare no. {medicare} confirmed for {given} {fam}, telehealth booked w/ Dr {fam2} at {time}",
    "{given}'s {app} account (login {email}) signed in from {ip}, not them, locked + reset",
    "ZIP+4 on file {zip4} didnt match, {given} updated it, {shop} order {order} released",
    "{crm} - DL# {dl} verified for {insurer} auto claim {claim}",
    "{given}, dob {dob}, needed {airline} name correction - ticket said {given2} {fam}, fixed to {full}",
    "sup {col} approved goodwill {amt} for {full}, {shop} late delivery",
    "{cue} {given} is in {home} rn, {time} their time lol, {bank} card ending {card} unblocked for travel",
    "cx gave tracking {tracking}, {given} needed proof of delivery for {shop} claim",
    "rebooked {full} + {full2} on {airline} {flight}, PNR {pnr}, seats together now",
    "{given} texted from {phone}, {food} refund {amt} + promo code, {jar}",
    "{given} {fam}'s public post {url} showed the parcel was never delivered, {shop} accepted the claim",
    "customer {given} wants callbacks only to {phone} after {time}, noted on acct {acct}",
    "ssn last 4 {ssn4} + dob {dob} verified for {full}, {bank} {cardprod} activated",
    "{cue} {name} had no dob on file, added {dob}, {insurer} quote emailed",
    "{colg} said {full} from {city} is a repeat caller, {bank} fees waived once more, noted",
    "{given} {fam} | {airline} | PNR {pnr} | FF# {ff} | upgrade applied",
    "{cue} {given}: 'pls dont call {phone}, use {email} instead'",
    "gave {given} the fraud line {tollfree} for {bank}, they'd been calling {phone} which is their own cell lol",
    "the {fam} family (3 pax) rebooked onto {airline} {flight} after the {airport} delay, {jar}",
    "ticket {ticket} for {full} - {telco} roaming charges {amt} credited",
    "{cue} {given} {fam} (goes by {given2}) - {insurer} home claim {claim}, {team} fast-tracked",
    "{FULLUP} CALLED BACK AGAIN, FINALLY SORTED THE {shop} RETURN, ORDER {order}",
    "'{given}' says thx for the {food} voucher :) CSAT {csat}",
    "spoke to {title}{fam} re overdue bill, set up payment plan on acct {acct}, will call back {date}",
    "{given} was in the grace period on {insurer} policy {policy}, got it reinstated, {short}",
    "{cue} {full} paid the bill via Bill Pay, {bank} acct {acct}, confirmation sent",
    "nhi {nhi} checked for {full}, {health} gp appt booked, cx from {city_nz}",
    "recieved call from {full} re {telco} contract, adress is {addr_full}, sent new sim",
    "{colg}: can u look at {crm}? {bank} {bankprod} app stuck in KYC, phone {phone}",
    "Aeroplan # {ff} for {given} {fam}, missing points from {airline} {flight} added",
    "bsb+acc for {given}'s {insurer} payout: {bankpair}",
    "{name} pt in {city_au} needed {health} script, dob {dob}, medicare {medicare}",
    "{given} from {team} helped me w/ {full}'s {shop} dispute, order {order}, won it",
    "passenger {famfirst} - {airline} wheelchair request added to {pnr}, {team} notified",
    "member {full} #{member} - {insurer} ambulance claim paid {amt}",
    "{given} {fam} lives at {addr} now, updated {bank} statements, zip {zip}",
    "cust rang from {phone_ca} ({given}), {telco} bill had roaming from {home}, credited {amt}",
    "{handle} thx for the {team} assist on the {given} {fam} escalation, cx calmed right down",
    "VERY happy cx: {name}. {food} order {order} fixed + {amt} credit",
    "{cue} {given} {fam} dob: {dob} phone: {phone} addr: {addr} - {insurer} contents claim lodged",
    "{given} sent their {url} so {shop} Seller Support could match the shop owner, verified, payout unfrozen",
    "cx {full} on {app}, profile {url} matched the sender, {bank} recalled the e-transfer {amt}",
    "{cue} {fam} {given} says the {telco} bill is wrong again, credited {amt}, will call back {date} if not fixed",
    "Ms {fam}'s {insurer} travel claim from {home}: {claim}, paid {amt} to card ending {card}",
    "cx {GIVENUP} said tysm!! {telco} sim swap done, {jar}",
    "wins today: 1) {given} ({bank} fee refund) 2) {given2} ({airline} rebook) 3) a caller in {city} ({shop} return)",
    "re: {crm} - {health} video consult dropped twice, rebooked w/ Dr {fam2}, link sent to {email}",
    "spoke to {given}'s daughter {given2} (POA on file) re {bank} {bankprod}, all good, {short}",
    "Mrs {FAMUP} said 'your the best' lol, {insurer} windscreen claim {claim} done in {mins} min",
    "custmer {name} from {home} wanted to know why {shop} held thier order {order}, released after KYC",
]

NOPII_TEMPLATES = [
    "Got the {airline} refund through for a caller in {city}, {team} cleared it",
    "{bank} chargeback won for cx in {city_ca}, {amt} back, AHT {mins} min",
    "cx from {home} couldnt use {app} abroad, walked them thru the {bank} travel notice, {jar}",
    "- {food} order late in {city_au} - credited {amt} - CSAT {csat}",
    "{telco} outage in {city_nz}, {n} callers this morning, {team} posted a macro, FCR held up",
    "great day on {team}: {n} {shop} returns sorted, zero escalations",
    "{insurer} hail claim for a home in {city_au} approved same day, {team} legends",
    "helped a nurse in {city} set up {health} on their {device}, {short}",
    "tmrw pls remind me to chase {team} re the {airline} voucher backlog",
    "{shop} seller based in {home} got payout released after {team} review, {short}",
    "cx very happy w/ {device} replacement, {shop} shipped it from the {city} warehouse",
    "{city_us} caller wanted {app} cancelled, saved w/ 50% off for 3 months, retention win #{n}",
    "Summer sale promo code worked after all, {shop} {team} fixed the glitch",
    "Amazon Prime refund for a student in {city_ca}, partial {amt}, {jar}",
    "{airline} {flight} {airport}-{airport} delayed {hrs}h, rebooked on {airline2}, meal voucher {samt}",
    "{bank} hardship team approved a 3 month pause for a caller from {region}",
    "translated for a {lang}-speaking caller from {city}, {insurer} claim lodged, {team} happy",
    "mark as resolved - {food} dispute in {city_us}, {amt} refunded",
    "{city_nz} caller, {telco} fibre install booked for {date} {time}, {short}",
    "{jar} + {jar}, {shop} case closed, {team} happy",
    "WFM moved me to {team} for the {airline} storm, {n} rebooks in 2h lol",
    "{bank} {cardprod} upgrade done for a small biz owner in {city_au}",
    "cx thought {app} charged them twice, was just a pending auth, explained, CSAT {csat}",
    "{insurer} policy renewal in {region} went thru w/ loyalty discount {pct}%",
    "{airline} lost bag found in {city2}, courier to deliver {date}",
    "Rose gold iPhone 15 swapped at {shop} {city}, {team} authorised",
    "{city2} to {city} on {airline}, {amt} fare diff waived by {team}",
    "grace period extended on the {insurer} premium for a caller in {home}, {short}",
    "{health} triage nurse callback arranged for a caller in {city_au}, {time} slot",
    "call from {region} re {bank} {bankprod}, warm transfer to {team}, cx happy",
    "Frank feedback from cx: '{shop} app is a mess' lol, logged it for {team}",
    "{team} fixed the {food} promo for {city_ca} users, {n} tickets closed",
    "{airline} lounge pass given as goodwill, transit pax via {airport}, {team} ok'd it",
    "will call back tmrw re {telco} roaming pack, cx heading to {home} on {date}",
    "sent cx the {site} link, return label printed fine, {jar}",
    "told caller to ring {bank} on {tollfree} for the branch side, cx fine w/ that",
    "QA calibration w/ {team} went well, {n} calls reviewed, TL happy, {short}",
    "{shop} Black Friday queue insane, {n} chats, AHT {mins}, {short}",
    "{telco} {device} trade-in valued at {amt} for a cx in {city_us}, they were stoked",
    "{food} courier in {city_nz} delivered to the wrong block, {team} refunded {amt}",
    "caller from {home} visiting family in {city_ca} needed {telco} travel sim, sorted",
    "{insurer} roadside callout in {region}, tow arrived in {mins} min, {jar}",
    "bill shock on {telco} after trip to {home}, roaming capped at {amt}, {team} approved",
    "{bank} {bankprod} rate match done, cx from {city_au} stays w/ us, retention win",
    "{airline} pax stuck at {airport}, hotel + {samt} meal voucher, {team} ok'd, {short}",
    "Chase fraud alert was legit, card frozen, new one in 5 business days, cx grateful",
]

# a couple of PII templates written in their own case on purpose
_FULLUP = "{FULLUP}"


def _parse(t):
    out = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", t):
        if m.start() > pos:
            out.append(("lit", t[pos:m.start()]))
        out.append(("slot", m.group(1)))
        pos = m.end()
    if pos < len(t):
        out.append(("lit", t[pos:]))
    return out


def _render(tmpl, ctx):
    parts = []
    for kind, val in _parse(tmpl):
        if kind == "lit":
            parts.append((val, "o"))
        elif val.endswith("UP") and val[:-2].lower() in SLOTS:
            parts.extend((t.upper(), l) for t, l in SLOTS[val[:-2].lower()](ctx))
        else:
            parts.extend(SLOTS[val](ctx))
    return parts


def _merge(parts):
    out = []
    for text, lab in parts:
        if not text:
            continue
        if out and lab == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + text, "o")
        else:
            out.append((text, lab))
    return out


def _recase(parts, mode):
    if mode == "lower":
        return [(t.lower(), l) for t, l in parts]
    if mode == "upper":
        return [(t.upper(), l) for t, l in parts]
    return parts


def blind_notes(listed: frozenset = frozenset()) -> list:
    listed = frozenset(w.lower() for w in listed)
    r = random.Random(SEED)
    pools = _Pools(listed)
    notes = []
    # every template at least once, then a random mix
    order = [("pii", t) for t in PII_TEMPLATES] + [("nopii", t) for t in NOPII_TEMPLATES]
    while len(order) < N_NOTES:
        if r.random() < P_NOPII:
            order.append(("nopii", r.choice(NOPII_TEMPLATES)))
        else:
            order.append(("pii", r.choice(PII_TEMPLATES)))
    for kind, tmpl in order:
        ctx = _Ctx(r, pools, _template_region(tmpl, r))
        parts = _render(tmpl, ctx)
        x = r.random()
        if "{FULLUP}" in tmpl:
            mode = "upper"
        elif x < P_LOWER:
            mode = "lower"
        elif x < P_LOWER + P_UPPER:
            mode = "upper"
        else:
            mode = "keep"
        notes.append(_merge(_recase(parts, mode)))
    return notes


# ---------------------------------------------------------------------------

VALID_LABELS = {"name", "email", "phone", "card", "id", "address", "postcode",
                "ip", "url", "iban", "dob", "o", "~"}


def _check(notes, listed=frozenset()):
    for note in notes:
        assert isinstance(note, list) and note, note
        for part in note:
            assert isinstance(part, tuple) and len(part) == 2, part
            text, lab = part
            assert isinstance(text, str) and text, part
            assert lab in VALID_LABELS, part
            if lab == "name" and listed:
                assert not _is_listed(text.replace(",", " "), listed), part


def _stats(notes):
    from collections import Counter
    n = len(notes)
    lower = sum(1 for nt in notes if "".join(t for t, _ in nt) == "".join(t for t, _ in nt).lower())
    nopii = sum(1 for nt in notes if all(l == "o" for _, l in nt))
    labels = Counter(l for nt in notes for _, l in nt)
    notes_with = Counter()
    for nt in notes:
        for l in {l for _, l in nt}:
            notes_with[l] += 1
    return n, lower / n, nopii / n, labels, notes_with


if __name__ == "__main__":
    notes = blind_notes(frozenset())
    _check(notes)
    assert notes == blind_notes(frozenset()), "not deterministic"
    n, lower, nopii, labels, notes_with = _stats(notes)
    print(f"notes: {n}")
    print(f"share entirely lower case: {lower:.3f}")
    print(f"share with no personal data (all 'o'): {nopii:.3f}")
    print("parts per label:", dict(sorted(labels.items())))
    print("notes containing label:", dict(sorted(notes_with.items())))
    print(f"templates: {len(PII_TEMPLATES) + len(NOPII_TEMPLATES)} "
          f"({len(PII_TEMPLATES)} with personal data, {len(NOPII_TEMPLATES)} without)")
    n_given = sum(len(c.get("given", [])) + len(c.get("given_m", [])) + len(c.get("given_f", [])) for c in CULTURES.values())
    n_fam = sum(len(c["family"]) for c in CULTURES.values())
    print(f"cultures: {len(CULTURES)}, given names: {n_given}, family names: {n_fam}")

    # made-up listed set: drop some names and check they never appear as names
    fake = frozenset({"tenzin", "nurul", "harpreet", "sandhu", "quispe", "mamani", "jordi",
                      "joensen", "gaup", "begay", "nair", "gowda", "sok", "chea", "aung",
                      "kaur", "singh", "bin", "i", "pema", "dolma", "heðin", "hedin", "hætta",
                      "haetta", "benitez", "xose", "uxia", "two", "norbu", "aigerim"})
    notes2 = blind_notes(fake)
    _check(notes2, fake)
    n2, lower2, nopii2, labels2, _ = _stats(notes2)
    print(f"with made-up listed ({len(fake)} words): notes {n2}, lower {lower2:.3f}, "
          f"no-pii {nopii2:.3f}, name parts {labels2['name']}; no listed name word found")
