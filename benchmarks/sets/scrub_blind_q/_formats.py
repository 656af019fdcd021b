"""Regional formats for personal data (phones, postcodes, addresses, ids, cards, IBANs...)."""
import unicodedata

COUNTRIES = ("TR", "IR", "IL", "KZ", "UZ", "KG", "TJ", "TM", "MN", "AF", "GE", "AM", "AZ")
CW = (16, 10, 12, 9, 9, 6, 5, 4, 6, 5, 6, 6, 6)
CULTURES = {
    "TR": (("turkish", 75), ("kurdish", 15), ("uyghur", 4), ("azerbaijani", 6)),
    "IR": (("persian", 78), ("kurdish", 10), ("azerbaijani", 12)),
    "IL": (("hebrew", 65), ("ru_israeli", 35)),
    "KZ": (("kazakh", 85), ("uyghur", 10), ("uzbek", 5)),
    "UZ": (("uzbek", 85), ("tajik", 10), ("kazakh", 5)),
    "KG": (("kyrgyz", 80), ("uzbek", 10), ("uyghur", 10)),
    "TJ": (("tajik", 90), ("uzbek", 10)),
    "TM": (("turkmen", 100),),
    "MN": (("mongolian", 100),),
    "AF": (("pashto", 50), ("dari_hazara", 50)),
    "GE": (("georgian", 86), ("armenian", 6), ("azerbaijani", 8)),
    "AM": (("armenian", 100),),
    "AZ": (("azerbaijani", 100),),
}

_ASCII = str.maketrans({"ı": "i", "İ": "I", "ə": "e", "Ə": "E", "ʼ": "", "’": "", "'": "", "ŋ": "n"})


def asciify(s):
    s = unicodedata.normalize("NFKD", s.translate(_ASCII))
    return "".join(c for c in s if not unicodedata.combining(c))


def d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def nz(r, n):
    return r.choice("123456789") + d(r, n - 1)


def _fmt(r, pat):
    # '#' digit, '@' nonzero digit, 'A' letter, 'X' letter or digit
    out = []
    for ch in pat:
        if ch == "#":
            out.append(r.choice("0123456789"))
        elif ch == "@":
            out.append(r.choice("123456789"))
        elif ch == "A":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "X":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


PHONE = {
    "TR": ("+90 5{m} ### ## ##", "05{m} ### ## ##", "0 (5{m}) ### ## ##", "05{m}#######", "5{m} ### ####",
           "0212 ### ## ##", "0216 ### ## ##", "+90 312 ### ## ##", "0(5{m})#######"),
    "IR": ("+98 912 ### ####", "0912 ### ####", "09{i}#######", "0935-###-####", "021-8### ####",
           "+98 21 2### ####", "0901 ### ####", "+989{i}#######"),
    "IL": ("+972-5{l}-###-####", "05{l}-#######", "05{l} ### ####", "+972 5{l} ### ####", "03-9######",
           "02-6######", "05{l}#######", "+9725{l}#######"),
    "KZ": ("+7 70{k} ### ## ##", "8 (70{k}) ###-##-##", "870{k}#######", "+7 (727) 2##-##-##", "+7 747 ### ####",
           "8 777 ### ## ##", "+7(717)2##-##-##", "87{k}{k}#######"),
    "UZ": ("+998 9{u} ### ## ##", "+998(9{u})#######", "9{u} ###-##-##", "9989{u}#######", "+998 71 2## ## ##",
           "+998 33 ### ## ##", "(9{u}) ### ## ##"),
    "KG": ("+996 555 ### ###", "0555 ## ## ##", "+996 (700) ###-###", "0312 6#-##-##", "+996 77# ## ## ##",
           "0 550 ######", "+996 22# ### ###"),
    "TJ": ("+992 93 ### ####", "+992 (90) ###-##-##", "93-###-##-##", "918 ## ## ##", "+992 37 22# ## ##",
           "+992 98 ### ## ##", "55 ### ####"),
    "TM": ("+993 65 ######", "8 65 ##-##-##", "+993 (61) ##-##-##", "+993 12 ######", "8 (63) ######",
           "+993 71 ### ###"),
    "MN": ("+976 99## ####", "88##-####", "99######", "+976-88-######", "9911 ####", "+976 11 3#####",
           "8### ####", "+976 95######"),
    "AF": ("+93 70 ### ####", "0799 ### ###", "+93 (0) 78 ### ####", "0700-###-###", "+93 20 2## ####",
           "0788 ######", "+9379#######"),
    "GE": ("+995 555 ## ## ##", "599 ## ## ##", "+995 32 2 ######", "(+995) 577######", "595-##-##-##",
           "+995 551 ### ###", "032 2## ## ##"),
    "AM": ("+374 91 ######", "091 ## ## ##", "+374 (77) ##-##-##", "+374 10 ######", "094-##-##-##",
           "+374 55 ### ###", "(093) ######"),
    "AZ": ("+994 50 ### ## ##", "050 ### ## ##", "(055) ###-##-##", "+994 12 4## ## ##", "070 ### ####",
           "+99451#######", "077-###-##-##"),
}


