"""Things that must be kept (label o): brands, apps, places, teams, jargon, per country."""

TEL = {"TR": ("Turkcell", "Türk Telekom", "Vodafone TR", "Türk Telekom Prime", "Pasaj"), "IR": ("Irancell", "Hamrah-e Aval", "MCI", "RighTel", "Shatel"),
       "IL": ("Cellcom", "Partner", "Pelephone", "HOT Mobile", "Golan Telecom", "Bezeq"), "KZ": ("Kcell", "Beeline KZ", "Tele2", "Altel", "Activ", "Kazakhtelecom"),
       "UZ": ("Ucell", "Beeline UZ", "Mobiuz", "Uztelecom", "Humans"), "KG": ("MegaCom", "O!", "Beeline KG", "Aknet"), "TJ": ("Tcell", "MegaFon TJ", "Babilon-M", "Zet-Mobile"),
       "TM": ("TMCell", "Altyn Asyr", "Türkmentelekom"), "MN": ("Unitel", "Mobicom", "Skytel", "G-Mobile", "Univision"), "AF": ("Roshan", "AWCC", "Etisalat AF", "MTN AF", "Salaam"),
       "GE": ("Magti", "Silknet", "Cellfie", "Geocell"), "AM": ("Team Telecom", "Viva", "Ucom", "Beeline AM"), "AZ": ("Azercell", "Bakcell", "Nar", "Aztelekom")}
BANK = {"TR": ("Garanti BBVA", "Akbank", "İş Bankası", "Ziraat", "Yapı Kredi", "QNB", "Enpara", "Papara", "DenizBank"), "IR": ("Bank Melli", "Mellat", "Saderat", "Tejarat", "Pasargad", "Blu Bank", "Ayandeh"),
        "IL": ("Bank Hapoalim", "Leumi", "Discount", "Mizrahi-Tefahot", "One Zero", "Bit", "PayBox", "Isracard", "Max"), "KZ": ("Kaspi", "Halyk", "Forte Bank", "Jusan", "BCC", "Freedom Bank"),
        "UZ": ("Kapitalbank", "Uzum Bank", "Click", "Payme", "TBC UZ", "Hamkorbank", "Anor Bank"), "KG": ("Optima Bank", "Demir Bank", "Mbank", "Bakai Bank", "KICB", "Elsom"),
        "TJ": ("Eskhata", "Alif Bank", "Dushanbe City", "Amonatbonk", "Humo"), "TM": ("Halkbank", "Rysgal", "Dayhanbank", "Türkmenbaşy bank"),
        "MN": ("Khan Bank", "Golomt", "TDB", "XacBank", "State Bank", "QPay"), "AF": ("Azizi Bank", "AIB", "Ghazanfar Bank", "M-Paisa", "HesabPay"),
        "GE": ("TBC Bank", "Bank of Georgia", "Liberty", "Space", "Credo"), "AM": ("Ameriabank", "Ardshinbank", "ACBA", "Inecobank", "IDBank", "Evocabank"),
        "AZ": ("Kapital Bank", "PASHA Bank", "ABB", "Birbank", "Yelo Bank", "Unibank")}
AIR = {"TR": ("Turkish Airlines", "THY", "Pegasus", "AJet", "SunExpress", "Miles&Smiles"), "IR": ("Iran Air", "Mahan Air", "Qeshm Air", "Iran Aseman", "Kish Air"),
       "IL": ("El Al", "Israir", "Arkia", "Matmid"), "KZ": ("Air Astana", "FlyArystan", "SCAT"), "UZ": ("Uzbekistan Airways", "Humo Air", "Qanot Sharq"),
       "KG": ("Avia Traffic", "Air Manas", "TezJet"), "TJ": ("Somon Air", "Tajik Air"), "TM": ("Turkmenistan Airlines",), "MN": ("MIAT", "Hunnu Air", "Aero Mongolia"),
       "AF": ("Ariana", "Kam Air"), "GE": ("Georgian Airways", "MyWay"), "AM": ("Fly Arna", "Armenia Airways", "Aircompany Armenia"), "AZ": ("AZAL", "Buta Airways")}
MKT = {"TR": ("Trendyol", "Hepsiburada", "n11", "Getir", "Yemeksepeti", "Sahibinden", "Çiçeksepeti"), "IR": ("Digikala", "Snapp", "Divar", "Tapsi", "Basalam", "SnappFood"),
       "IL": ("Yad2", "KSP", "Ivory", "Shufersal Online", "Wolt", "AliExpress"), "KZ": ("Kaspi Magazin", "Wildberries", "Ozon", "Glovo", "Chocofood", "Kolesa"),
       "UZ": ("Uzum Market", "OLX", "Yandex Eats", "Express24", "Wildberries"), "KG": ("Lalafo", "Namba Food", "Glovo", "Wildberries"), "TJ": ("Somon.tj", "Alif Shop", "Yandex Go"),
       "TM": ("Tmcars", "Belet", "Älem"), "MN": ("Shoppy.mn", "Unegui", "Toki", "Emart"), "AF": ("Zood Mall", "Bazarche", "Daraz"),
       "GE": ("MyMarket", "Extra.ge", "Wolt", "Glovo", "Bolt Food"), "AM": ("Menu.am", "List.am", "Yandex Eats", "Wildberries"), "AZ": ("Umico", "Tap.az", "Trendyol", "Wolt")}