def phone(r, c):
    pat = r.choice(PHONE[c])
    pat = pat.replace("{m}", r.choice("345") + r.choice("0123456789"), 1)
    pat = pat.replace("{i}", r.choice(("12", "13", "35", "36", "01", "02", "21", "90", "19", "33")), 1)
    pat = pat.replace("{l}", r.choice("02348"), 1).replace("{u}", r.choice("01345789"), 1)
    pat = pat.replace("{k}", r.choice("157"), 1).replace("{k}", r.choice("0157"), 1)
    return _fmt(r, pat)


def postcode(r, c):
    if c == "TR":
        return "%02d%03d" % (r.randint(1, 81), r.choice((0, 10, 100, 340, 710, 420, 600, 810, 50)) + r.randint(0, 9))
    if c == "IR":
        v = nz(r, 10)
        return v if r.random() < 0.6 else v[:5] + "-" + v[5:]
    if c == "IL":
        return nz(r, 7)
    if c in ("KZ", "UZ", "KG", "TJ", "TM"):
        base = {"KZ": ("050", "010", "160", "100", "090", "130"), "UZ": ("100", "140", "200", "150", "170"),
                "KG": ("720", "723", "714", "722"), "TJ": ("734", "735", "736"), "TM": ("744", "745", "746")}[c]
        return r.choice(base) + d(r, 3)
    if c == "MN":
        return r.choice(("1", "2", "4", "6")) + d(r, 4)
    if c == "AF":
        return r.choice(("10", "11", "30", "17", "38")) + d(r, 2)
    if c in ("GE", "AM"):
        return "0" + d(r, 3)
    if c == "AZ":
        return r.choice(("AZ", "AZ ", "AZ")) + r.choice("12345") + d(r, 3)
    return d(r, 5)

_ST = {
    "TR": ("Atatürk", "Cumhuriyet", "İstiklal", "Bağdat", "Fevzi Çakmak", "Adnan Menderes", "Barbaros", "Kazım Karabekir",
           "İnönü", "Millet", "Gazi Osman Paşa", "Halaskargazi", "Necatibey", "Talatpaşa", "Vatan"),
    "IR": ("Valiasr", "Enghelab", "Azadi", "Shariati", "Motahari", "Mirdamad", "Pasdaran", "Sattarkhan",
           "Keshavarz", "Jomhouri", "Fatemi", "Taleghani", "Dolat", "Zafar"),
    "IL": ("Herzl", "Ben Yehuda", "Dizengoff", "Allenby", "Jabotinsky", "Weizmann", "HaNassi", "Sokolov", "Bialik",
           "Ibn Gabirol", "HaAtzmaut", "Rothschild", "HaGalil", "Arlozorov", "Ha-Yarkon"),
    "KZ": ("Abaya", "Dostyk", "Kabanbai Batyra", "Tole bi", "Furmanova", "Zhibek Zholy", "Seifullina", "Gogolya",
           "Kunaeva", "Respubliki", "Mangilik El", "Satpaeva", "Auezova", "Rozybakieva"),
    "UZ": ("Amir Temur", "Mustaqillik", "Navoiy", "Bobur", "Shota Rustaveli", "Mirobod", "Bunyodkor", "Beruniy",
           "Nukus", "Chilonzor", "Qatortol", "Farobiy", "Buyuk Ipak Yo'li", "Sharof Rashidov"),
    "KG": ("Chuy", "Manasa", "Kievskaya", "Toktogula", "Moskovskaya", "Sovetskaya", "Ibraimova", "Akhunbaeva",
           "Frunze", "Jibek Jolu", "Isanova", "Bokonbaeva", "Erkindik", "Tynystanova"),
    "TJ": ("Rudaki", "Aini", "Bokhtar", "Somoni", "Shotemur", "Ismoili Somoni", "Tursunzoda", "Mirzo Tursunzoda",
           "Firdavsi", "Sino", "Nosiri Khusrav", "Karamov", "Loiq Sherali", "Hakimzoda"),
    "TM": ("Magtymguly", "Atatürk", "Bitarap Türkmenistan", "Garaşsyzlyk", "Oguzhan", "Andalyp", "Azady",
           "Gurbansoltan eje", "Galkynyş", "Türkmenbaşy", "Görogly", "Arçabil"),
    "MN": ("Peace Ave", "Chinggis Ave", "Seoul St", "Olympic St", "Baga Toiruu", "Ikh Toiruu", "Zaisan St",
           "Narny Zam", "Juulchin St", "Sambuu St", "Tokyo St", "Khuvisgalchdyn Ave"),
    "AF": ("Darulaman Road", "Street 3", "Street 15", "Shahr-e Naw Road", "Flower Street", "Chicken Street",
           "Airport Road", "Jalalabad Road", "Qala-e Fatullah Road", "Salang Wat", "Street 5"),
    "GE": ("Chavchavadze Ave", "Rustaveli Ave", "Pekini St", "Vazha-Pshavela Ave", "Tsereteli Ave", "Kazbegi Ave",
           "Abashidze St", "Kostava St", "Agmashenebeli Ave", "Paliashvili St", "Marjanishvili St", "Gorgasali St"),
    "AM": ("Abovyan St", "Mashtots Ave", "Komitas Ave", "Baghramyan Ave", "Tumanyan St", "Sayat-Nova Ave",
           "Amiryan St", "Teryan St", "Pushkin St", "Khanjyan St", "Tigran Mets Ave", "Babajanyan St"),
    "AZ": ("Nizami küç.", "Azadlıq pr.", "Ə. Rəcəbli küç.", "H. Əliyev pr.", "Təbriz küç.", "Füzuli küç.",
           "Bakıxanov küç.", "Neftçilər pr.", "Zərifə Əliyeva küç.", "Səməd Vurğun küç.", "Xətai pr.", "Şərifzadə küç."),
}
_MAH = ("Caferağa", "Moda", "Bahçelievler", "Kızılay", "Esentepe", "Fenerbahçe", "Yenimahalle", "Alsancak",
        "Göztepe", "Kocatepe", "Bostancı", "Çamlık", "Şirinevler", "Cevizli", "Kültür")
_KUCHE = ("Golha", "Bahar", "Nastaran", "Yas", "Sarv", "Shahid Ahmadi", "Dovom", "Sevom", "Laleh", "Narges", "Yekom")
_MKR = ("Samal-2", "Aksai-4", "Orbita-3", "Mamyr-1", "Zhetysu-2", "Nurkent", "Koktem-1", "Alatau")


def _n(r, hi=180):
    return str(r.randint(1, hi))