AIRPORT = {"TR": ("IST", "SAW", "ESB", "ADB", "AYT"), "IR": ("IKA", "THR", "MHD", "SYZ"), "IL": ("TLV", "Ben Gurion", "ETM", "Ramon"), "KZ": ("ALA", "NQZ", "CIT"),
           "UZ": ("TAS", "SKD", "BHK"), "KG": ("FRU", "Manas", "OSS"), "TJ": ("DYU", "LBD"), "TM": ("ASB",), "MN": ("UBN", "Chinggis Khaan Intl"), "AF": ("KBL", "HEA", "MZR"),
           "GE": ("TBS", "KUT", "BUS"), "AM": ("EVN", "Zvartnots"), "AZ": ("GYD", "Heydar Aliyev Intl")}
CITY = {"TR": ("Istanbul", "İstanbul", "Ankara", "Izmir", "Bursa", "Antalya", "Kadıköy", "Beşiktaş", "Trabzon", "Van", "Diyarbakır"),
        "IR": ("Tehran", "Mashhad", "Isfahan", "Shiraz", "Tabriz", "Karaj", "Kish", "Qeshm", "Yazd"), "IL": ("Tel Aviv", "Haifa", "Jerusalem", "Eilat", "Ashdod", "Ramat Gan", "Herzliya", "Beersheba"),
        "KZ": ("Almaty", "Astana", "Shymkent", "Aktau", "Atyrau", "Karaganda"), "UZ": ("Tashkent", "Samarkand", "Bukhara", "Khiva", "Fergana"),
        "KG": ("Bishkek", "Osh", "Issyk-Kul", "Cholpon-Ata", "Karakol"), "TJ": ("Dushanbe", "Khujand", "Khorog"), "TM": ("Ashgabat", "Türkmenbaşy", "Mary", "Awaza"),
        "MN": ("Ulaanbaatar", "UB", "Darkhan", "Erdenet", "Khovd"), "AF": ("Kabul", "Herat", "Kandahar", "Mazar", "Jalalabad", "Bamyan"),
        "GE": ("Tbilisi", "Batumi", "Kutaisi", "Gudauri", "Rustavi"), "AM": ("Yerevan", "Gyumri", "Dilijan", "Jermuk"), "AZ": ("Baku", "Bakı", "Ganja", "Sumqayit", "Qabala")}
CUR = {"TR": ("TL", "₺", "TRY"), "IR": ("toman", "rial", "IRR", "tomans"), "IL": ("₪", "NIS", "shekel"), "KZ": ("tenge", "₸", "KZT", "tg"), "UZ": ("so'm", "sum", "UZS"),
       "KG": ("som", "KGS"), "TJ": ("somoni", "TJS", "smn"), "TM": ("manat", "TMT"), "MN": ("₮", "tugrik", "MNT"), "AF": ("afghani", "AFN", "afs"),
       "GE": ("lari", "GEL", "₾"), "AM": ("dram", "AMD", "֏"), "AZ": ("manat", "AZN", "₼")}
APP = ("BiP", "Telegram", "WhatsApp", "Instagram", "the app", "mobile app", "USSD *100#", "Kaspi.kz app", "Click Up", "Payme app", "Birbank app", "Mobile Banking",
       "Yandex Go", "Google Pay", "Apple Pay", "eSIM portal", "self-care app", "web chat", "IVR", "Viber", "Imo", "Rubika", "Bale", "Eitaa", "iMessage")
DEV = ("iPhone 15 Pro", "iPhone 13", "Galaxy A54", "Galaxy S23 Ultra", "Redmi Note 12", "Xiaomi 13T", "Huawei P30", "Honor X8", "Tecno Spark 10", "Pixel 7",
       "TP-Link Archer C6", "ZTE MF286", "Huawei B535", "Keenetic Giga", "Samsung 55Q60C", "Apple Watch SE", "AirPods Pro", "PS5", "Vestel TV", "Reeder P13")
PLAN = ("Platinum 20GB", "Unlimited Max", "GNÇ paket", "Red 15GB", "Superonline 100Mbps fiber", "Business Pro", "Tarif Vse Svoe", "Tariff Super 50", "Internet 30GB",
        "Roaming Pack Europe", "Kaspi Red", "Kaspi Gold", "Bonus+", "Premium Club", "Family 4 lines", "Prepaid Start", "Fiber 500", "Tariff Simple", "5G Plus", "Miles&Smiles Elite",
        "Business Class", "Economy Flex", "Premium Economy", "Platinum card", "Gold card", "Bonus card", "Kredi kartı", "Visa Classic", "Mastercard World")
TEAM = ("billing", "retention", "Tier 2", "L2", "back office", "fraud team", "chargebacks", "NOC", "field ops", "VIP desk", "Retention Squad B", "Team Alpha", "Q-Roaming",
        "Q_Billing_RU", "Q_Cards_TR", "Refunds queue", "Baggage Services", "ground ops", "Collections", "Onboarding", "KYC team", "social media desk", "Escalations",
        "Quality", "WFM", "Night shift", "Complaints Desk", "Tech Support L1", "Premium Line", "Sales Desk 3")
SH = ("ftr", "fcr", "aht ok", "nps 10", "csat 5/5", "tnx", "thx", "pls", "asap", "w/o", "b/c", "cx happy", "kb article", "sla met", "fyi", "eta 2d", "tkt closed",
      "rca done", "wip", "imo", "idk", "tmrw", "lol", "np", "ok ok", "gg", "+1", "brb", "10/10", "smh", "btw", "ty")
EXCL = ("great win", "nice win", "big win", "small win", "win", "WIN", "good save", "save", "kudos", "shoutout", "yay", "bravo", "aferin", "helal", "molodets", "afarin", "sağ olsun",
        "kol hakavod", "sababa", "rahmat", "madloba", "shnorhakalutyun", "çox sağ ol", "zor", "super")