def address(r, c):
    s = r.choice(_ST[c])
    n, u = _n(r), _n(r, 90)
    a = r.random()
    if c == "TR":
        opts = ("%s Mah. %s Cad. No:%s D:%s" % (r.choice(_MAH), s, n, u), "%s Sok. No: %s/%s" % (s, n, r.randint(1, 20)),
                "%s Cd. No %s Daire %s" % (s, n, u), "%d. Sokak No:%s Kat:%d" % (r.randint(1, 3000), n, r.randint(1, 12)),
                "%s Mahallesi %d Sokak No 4%s" % (r.choice(_MAH), r.randint(100, 2999), r.choice("ABC")))
    elif c == "IR":
        opts = ("Khiaban-e %s, Kuche-ye %s, Pelak %s, Vahed %s" % (s, r.choice(_KUCHE), n, u),
                "No. %s, %s Alley, %s St., Unit %s" % (n, r.choice(_KUCHE), s, u),
                "Pelak %s, Kuche %s, Kh. %s" % (n, r.choice(_KUCHE), s), "%s Blvd, No %s, Tabaqe %d" % (s, n, r.randint(1, 9)))
    elif c == "IL":
        opts = ("Rehov %s %s, dira %s" % (s, n, u), "%s St %s/%s" % (s, n, r.randint(1, 40)), "%s %s apt %s" % (s, n, u),
                "%s %s" % (s, n), "POB %s" % nz(r, 4), "%s %s, koma %d" % (s, n, r.randint(1, 15)))
    elif c == "KZ":
        opts = ("ul. %s %s, kv. %s" % (s, n, u), "pr. %s %s, kv %s" % (s, n, u), "mkr. %s, d. %s, kv. %s" % (r.choice(_MKR), _n(r, 60), u),
                "%s %s/%d" % (s, n, r.randint(1, 9)), "mkr %s d %s kv %s" % (r.choice(_MKR), _n(r, 60), u))
    elif c == "UZ":
        opts = ("%s tumani, %d-kvartal, %s-uy, %s-xonadon" % (r.choice(("Yunusobod", "Chilonzor", "Mirzo Ulug'bek", "Sergeli")), r.randint(1, 19), _n(r, 60), u),
                "Chilonzor %d-kvartal %s-uy %s-kv" % (r.randint(1, 25), _n(r, 60), u), "%s ko'chasi %s%s" % (s, n, r.choice(("", "A", "B"))),
                "%s shoh ko'chasi %s, %s-xonadon" % (s, n, u), "ul. %s %s kv %s" % (s, n, u))
    elif c == "KG":
        opts = ("ul. %s %s, kv. %s" % (s, n, u), "mkr. %s %s/%d kv %s" % (r.choice(("Dzhal", "Asanbai", "Tunguch", "Vostok-5")), _n(r, 40), r.randint(1, 4), u),
                "%d mkr, d. %s, kv. %s" % (r.randint(1, 12), _n(r, 50), u), "pr. %s %s" % (s, n))
    elif c == "TJ":
        opts = ("kuchai %s %s, kv. %s" % (s, n, u), "khiyoboni %s %s, hujrai %s" % (s, n, u), "ul. %s %s/%d kv %s" % (s, n, r.randint(1, 5), u),
                "mkr. %d, d. %s, kv %s" % (r.randint(1, 104), _n(r, 40), u))
    elif c == "TM":
        opts = ("%s şaýoly %s, %s-nji jaý" % (s, n, u), "%s köçesi %s, jaý %d, öý %s" % (s, n, r.randint(1, 9), u),
                "%s kocesi %s, oy %s" % (asciify(s), n, u))
    elif c == "MN":
        opts = ("%d-r khoroo, %s %s, toot %s" % (r.randint(1, 30), s, n, u), "%d khoroo, %s-r bair, %s toot" % (r.randint(1, 30), _n(r, 90), u),
                "%s, building %s, apt %s" % (s, n, u), "%d-r khoroolol, %s bair, %s toot" % (r.randint(1, 15), _n(r, 60), u))
    elif c == "AF":
        opts = ("House %s, Street %d" % (n, r.randint(1, 20)), "H# %s, %s" % (n, s), "Street %d, House %s" % (r.randint(1, 20), n),
                "House No. %s, Lane %d, %s" % (n, r.randint(1, 12), s))
    elif c == "GE":
        opts = ("%s %s, apt %s" % (s, n, u), "%s %s" % (n, s), "%s %s, bina %s" % (s, n, u),
                "%s %s, sartuli %d, bina %s" % (s, n, r.randint(1, 16), u))
    elif c == "AM":
        opts = ("%s %s, apt %s" % (s, n, u), "%s %s/%d, bnakaran %s" % (s, n, r.randint(1, 6), u), "%s %s" % (n, s),
                "%d poghots, tun %s" % (r.randint(1, 30), n))
    else:
        opts = ("%s %s, mənzil %s" % (s, n, u), "%s %s/%d, m. %s" % (s, n, r.randint(1, 9), u), "%s %s, ev %s" % (s, n, u),
                "%s %s, menzil %s" % (asciify(s), n, u))
    return r.choice(opts) if a > 0.0 else opts[0]


TOWNS = {
    "TR": ("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Kadıköy/İstanbul", "Çankaya/Ankara", "Diyarbakır", "Gaziantep", "Konya"),
    "IR": ("Tehran", "Mashhad", "Isfahan", "Shiraz", "Tabriz", "Karaj", "Ahvaz", "Qom", "Rasht", "Kermanshah"),
    "IL": ("Tel Aviv", "Haifa", "Jerusalem", "Ashdod", "Beersheba", "Netanya", "Rishon LeZion", "Petah Tikva", "Holon", "Bat Yam"),
    "KZ": ("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Atyrau", "Kostanay"),
    "UZ": ("Tashkent", "Toshkent", "Samarkand", "Bukhara", "Namangan", "Andijan", "Fergana", "Nukus"),
    "KG": ("Bishkek", "Osh", "Jalal-Abad", "Karakol", "Tokmok", "Naryn"),
    "TJ": ("Dushanbe", "Khujand", "Kulob", "Bokhtar", "Istaravshan", "Khorog"),
    "TM": ("Ashgabat", "Aşgabat", "Türkmenabat", "Mary", "Daşoguz", "Balkanabat"),
    "MN": ("Ulaanbaatar", "UB", "Darkhan", "Erdenet", "Choibalsan", "Khan-Uul, Ulaanbaatar", "Bayanzurkh, UB"),
    "AF": ("Kabul", "Herat", "Mazar-i-Sharif", "Kandahar", "Jalalabad", "Wazir Akbar Khan, Kabul", "Karte Seh, Kabul"),
    "GE": ("Tbilisi", "Batumi", "Kutaisi", "Rustavi", "Zugdidi", "Vake, Tbilisi", "Saburtalo, Tbilisi"),
    "AM": ("Yerevan", "Gyumri", "Vanadzor", "Abovyan", "Arabkir, Yerevan", "Kentron, Yerevan"),
    "AZ": ("Bakı", "Baku", "Gəncə", "Sumqayıt", "Lənkəran", "Nəsimi r., Bakı", "Yasamal, Baku"),
}


def _luhn_complete(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return body + str((10 - tot % 10) % 10)


_BIN = {"TR": ("979204", "454360", "540061", "552879", "4938 41"), "IR": ("603799", "610433", "589210", "627412", "502229"),
        "IL": ("458003", "532610", "4580", "375510"), "KZ": ("440043", "400303", "539545"), "UZ": ("8600", "9860", "4073"),
        "KG": ("417040", "9417", "5269"), "TJ": ("9762", "4216", "5058"), "TM": ("9934", "4096"),
        "MN": ("496614", "9496", "523954"), "AF": ("4622", "5242"), "GE": ("437720", "545505", "4102"),
        "AM": ("408306", "9051", "5177"), "AZ": ("416973", "522234", "4169")}


def card(r, c, masked=None):
    b = r.choice(_BIN[c]).replace(" ", "")
    num = _luhn_complete(b + d(r, 15 - len(b)))
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    if masked is None:
        masked = r.random() < 0.55
    if masked:
        k = r.randrange(6)
        if k == 0:
            return "**** **** **** " + g[3]
        if k == 1:
            return g[0] + " " + g[1][:2] + "** **** " + g[3]
        if k == 2:
            return "xxxx-xxxx-xxxx-" + g[3]
        if k == 3:
            return num[:6] + "******" + num[12:]
        if k == 4:
            return "*" + g[3]
        return "XXXX XXXX XXXX " + g[3]
    k = r.randrange(3)
    return " ".join(g) if k == 0 else ("-".join(g) if k == 1 else num)


_IBAN = {"TR": "#####0################", "IR": "0##0############ ######"[:0] + "######################",
         "IL": "###################", "KZ": "###KZT#############"[:16] + "###", "GE": "AA################",
         "AZ": "AAAA####################"}


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban(r, c):
    cc = c if c in _IBAN else r.choice(("TR", "GE", "AZ", "KZ"))
    pat = _IBAN[cc]
    if cc == "GE":
        bban = r.choice(("TB", "BG", "LB", "CD")) + d(r, 16)
    elif cc == "AZ":
        bban = r.choice(("NABZ", "PAHA", "AIIB", "IBAZ", "KAPT")) + d(r, 20)
    elif cc == "KZ":
        bban = r.choice(("722", "601", "998", "125")) + "C" + d(r, 12)
    else:
        bban = _fmt(r, pat)
    full = cc + _iban_check(cc, bban) + bban
    if r.random() < 0.55:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full


def nat_id(r, c):
    """(cue, value) national identity numbers."""
    if c == "TR":
        return r.choice(("TC", "TCKN", "T.C. kimlik no", "kimlik no")), nz(r, 11)
    if c == "IR":
        v = d(r, 10)
        return r.choice(("kod melli", "national code", "code meli", "NC")), (v if r.random() < 0.6 else v[:3] + "-" + v[3:9] + "-" + v[9])
    if c == "IL":
        return r.choice(("TZ", "teudat zehut", "t.z.", "ID")), d(r, 9) if r.random() < 0.7 else d(r, 8) + "-" + d(r, 1)
    if c == "KZ":
        return r.choice(("IIN", "ИИН", "iin")), "%02d%02d%02d" % (r.randint(60, 99), r.randint(1, 12), r.randint(1, 28)) + r.choice("3456") + d(r, 5)
    if c in ("UZ", "KG"):
        return r.choice(("PINFL", "JShShIR", "PIN", "INN")), r.choice("1234356") + d(r, 13)
    if c == "TJ":
        return r.choice(("INN", "RMA", "passport")), d(r, 9)
    if c == "TM":
        return r.choice(("passport", "pasport", "ID")), _fmt(r, r.choice(("I-AŞ ######", "A#######", "I-DZ ######")))
    if c == "MN":
        return r.choice(("RD", "register", "регистр")), r.choice(("УБ", "ЧЕ", "ТЕ", "УЮ", "УК", "UB", "CHE", "ТА")).replace("CHE", "ЧЕ") + "%02d%02d%02d" % (r.randint(60, 99), r.randint(1, 12), r.randint(1, 28)) + d(r, 2)
    if c == "AF":
        return r.choice(("tazkira", "e-tazkira", "tazkera no")), r.choice(("14%02d-%04d-%05d" % (r.randint(0, 3), r.randint(100, 9999), r.randint(1, 99999)), nz(r, 7)))
    if c == "GE":
        return r.choice(("personal no", "p/n", "piradi nomeri", "ID")), "0" + d(r, 10)
    if c == "AM":
        return r.choice(("passport", "SSN", "soc card", "ID card")), r.choice((_fmt(r, "AN#######"), _fmt(r, "AT0######"), d(r, 10), d(r, 9)))
    return r.choice(("FIN", "fin kod", "FİN")), _fmt(r, "@XXXXXX").replace("I", "J").replace("O", "Q")


def passport(r, c):
    pats = {"TR": "U########", "IR": "A########", "IL": "3#######", "KZ": "N########", "UZ": "AA#######", "KG": "AC#######",
            "TJ": "4########", "TM": "A#######", "MN": "E#######", "AF": "P#######", "GE": "##AA#####", "AM": "AM#######", "AZ": "C########"}
    return _fmt(r, pats[c])


def gen_id(r, kind, c):
    if kind == "order":
        return _fmt(r, r.choice(("##########", "TY-#########", "HB#########", "#########-####", "ORD-####-####", "№ ########")))
    if kind == "ticket":
        return _fmt(r, r.choice(("INC00#####", "CS-2024-00####", "#######", "TKT-######", "SR#######", "REQ-#####")))
    if kind == "pnr":
        return _fmt(r, "AXXXXX")
    if kind == "eticket":
        return r.choice(("235", "096", "465", "157", "289", "630", "114")) + d(r, 10)
    if kind == "account":
        return _fmt(r, r.choice(("##########", "###-######-###", "##-####-#######", "8########", "4##########")))
    if kind == "policy":
        return _fmt(r, r.choice(("POL-########", "##/########", "KASKO-#######", "DASK-##########")))
    if kind == "meter":
        return _fmt(r, r.choice(("#########", "SN ########", "M-#######")))
    if kind == "tracking":
        return _fmt(r, r.choice(("RR#########TR", "CN#########KZ", "AA#########UZ", "#############", "JT##########")))
    if kind == "msisdn_acct":
        return _fmt(r, "##########")
    if kind == "ffp":
        return _fmt(r, r.choice(("TK#########", "#########", "KC########", "LY########")))
    return _fmt(r, "########")


def ip(r):
    k = r.random()
    if k < 0.8:
        return "%d.%d.%d.%d" % (r.choice((5, 31, 37, 46, 78, 85, 88, 94, 176, 185, 188, 195, 212, 213, 217)), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2a02:%x:%x::%x" % (r.randint(0x100, 0xffff), r.randint(0x100, 0xffff), r.randint(1, 0xfff))


MAILDOM = {"TR": ("gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr", "icloud.com", "hotmail.com.tr"),
           "IR": ("gmail.com", "yahoo.com", "chmail.ir", "mail.yahoo.com"[5:], "outlook.com"),
           "IL": ("gmail.com", "walla.co.il", "walla.com", "012.net.il", "bezeqint.net", "hotmail.com"),
           "KZ": ("mail.ru", "mail.kz", "inbox.ru", "gmail.com", "bk.ru", "list.ru"),
           "UZ": ("mail.ru", "umail.uz", "gmail.com", "inbox.uz", "yandex.ru"),
           "KG": ("mail.ru", "gmail.com", "inbox.ru", "elcat.kg"), "TJ": ("mail.ru", "gmail.com", "yandex.ru", "list.ru"),
           "TM": ("online.tm", "gmail.com", "mail.ru", "sanly.tm"), "MN": ("gmail.com", "yahoo.com", "mail.mn", "outlook.com"),
           "AF": ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com"), "GE": ("gmail.com", "yahoo.com", "mail.ru", "posta.ge"),
           "AM": ("gmail.com", "mail.ru", "yandex.ru", "yahoo.com"), "AZ": ("gmail.com", "mail.ru", "box.az", "yahoo.com", "hotmail.com")}


def handle(r, given, fam):
    g = asciify(given).lower().replace(" ", "").replace("-", "")
    f = asciify(fam).lower().replace(" ", "").replace("-", "")
    k = r.randrange(7)
    if k == 0:
        return g + "." + f
    if k == 1:
        return g + f[:1] + d(r, 2)
    if k == 2:
        return g[:1] + f
    if k == 3:
        return g + "_" + f + d(r, r.choice((2, 4)))
    if k == 4:
        return f + "." + g[:1]
    if k == 5:
        return g + str(r.randint(1975, 2005))
    return g + "." + f + d(r, 2)


def email(r, c, given, fam):
    return handle(r, given, fam) + "@" + r.choice(MAILDOM[c])


def url(r, c, given, fam):
    h = handle(r, given, fam)
    k = r.randrange(9)
    if k == 0:
        return "instagram.com/" + h
    if k == 1:
        return "https://t.me/" + h.replace(".", "_")
    if k == 2:
        return "https://vk.com/id" + nz(r, 9)
    if k == 3:
        return "facebook.com/profile.php?id=1000" + d(r, 11)
    if k == 4:
        return "https://www.linkedin.com/in/" + h.replace(".", "-").replace("_", "-")
    if k == 5:
        return "https://ok.ru/profile/" + nz(r, 12)
    if k == 6:
        return "www.facebook.com/" + h
    if k == 7:
        return "https://www.tiktok.com/@" + h
    return "https://wa.me/" + r.choice(("90", "998", "7", "994", "995", "374", "972")) + nz(r, 9)


MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
          "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"),
          "ru": ("yanvarya", "fevralya", "marta", "aprelya", "maya", "iyunya", "iyulya", "avgusta", "sentyabrya", "oktyabrya", "noyabrya", "dekabrya"),
          "fa": ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand")}


def dob(r, c):
    y, m, dd = r.randint(1948, 2005), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(8)
    if c in ("IR", "AF") and k < 3:
        jy, jm = y - 621, r.randint(1, 12)
        return r.choice(("%d/%02d/%02d" % (jy, jm, dd), "%d %s %d" % (dd, MONTHS["fa"][jm - 1], jy), "%d.%d.%d" % (jy, jm, dd)))
    if k == 0:
        return "%02d.%02d.%d" % (dd, m, y)
    if k == 1:
        return "%02d/%02d/%d" % (dd, m, y)
    if k == 2:
        return "%d-%02d-%02d" % (y, m, dd)
    if k == 3:
        lang = "tr" if c in ("TR", "AZ", "TM") else ("ru" if c in ("KZ", "KG", "UZ", "TJ") else "en")
        return "%d %s %d" % (dd, MONTHS[lang][m - 1], y)
    if k == 4:
        return "%d %s %d" % (dd, MONTHS["en"][m - 1][:3], y)
    if k == 5:
        return "%s %d, %d" % (MONTHS["en"][m - 1], dd, y)
    if k == 6:
        return "%02d.%02d.%02d" % (dd, m, y % 100)
    return "%d.%d.%d" % (dd, m, y)
