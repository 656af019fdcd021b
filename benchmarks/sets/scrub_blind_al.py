"""Blind evaluation set "al": US/Canada healthcare, pharmacy, health-insurance and
government-benefits desk notes.  Standard library only."""
import random
import re
import unicodedata

SEED = 4711031
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

def _p(s):
    return [w.replace("_", " ") for w in s.split()]

# culture pools: (given, family, family_first)
POOLS = {
    "hispanic": (_p("Guadalupe Xochitl Itzel Yesenia Marisol Araceli Nayeli Citlali Yadira Rosalba Maricela Dulce Leticia Anabel Xiomara Yaritza Migdalia Nilsa Zoraida Iris Yolanda Lourdes Jesús Efraín Heriberto Rigoberto Wilfredo Ulises Everardo Fermín Nahum Joaquín Reinaldo Yunior Alexis Osvaldo Edgardo Benicio Anselmo Nelson Hipólito Ramiro Teodoro Florentino"),
                 _p("Hernández Ramírez Gutiérrez Mendoza Castañeda Villalobos Cervantes Zúñiga Quintanilla Barajas Montes_de_Oca Alvarado Figueroa Maldonado Santiago Rivera_Colón Quiñones Pagán Vázquez Rosario Betancourt Cintrón Acevedo Batista Almonte Peralta Tavárez Encarnación Polanco Mejía Abreu Guzmán Ordóñez Portillo Escobar Chávez de_la_Cruz Sandoval Orellana Argueta Cruz_Marroquín Lemus"), False),
    "haitian": (_p("Jean-Baptiste Wisly Frantz Rosemène Marie-Ange Guerline Fabiola Nadège Woodley Jonas Wilner Dieunel Mackenson Islande Roselaure Nathalie Kettly Edwidge Judeline Wilnise Yvrose Sandra Jocelyne Dieula Fritznel Louinel Roodley Stéphanie Micheline Rénold Gessica Evens Ernst Joseph-Marie Lovely Darline Bertide Rosita Jacquelin Magalie"),
                _p("Pierre-Louis Désir Joseph Jean-Louis Célestin Augustin Louissaint Saint-Fleur Dorvil Fils-Aimé Toussaint Jean-Charles Innocent Estimé Charles Exantus Lafleur Noël Brutus Pierre-Paul Dorcely Etienne Bien-Aimé Saintil Delva Lamour Mondésir Jeudy Lubin Métellus Théodore Cadet Séjour Alcindor Destin Sylvain Jean-Gilles Fleurant Elysée Mésidor"), False),
    "quebec": (_p("Geneviève Mélanie Josée Sylvie Nathalie Marie-Ève Véronique Chantal Lyne Isabelle Manon Ginette Rachel Édith Annick Solange Nicole Claudette Lise Maryse Réjean Gaétan Ghislain Sylvain Normand Yvon Gilles Luc Jean-François Marc-André Pierre-Luc Simon Mathieu Benoît Éric Hugues Rémi Donat Aurèle Ovila Léopold Euclide"),
               _p("Tremblay Gagnon Bouchard Gauthier Bélanger Lavoie Fortin Pelletier Côté Ouellet Lévesque Thibodeau Leblanc Cormier Arsenault Landry Poirier Gallant Boudreau Doucet Robichaud Savoie Richard Thériault Bourque Chiasson Gaudet Babineau Bergeron Desjardins St-Pierre Lapointe Bédard Drouin Nadeau Paquette Sirois Vaillancourt Girouard Duguay Hébert"), False),
    "nigerian": (_p("Chinedu Ngozi Oluwaseun Adebayo Chiamaka Folasade Emeka Ifeoma Babajide Funmilayo Obinna Nkechi Olumide Temitope Uchenna Yetunde Chukwuemeka Adaeze Oluwadamilare Bukola Kelechi Ebere Tunde Abimbola Ikenna Amaka Ayodele Chidinma Segun Omolara Nnamdi Ifeanyi Kehinde Titilayo Zainab Aminu Halima Musa Ngozika Ugochi Oyinkansola"),
                 _p("Okonkwo Adeyemi Nwosu Oyelaran Eze Okafor Balogun Adebisi Ogunleye Onyekachi Uzoma Akinola Obi Nwachukwu Adewale Olanrewaju Ibekwe Chukwu Okoro Ezeh Oladipo Adegoke Oyewole Nnadi Igwe Anyanwu Afolabi Olatunji Ogbonna Emenike Bello Abubakar Danjuma Lawal Olaniyan Oguntoye Iwuchukwu Mbanefo Odunsi Adeleke"), False),
    "horn": (_p("Abebe Tigist Meseret Dawit Selamawit Yohannes Bethlehem Mulugeta Hirut Tesfaye Almaz Getachew Mekdes Berhanu Eyerusalem Kebede Tsion Yared Genet Biniam Hodan Abdirahman Fadumo Mohamed Hawo Abdiwali Ayaan Khadra Liban Sahra Farhiya Mahad Ubah Idil Bashir Ilhan Sagal Warsame Nimco Faisal Deqa"),
                _p("Tesfaye Gebremedhin Haile Alemu Wolde Bekele Tadesse Negash Mengistu Gebreyes Asfaw Desta Kidane Berhe Ayele Woldemariam Demissie Girma Lemma Tsegaye Abdi Warsame Farah Hassan Jama Egal Omar Yusuf Ali Nur Aden Dualeh Osman Hersi Guled Abdullahi Mohamud Ahmed Samatar Duale Elmi"), False),
    "mideast": (_p("Rania Layla Nour Samira Yasmin Mariam Hanan Rasha Lina Dalia Khaled Tariq Omar Bilal Karim Walid Samir Nabil Faris Ziad Parisa Shirin Mahnaz Golnar Azadeh Roya Dariush Farhad Kourosh Babak Reza Arash Anahit Lusine Nairi Tsoghik Armen Hovhannes Vartan Garegin Sarkis Aram"),
                _p("Haddad Khoury Nasser Saleh Mansour Hamdan Qureshi Abu-Ghazaleh Al-Masri El-Amin Hijazi Barakat Darwish Aziz Saad Shammas Bitar Jaber Farhat Najjar Ahmadi Hosseini Rahimi Tehrani Karimi Moradi Jafari Sadeghi Rezaei Farahani Mirzaei Shirazi Hovsepian Petrosyan Sarkissian Der_Bedrossian Karapetyan Manukyan Avakian Ghazarian Kazanjian Boghossian"), False),
    "indian": (_p("Priyanka Aishwarya Lakshmi Kavitha Deepika Shreya Ananya Meenakshi Sunita Harpreet Gurpreet Manpreet Jaspreet Navdeep Sukhwinder Rajesh Venkatesh Srinivas Anil Sanjay Vikram Arjun Rohit Siddharth Karthik Pradeep Suresh Ramesh Ashwin Hardeep Balwinder Parminder Kulwinder Padma Revathi Nandini Bhavana Rupinder Mohit Nikhil Amitabh"),
               _p("Patel Sharma Venkataraman Iyer Reddy Gupta Chaudhary Srinivasan Subramanian Nair Menon Pillai Krishnamurthy Banerjee Chatterjee Mukherjee Ghosh Bhattacharya Desai Shah Mehta Joshi Kulkarni Deshpande Rao Naidu Agarwal Malhotra Kapoor Grewal Sandhu Dhillon Gill Sidhu Brar Bains Randhawa Chahal Thakur Trivedi Parikh"), False),
    "filipino": (_p("Maricel Rowena Jocelyn Marites Rosalinda Lorna Evangeline Analyn Cherry_Ann Mylene Rhodora Imelda Maribel Jonalyn Divina Leonila Corazon Remedios Teresita Luzviminda Rodel Romeo Arnel Jomar Noel Dindo Reynaldo Rolando Jun-jun Bong Ferdinand Efren Melchor Danilo Ronaldo Ariel Rommel Jerico Marlon Nestor Emmanuel"),
                 _p("Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Aquino Macaraeg Pangilinan Dimaculangan Manalo Magbanua Tolentino Soriano Gatchalian Macapagal Dizon Lacson Buenaventura Panganiban Ocampo Agbayani Cabrera Evangelista Sumulong Mangubat Catacutan Lumibao Dumlao Basa Tuazon Mercado Galang Caballero Legaspi Salonga Pacquiao Quimpo Maglaya Ylagan Umali"), False),
    "viethmong": (_p("Thi_Lan Thi_Huong Ngoc_Anh Thu_Trang Thanh_Hai Van_Minh Duc_Anh Quoc_Bao Hoang_Long Minh_Tuan Thi_Mai Thi_Hoa Kim_Linh Phuong_Thao Van_Duc Huu_Phuoc Tuyet Hanh Khoa Phuc Pa_Houa Mai_Yer Kou Tou Chue Neng Xee Nou Shoua Bao Pheng Yeng Koua Xia Blia Nhia Vang_Pao Pahoua Lue Chong"),
                  _p("Nguyen Tran Le Pham Huynh Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Luong Lam Trinh Quach Vang Xiong Yang Thao Her Moua Lor Vue Chang Hang Khang Kue Lo Cha Fang Yaj Thoj Vaj"), True),
    "eastasian": (_p("Wei Xiaoling Jianhua Meiling Zhiwei Yuxuan Haoran Xinyi Jingyi Zihan Guoqiang Shufen Chunhua Lihua Yong Baozhu Wing_Yan Ka_Ho Siu_Ming Mei_Ling Min-jun Seo-yeon Ji-hoon Ha-eun Jae-won Soo-jin Hyun-woo Eun-ji Dong-hyun Ye-jin Sung-min Yoon-ah Kyung-soo Mi-sook Young-ho Jung-hee Sang-woo Hye-jin Tae-yang Bo-ra"),
                  _p("Zhang Wang Liu Chen Huang Zhao Zhou Xu Sun Ma Zhu Hu Guo He Gao Luo Zheng Liang Xie Song Tang Feng Deng Cao Yuen Cheung Wong Chan Leung Kwok Park Choi Jung Kang Yoon Jang Lim Han Shin Seo Kwon Hwang"), True),
    "indigenous": (_p("Naabaahii Ahiga Nizhoni Doli Hosteen Dezba Haseya Shilah Yanaba Kee Tsosie Migizi Makwa Waaseyaa Ogimaa Zhaawan Nimkii Binesi Giizis Niigaan Miskwaa Animikii Ziibiins Kisik Nipin Pimihkew Sakihitowin Apitchi Aputi Siku Pauloosie Akeesoo Ooleepeeka Tagak Kuluk Nunia Joanasie Malaya Iqaluk Alasi Qajaq Piita"),
                   _p("Begay Yazzie Tsosie Benally Nez Etsitty Bitsui Tso Manygoats Yellowhair Todacheene Bedonie Largo Tsinajinnie Bearskin Kakegamic Meekis Kejick Fiddler Crowchild Okimaw Mamakwa Kakekaspan Keeash Nanokeesic Beardy Sakanee Netemegesic Oombash Redsky Thunderchild Littlechild Makokis Ermineskin Swampy Kusugak Arnakak Qaqqaq Akeeagok Pootoogook Ashevak Kilabuk Aglukark Ningeocheak"), False),
    "ukrainian": (_p("Oksana Nadia Halyna Larysa Olha Tetyana Iryna Myroslava Yaroslava Khrystyna Oleksandra Zoryana Lesia Solomiya Uliana Bohdana Roksolana Daryna Vira Liubov Taras Bohdan Mykola Yaroslav Oleh Vasyl Petro Stepan Ostap Yuriy Volodymyr Dmytro Andriy Serhiy Ihor Roman Orest Myron Zenon Yevhen"),
                  _p("Kowalchuk Shevchenko Bondarenko Tkachuk Melnyk Kravchenko Hnatyshyn Boyko Lysenko Savchuk Hrushevsky Fedoruk Romaniuk Kostyniuk Yaremko Stefaniuk Zaporozhan Dmytruk Humeniuk Wasylyshyn Kuzyk Pidhirny Semeniuk Hawrylak Sawchyn Baziuk Ostapchuk Procyshyn Moroz Zelinsky Dzioba Hrynkiw Kulchytsky Mykytiuk Chornomaz Babiak Palamarchuk Holowaty Lozynsky Onyshchuk Derkach"), False),
    "plain": (_p("Mose Eli Levi Amos Jonas Menno Reuben Ezra Aaron Benuel Elam Jesse Chester Ammon Dannie Susie Lydia Barbara Rachel Naomi Fannie Katie Malinda Ada Lizzie Edna Ruthie Miriam Rivka Chaya Shprintza Devorah Yehudis Faigy Esther_Malka Shmuel Yitzchok Moshe Chaim Yosef_Dovid Mendel Zalman Avrohom Menachem Dovber Shloime"),
              _p("Stoltzfus Yoder Beiler Lapp Zook Esh Fisher Ebersol Glick Petersheim Riehl Hershberger Smucker Troyer Schrock Bontrager Hostetler Weaver Martin Zimmerman Nolt Burkholder Hoover Kauffman Wenger Horst Brubacher Friedman Weiss Rosenberg Teitelbaum Halberstam Schwartz Gottlieb Twersky Lichtenstein Landau Klein Rubashkin Perlstein Grunwald Ben-David Hager"), False),
    "anglo": (_p("Siobhan Aoife Niamh Roisin Grainne Caoimhe Saoirse Eilis Deirdre Bridget Padraig Cormac Declan Fergus Eoin Ciaran Oisin Tadhg Lorcan Finbar Keisha Latoya Tameka Shaniqua Ebony Jamila Imani Aaliyah Dashawn Tyrone Demetrius Jamal Darnell Marquis DeShawn Kareem Andre Rashad Shamar Garfield Delroy Winston Marcia Sharonda Karlene"),
              _p("O'Sullivan McGillicuddy Fitzgerald Donoghue Mulcahy Callaghan Geraghty Finnegan Brennan Kavanagh McLaughlin Hennessey O'Rourke Dunleavy Kilbride Moynihan Sweeney Flanagan Gallagher Cassidy Washington Jefferson Booker Freeman Gaines Mosley Battle Toussaint Whitfield Jenkins McFarlane Brissett Campbell-Grant Ebanks Powell Lindo Blake Thorpe Chambers Bogle Wisdom"), False),
}

CITIES_US = [("Phoenix", "AZ"), ("Gallup", "NM"), ("Window Rock", "AZ"), ("Minneapolis", "MN"), ("St. Paul", "MN"),
             ("Lancaster", "PA"), ("Holmes County", "OH"), ("Brooklyn", "NY"), ("Bronx", "NY"), ("Miami", "FL"),
             ("Houston", "TX"), ("El Paso", "TX"), ("Chicago", "IL"), ("Detroit", "MI"), ("Dearborn", "MI"),
             ("Fresno", "CA"), ("Los Angeles", "CA"), ("Glendale", "CA"), ("Seattle", "WA"), ("Atlanta", "GA"),
             ("Newark", "NJ"), ("Lakewood", "NJ"), ("Boston", "MA"), ("Columbus", "OH"), ("Denver", "CO"),
             ("Albuquerque", "NM"), ("Orlando", "FL"), ("San Juan", "PR"), ("Baltimore", "MD"), ("Tulsa", "OK")]
CITIES_CA = [("Toronto", "ON"), ("Mississauga", "ON"), ("Brampton", "ON"), ("Thunder Bay", "ON"), ("Ottawa", "ON"),
             ("Montréal", "QC"), ("Laval", "QC"), ("Québec", "QC"), ("Gatineau", "QC"), ("Moncton", "NB"),
             ("Dieppe", "NB"), ("Winnipeg", "MB"), ("Regina", "SK"), ("Saskatoon", "SK"), ("Edmonton", "AB"),
             ("Calgary", "AB"), ("Vancouver", "BC"), ("Surrey", "BC"), ("Iqaluit", "NU"), ("Halifax", "NS"),
             ("Sioux Lookout", "ON"), ("Yellowknife", "NT"), ("Kamloops", "BC"), ("Charlottetown", "PE")]
PLACES = ["Texas", "Ontario", "Quebec", "Manitoba", "Nunavut", "Puerto Rico", "Florida", "Arizona", "Alberta",
          "Mexico", "Haiti", "Jamaica", "the Navajo Nation", "Saskatchewan", "New Brunswick", "California",
          "Nova Scotia", "British Columbia", "New York", "Minnesota", "Ohio", "Pennsylvania", "Illinois"]

# ---------------------------------------------------------------- "o" fillers
BRANDS = ["CVS", "Walgreens", "Rite Aid", "Walmart Pharmacy", "Costco pharmacy", "Shoppers Drug Mart", "Rexall",
          "Jean Coutu", "Pharmaprix", "London Drugs", "Uniprix", "Express Scripts", "OptumRx", "CVS Caremark",
          "GoodRx", "Amazon Pharmacy", "Kroger", "H-E-B", "Publix", "Safeway", "Loblaw", "Sobeys pharmacy"]
PAYERS = ["Aetna", "Cigna", "Humana", "UnitedHealthcare", "BCBS", "Anthem", "Kaiser", "Molina", "Centene",
          "Ambetter", "WellCare", "Oscar", "Sun Life", "Manulife", "Canada Life", "Green Shield", "Desjardins",
          "Medavie Blue Cross", "Pacific Blue Cross", "Alberta Blue Cross", "Medi-Cal", "MassHealth", "TennCare"]
DRUGS = ["Ozempic 1mg", "Eliquis 5mg", "Jardiance", "metformin 500mg", "lisinopril 10mg", "atorvastatin 40mg",
         "Humira pen", "Trulicity", "Synthroid 75mcg", "amoxicillin", "Dexcom G7 sensors", "Freestyle Libre 3",
         "EpiPen 2-pak", "Paxlovid", "Mounjaro 5mg", "insulin glargine", "Ventolin HFA", "sertraline 50mg",
         "gabapentin 300mg", "Xarelto", "Entresto", "Wegovy", "omeprazole 20mg", "Vyvanse 30mg", "Narcan"]
PLANS = ["Medicare Advantage", "Part D", "Plan G", "Gold PPO", "Bronze HMO", "Silver 70", "Platinum 90",
         "Dual Special Needs", "ODB", "OHIP+", "Fair PharmaCare", "Trillium", "RAMQ public plan", "SSI", "SSDI",
         "SNAP", "WIC", "CPP-D", "OAS", "GIS", "ODSP", "EI sickness", "Medicaid expansion", "CHIP", "NIHB"]
SYSTEMS = ["Epic", "Cerner", "Salesforce", "Genesys", "Zendesk", "PharmaNet", "Availity", "Navinet", "CoverMyMeds",
           "Surescripts", "Kroll", "eHealth portal", "MyChart", "the IVR", "Teams", "Five9", "ServiceNow", "CAS"]
TEAMS = ["Tier 2", "PA team", "appeals", "grievances", "eligibility", "COB", "billing", "UM nurses",
         "pharmacy help desk", "provider services", "member services", "escalations", "fraud unit",
         "enrollment", "case mgmt", "QA", "the night shift", "benefits desk", "intake"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
MONTHS_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SIGNOFFS = ["thx", "ty", "tks", "cheers", "-", "//", "pls advise", "fyi"]

# ---------------------------------------------------------------- value generators
MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))
def _L(r, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(r.choice(alpha) for _ in range(n))

def _luhn_complete(r, prefix, length):
    s = prefix + _d(r, length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return s + str((10 - tot % 10) % 10)

def gen_mbi(r):
    an = MBI_L + "0123456789"
    s = (r.choice("123456789") + r.choice(MBI_L) + r.choice(an) + r.choice("0123456789") + r.choice(MBI_L)
         + r.choice(an) + r.choice("0123456789") + r.choice(MBI_L) + r.choice(MBI_L) + _d(r, 2))
    return r.choice([s, s[:4] + "-" + s[4:7] + "-" + s[7:]])

def gen_ssn(r):
    a, b, c = "%03d" % r.randint(101, 665), "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)
    return r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", a + b + c])

def gen_ssn4(r):
    return "%04d" % r.randint(1, 9999)

def gen_sin(r):
    s = _luhn_complete(r, r.choice("12345679"), 9)
    return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])

def gen_ohip(r):
    s = _d(r, 10)
    v = _L(r, 2, "ABCDEFGHJKLMNPRSTVWXYZ")
    return r.choice([f"{s[:4]}-{s[4:7]}-{s[7:]}-{v}", f"{s[:4]} {s[4:7]} {s[7:]} {v}", s + v, s])

def gen_ramq(r, fam="TREM", given="M"):
    f = re.sub(r"[^A-Z]", "", _fold(fam).upper())[:3].ljust(3, "X")
    g = re.sub(r"[^A-Z]", "", _fold(given).upper())[:1] or "X"
    yy, mm, dd = r.randint(30, 99), r.randint(1, 12), r.randint(1, 28)
    if r.random() < 0.5:
        mm += 50
    s = f"{f}{g}{yy:02d}{mm:02d}{dd:02d}{r.randint(10, 99)}"
    return r.choice([f"{s[:4]} {s[4:8]} {s[8:]}", s])

def gen_msp(r):
    s = "9" + _d(r, 9)
    return r.choice([f"{s[:4]} {s[4:7]} {s[7:]}", s])

def gen_medicaid(r):
    return r.choice([_L(r, 2) + _d(r, 5) + _L(r, 1), "9" + _d(r, 7) + _L(r, 1), _d(r, 12), _d(r, 10)])

def gen_member(r):
    return r.choice([_L(r, 3) + _d(r, 9), "W" + _d(r, 9), "U" + _d(r, 8) + "01", _d(r, 9) + "-0" + str(r.randint(1, 4)),
                     "ZGP" + _d(r, 8), _L(r, 1) + _d(r, 7)])

def gen_rx(r):
    return r.choice([_d(r, 7), _d(r, 7), _d(r, 3) + "-" + _d(r, 4), "RX" + _d(r, 8)])

def gen_npi(r):
    return _luhn_complete(r, r.choice("12"), 10)

def gen_claim(r):
    return r.choice(["E" + _d(r, 10), "CLM-" + str(r.randint(2023, 2026)) + "-" + _d(r, 6), _d(r, 2) + _L(r, 1) + _d(r, 9),
                     "C" + _d(r, 8), _d(r, 13)])

def gen_case(r):
    return r.choice(["CS" + _d(r, 7), "INC" + _d(r, 7), "#" + _d(r, 6), "A-" + _d(r, 6), _d(r, 8)])

def gen_policy(r):
    return r.choice(["POL" + _d(r, 8), _L(r, 2) + "-" + _d(r, 7), "GRP " + _d(r, 6), _d(r, 6) + "-" + _d(r, 3)])

def gen_handle(r, g, f):
    g, f = _fold(g).replace(" ", "").replace("-", "").replace("'", ""), _fold(f).replace(" ", "").replace("-", "").replace("'", "")
    return r.choice([f"@{g}{f[:1]}{r.randint(1, 99)}", f"{g[:1]}{f}{r.randint(10, 99)}", f"{f}.{g}", f"@{g}_{f}",
                     f"{g}{r.randint(1950, 2005)}"])

PHONE_AREA_US = ["602", "505", "928", "612", "651", "717", "330", "718", "347", "305", "713", "915", "312", "313",
                 "559", "213", "818", "206", "404", "973", "732", "617", "614", "720", "407", "787", "939", "410", "918"]
PHONE_AREA_CA = ["416", "647", "905", "807", "613", "514", "438", "450", "418", "819", "506", "204", "306", "780",
                 "403", "604", "778", "867", "902", "250"]

def gen_phone(r, ca=None):
    a = r.choice(PHONE_AREA_CA if ca else PHONE_AREA_US)
    ex = str(r.randint(2, 9)) + _d(r, 2)
    ln = _d(r, 4)
    return r.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}",
                     f"1-{a}-{ex}-{ln}", f"{a}{ex}{ln}", f"+1-{a}-{ex}-{ln}", f"{a} {ex} {ln}"])

def gen_card(r):
    kind = r.random()
    if kind < 0.45:
        n = _luhn_complete(r, "4", 16)
    elif kind < 0.8:
        n = _luhn_complete(r, r.choice(["51", "52", "54", "55", "2221"]), 16)
    elif kind < 0.92:
        n = _luhn_complete(r, r.choice(["34", "37"]), 15)
        return r.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n])
    else:
        n = _luhn_complete(r, "6011", 16)
    return r.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)), n])

def gen_ip(r):
    if r.random() < 0.85:
        return ".".join(str(x) for x in (r.choice([24, 47, 50, 66, 69, 71, 73, 98, 99, 104, 142, 174, 184, 198, 207]),
                                         r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
    return "2600:1700:%x:%x::%x" % (r.randint(0x100, 0xffff), r.randint(0x10, 0xffff), r.randint(1, 0xfff))

def gen_iban(r):
    cc = r.choice(["DE", "GB", "FR", "NL", "IE", "ES"])
    bban = {"DE": lambda: _d(r, 18), "GB": lambda: _L(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _d(r, 14),
            "FR": lambda: _d(r, 23), "NL": lambda: _L(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _d(r, 10),
            "IE": lambda: _L(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _d(r, 14), "ES": lambda: _d(r, 20)}[cc]()
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    return r.choice([" ".join(s[i:i + 4] for i in range(0, len(s), 4)), s])

def gen_dob(r, young=False):
    y, m, d = (r.randint(2024, 2026) if young else r.randint(1931, 2019)), r.randint(1, 12), r.randint(1, 28)
    yy = y % 100
    f = r.randrange(11)
    return [f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS_FULL[m-1]} {d} {y}",
            f"{d} {MONTHS_ABBR[m-1]} {y}", f"{d:02d}.{m:02d}.{yy:02d}", f"{MONTHS_ABBR[m-1]} {d}, {y}",
            f"{m}-{d}-{y}", f"{y}/{m:02d}/{d:02d}", f"{MONTHS_FULL[m-1]} {d}, {y}", f"{m}/{d}/{y}"][f]

STREETS = ["Maple", "Elm", "Oak", "Cedar", "Pine", "Washington", "Lincoln", "Jefferson", "Main", "Church", "Mill",
           "Dundas", "Bloor", "Yonge", "Jane", "Finch", "Portage", "Jasper", "Granville", "Kingsway", "Notre-Dame",
           "Sherbrooke", "Saint-Denis", "Belanger", "Archibald", "Queen", "King", "Hennepin", "Lake", "Broadway",
           "Flatbush", "Grand Concourse", "Calle Loíza", "Ponce de León", "Woodward", "Warren", "Central",
           "Sunset", "Mission", "Garfield", "Old Route", "Lapp", "Hillcrest", "Riverside", "Pleasant Valley"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Cres", "Hwy", "Pkwy", "Ter", "Cir"]

def gen_address(r, ca):
    num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 24999)]))
    st = r.choice(STREETS)
    sfx = r.choice(SUFFIX)
    k = r.random()
    if ca and st in ("Notre-Dame", "Sherbrooke", "Saint-Denis", "Belanger", "Archibald") or (ca and k < 0.12):
        base = r.choice([f"{num} rue {st}", f"{num}, boul. {st}", f"{num} av. {st}", f"{num} {st} St"])
    else:
        dirn = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        base = f"{num} {dirn}{st} {sfx}"
        if ca and r.random() < 0.25:
            base += r.choice([" W", " E", " N", " S"])
    k2 = r.random()
    if k2 < 0.12:
        return base + r.choice([f" apt {r.randint(1, 30)}{r.choice('ABCD')}", f" apt {r.randint(101, 2405)}",
                                f" #{r.randint(2, 1810)}", f" unit {r.randint(1, 40)}"])
    if k2 < 0.2 and ca:
        return f"{r.randint(101, 2405)}-{base}"
    if k2 < 0.27:
        return f"PO Box {r.randint(11, 9999)}"
    if k2 < 0.33:
        return r.choice([f"RR {r.randint(1, 9)}", f"RR {r.randint(1, 5)} Box {r.randint(10, 400)}",
                         f"Rural Route {r.randint(1, 6)}", f"HC {r.randint(61, 79)} Box {r.randint(100, 9999)}"])
    if k2 < 0.38:
        return r.choice([f"unit {r.randint(1, 40)}, {base}", f"apt {r.randint(1, 60)}, {base}", f"suite {r.randint(100, 900)}, {base}"])
    return base

PC_FIRST = {"Toronto": "M", "Mississauga": "L", "Brampton": "L", "Thunder Bay": "P", "Ottawa": "K", "Montréal": "H",
            "Laval": "H", "Québec": "G", "Gatineau": "J", "Moncton": "E", "Dieppe": "E", "Winnipeg": "R", "Regina": "S",
            "Saskatoon": "S", "Edmonton": "T", "Calgary": "T", "Vancouver": "V", "Surrey": "V", "Iqaluit": "X",
            "Halifax": "B", "Sioux Lookout": "P", "Yellowknife": "X", "Kamloops": "V", "Charlottetown": "C"}
ZIP_PRE = {"Phoenix": "850", "Gallup": "873", "Window Rock": "865", "Minneapolis": "554", "St. Paul": "551",
           "Lancaster": "176", "Holmes County": "446", "Brooklyn": "112", "Bronx": "104", "Miami": "331",
           "Houston": "770", "El Paso": "799", "Chicago": "606", "Detroit": "482", "Dearborn": "481", "Fresno": "937",
           "Los Angeles": "900", "Glendale": "912", "Seattle": "981", "Atlanta": "303", "Newark": "071",
           "Lakewood": "087", "Boston": "021", "Columbus": "432", "Denver": "802", "Albuquerque": "871",
           "Orlando": "328", "San Juan": "009", "Baltimore": "212", "Tulsa": "741"}

def gen_postcode(r, ca, city=None):
    if ca:
        a = "ABCEGHJKLMNPRSTVXY"
        b = "ABCEGHJKLMNPRSTVWXYZ"
        s = PC_FIRST.get(city) or r.choice(a)
        s = s + str(r.randint(0, 9)) + r.choice(b) + " " + str(r.randint(0, 9)) + r.choice(b) + str(r.randint(0, 9))
        k = r.random()
        return s if k < 0.6 else (s.replace(" ", "") if k < 0.8 else s.lower() if k < 0.92 else s.lower().replace(" ", ""))
    z = ZIP_PRE[city] + _d(r, 2) if city in ZIP_PRE else "%05d" % r.randint(1001, 99950)
    return z if r.random() < 0.7 else z + "-" + _d(r, 4)

# ---------------------------------------------------------------- names
def _fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()

def _name_words(s):
    return [w for w in re.split(r"[\s\-'\u2019.]+", _fold(s)) if w]

# sub-cultures inside a pool: (first given name of the group, first family name of the group)
SUBS = {
    "viethmong": [("Thi Lan", "Nguyen"), ("Pa Houa", "Vang")],
    "eastasian": [("Wei", "Zhang"), ("Min-jun", "Park")],
    "mideast": [("Rania", "Haddad"), ("Parisa", "Ahmadi"), ("Anahit", "Hovsepian")],
    "horn": [("Abebe", "Tesfaye"), ("Hodan", "Abdi")],
    "indigenous": [("Naabaahii", "Begay"), ("Migizi", "Bearskin"), ("Aputi", "Kusugak")],
    "plain": [("Mose", "Stoltzfus"), ("Miriam", "Friedman")],
    "anglo": [("Siobhan", "O'Sullivan"), ("Keisha", "Washington")],
}

def gen_person(r):
    key = r.choice(list(POOLS))
    given, family, ff = POOLS[key]
    if key in SUBS:
        subs = SUBS[key]
        k = r.randrange(len(subs))
        gi = [given.index(a) for a, _ in subs] + [len(given)]
        fi = [family.index(b) for _, b in subs] + [len(family)]
        given, family = given[gi[k]:gi[k + 1]], family[fi[k]:fi[k + 1]]
    g, f = r.choice(given), r.choice(family)
    return key, g, f, ff

def full_name(g, f, ff):
    return f"{f} {g}" if ff else f"{g} {f}"

def gen_email(r, g, f):
    gg = re.sub(r"[^a-z]", "", _fold(g))
    ff = re.sub(r"[^a-z]", "", _fold(f))
    dom = r.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "videotron.ca",
                    "sympatico.ca", "shaw.ca", "rogers.com", "comcast.net", "att.net", "bell.net", "protonmail.com"])
    user = r.choice([f"{gg}.{ff}", f"{gg}{ff}{r.randint(1, 99)}", f"{gg[:1]}{ff}", f"{ff}.{gg}{r.randint(50, 99)}",
                     f"{gg}_{ff}", f"{gg}{r.randint(1955, 2006)}"])
    return f"{user}@{dom}"

def gen_url(r, g, f):
    gg = re.sub(r"[^a-z]", "", _fold(g))
    ff = re.sub(r"[^a-z]", "", _fold(f))
    return r.choice([f"https://www.facebook.com/{gg}.{ff}.{r.randint(1, 999)}", f"https://portal.{r.choice(['myhealthplan', 'memberhub', 'carelink'])}.com/members/{_d(r, 9)}",
                     f"linkedin.com/in/{gg}-{ff}-{_d(r, 4)}", f"https://drive.google.com/file/d/1{_L(r, 6, 'abcdefghijkmnpqrstuvwxyz')}{_d(r, 6)}",
                     f"https://mychart.{r.choice(['uhhs', 'mhealth', 'nyulangone'])}.org/patient/{_d(r, 8)}",
                     f"https://www.gofundme.com/f/help-{gg}-{ff}"])

# ---------------------------------------------------------------- templates
# (country, text); country "us", "ca" or "*".  Tags in {} are filled by _render.
PII_T = [
    ("us", "cx {N} called re {drug} refill, verified dob {DOB} + zip {Z}, sent to {brand}"),
    ("us", "caller {N} | MBI {MBI} | asking abt {plan} premium for {mon}"),
    ("us", "spoke to {N}, ssn last 4 {SSN4}, dob {DOB} - wants new ID card mailed to {A}, {CITY}, {REG} {Z}"),
    ("*", "Rx #{RX} for {G} transferred from {brand} to {brand}, cust ok w/ copay {amt}"),
    ("us", "member id {MEM} - claim {CLM} denied CO-97, sent to {team}"),
    ("*", "{SF} DOB: {DOB} MBR {MEM} PH {P}"),
    ("us", "pt {N} dob {DOB} medicaid # {MCD} needs PA for {drug}, prescriber NPI {NPI}"),
    ("*", "cust called from {P} said her husband {N2} passed {day}, need death cert b4 we close {MEM}"),
    ("*", "thanks to {G2} from {team} for the warm transfer, member {N} ({MEM}) sorted"),
    ("*", "email on file updated to {E} per member req, old one bounced"),
    ("us", "caller gave full ssn {SSN} to verify, advised we only need last 4 next time"),
    ("us", "Mrs {F} wants EOB mailed, addr {A}, {CITY} {REG} {Z}"),
    ("us", "{N}'s daughter calling on her behalf, no HIPAA auth on file, could not discuss claim {CLM}"),
    ("*", "new address: {A} | {CITY}, {REG} {Z} | effective 1st of {mon}"),
    ("*", "card on file {C} declined for {amt} premium, cx will call back w/ another card"),
    ("*", "portal login from IP {IP} flagged, member {N} says not her, locked acct + reset sent to {E}"),
    ("*", "member sent link {URL} w/ photos of bills, told her we cant open ext links"),
    ("*", "refund of {amt} overpayment requested to IBAN {IBAN}, cust moved to {PLACE}, sent to finance"),
    ("us", "born {DOB}, {G} turning 65 soon, explained IEP + Part B enrollment"),
    ("us", "d.o.b {DOB} doesnt match SSA record for {N}, told cx to visit local office"),
    ("*", "Dr {F} office called (NPI {NPI}) re retro auth for member {MEM}"),
    ("*", "cust dm'd us on twitter as {H} complaining abt wait times, moved to phone"),
    ("*", "username {H} locked out of app after 5 tries, reset pw, confirmed dob {DOB}"),
    ("us", "SNAP case # {CASE} - {N} recert due {mon}, missing paystubs"),
    ("us", "ssi recipient {N}, ssn {SSN}, rep payee is {N2}, ph {P}"),
    ("*", "{N} - {P} - callback req abt {drug} shortage"),
    ("*", "ticket {CASE}: {N} says {brand} charged twice, card {C}"),
    ("*", "cb # {P} / alt {P} / best time after {time}"),
    ("us", "verified member via dob {DOB} and zip {Z}, ok to discuss"),
    ("*", "caller {G} wouldnt give last name, refused verif, ended call"),
    ("us", "ESCALATION - {SF} - policy {POL} - claim {CLM} - 3rd call this wk"),
    ("*", "mail returned undeliverable from {A}, {CITY} {REG} {Z}, need new addr from {N}"),
    ("*", "grandson {G2} helping {N} w/ the online form, email {E}"),
    ("*", "pt picked up {drug} at {brand} on {day}, rx {RX}, paid {amt} w/ card {C}"),
    ("*", "{N} (dob {DOB}) asked for 90 day supply of {drug} via mail order"),
    ("*", "rural addr: {A}, {CITY} {REG} {Z}, no street delivery"),
    ("ca", "OHIP # {OHIP} expired, cx {N} needs new photo card, sent to ServiceOntario"),
    ("ca", "RAMQ {RAMQ} - {N} - carte expirée, client a appelé pour renouveler"),
    ("ca", "MSP {MSP} for {N}, moved from {PLACE}, 3 month waiting period explained"),
    ("ca", "SIN {SIN} provided for CPP-D application, {N} dob {DOB}"),
    ("ca", "client {N} nouvelle adresse {A}, {CITY} {REG} {Z}"),
    ("ca", "{N} called re {plan}, health card {OHIP}, pharmacy is {brand} in {CITY}"),
    ("ca", "NIHB claim for {N}, band office in {CITY}, ph {P}"),
    ("ca", "medical travel for {N} to {L_Winnipeg} approved by NIHB, contact {P}"),
    ("*", "cust {G} at {A}, {CITY} {REG} {Z} wants mail in english not french"),
    ("*", "postal code {Z} not recognized by system for {N}, manual override"),
    ("*", "drug card {MEM} via {payer} for {N}, coord w/ {plan}"),
    ("ca", "GIS/OAS: {N} sin {SIN} never got Feb payment, phone {P}"),
    ("ca", "EI sickness claim {CASE}, {N}, dob {DOB}, ROE missing from employer"),
    ("ca", "Bonjour, {N} appelle pour le remboursement de {drug}, RAMQ {RAMQ}, tel {P}"),
    ("*", "{G} says thx for help w/ the {payer} claim, sending receipts to {E}"),
    ("*", "name on claim spelled wrong: should be {N} not {N2}, fixed in {sys}"),
    ("us", "SSN {SSN}, MBI {MBI}, DOB {DOB} all verified for {N}"),
    ("*", "caregiver {N2} for {N}, POA on file, email {E}"),
    ("*", "{N} rang from {CITY}, cell {P}, wants callback {day}"),
    ("us", "plain community member {N} pays cash, no phone, mail only to {A}, {CITY} {REG} {Z}"),
    ("*", "{N2} from {team} - pls review claim {CLM} for member {MEM} thx"),
    ("*", "member {N} wants to add newborn {G2}, born {DOBK}, within 30 days"),
    ("*", "IP {IP} and {IP} both hit the login for {MEM} in 2 min, fraud unit notified"),
    ("us", "sent secure msg to {E} w/ form 1095-B"),
    ("us", "{N} head of household, medicaid {MCD}, 5 members on case {CASE}"),
    ("*", "NPI {NPI} not found in NPPES for Dr {N}, asked office to verify"),
    ("*", "wire from overseas bank IBAN {IBAN} for premium, name on acct {N}"),
    ("*", "fb page: {URL} - cust posted complaint, social team handling"),
    ("*", "hi {G}, ur PA for {drug} approved thru {mon} {so}"),
    ("*", "voicemail from {N}, {P}, re denied claim {CLM}"),
    ("us", "CALLER: {N} / DOB {DOB} / ZIP {Z} / REASON: {drug} copay"),
    ("us", "{N} says her SSN is {SSN} and not what we have, sent to enrollment"),
    ("us", "dob {DOB} | mbi {MBI} | {plan} | pcp change requested"),
    ("*", "pls call {G} back on {P} re {plan} {so}"),
    ("us", "medicaid id {MCD} for {N}, {A}, {CITY} {REG} {Z}, ph {P}"),
    ("*", "Rabbi {F2} called for congregant {N}, member {MEM}, wants kosher formulary list"),
    ("us", "Sister {N2} from the mission in {CITY} helping client w/ SNAP app, case {CASE}"),
    ("*", "{G}: my card {C} was charged {amt} twice for {drug}, pls fix"),
    ("ca", "{SF} | SIN {SIN} | DOB {DOB} | {A}, {CITY} {REG} {Z}"),
    ("ca", "health card {MSP} for {N} expired, d.o.b {DOB}, told to renew at ServiceBC"),
    ("*", "ticket {CASE} | {N} | {E} | {P}"),
    ("*", "spoke w/ {G} abt {drug} copay card, rx {RX}, dob {DOB} ok {so} {G2}"),
    ("us", "{N} born {DOB} in {PLACE}, needs proof of citizenship for medicaid, case {CASE}"),
    ("ca", "cust {N} moved to {A}, {CITY} {REG} {Z}, update OHIP addr too"),
    ("*", "Mr {F} ok w/ auto-pay on card {C}, starts {mon}"),
    ("us", "vm left for {N} at {P}, 2nd attempt, policy {POL}"),
]

NOPII_T = [
    ("*", "{brand} in {CITY} out of {drug} again, told cx to try {brand}"),
    ("*", "{payer} portal down since 9am, {team} aware, ETA {time}"),
    ("*", "PA for {drug} needs step therapy first, sent to {team} queue"),
    ("*", "{sys} frozen again lol, had to reboot, lost 2 calls"),
    ("*", "queue at {num} calls, avg wait {num} min, pls pick up"),
    ("us", "reminder: {plan} open enrollment ends {mon} {dd}"),
    ("*", "cx asked if {drug} covered on {plan}, tier 3, copay {amt}"),
    ("us", "BIN 610014 PCN {pcn} grp {grp} for {payer} rejected, reprocessed ok"),
    ("*", "tmrw {day} training on {sys} at {time}, cover phones pls"),
    ("*", "fyi {team} moving to {sys} next {day}"),
    ("*", "formulary change {mon} 1: {drug} moved to tier 2"),
    ("*", "n/a - wrong number, caller wanted {brand} in {CITY}"),
    ("*", "dropped call, no cb number, nothing to do {so}"),
    ("*", "hung up b4 verif, {num} sec call"),
    ("*", "cust asked abt {plan} vs {plan}, explained deductibles, will think abt it"),
    ("*", "mail order delay at {CITY} warehouse, {num} orders backlogged"),
    ("*", "r/o fraud, legit charge from {brand} for {amt}"),
    ("*", "{num} prior auths pending > 72h in {team}"),
    ("*", "copay card for {drug} maxed at {amt}/yr"),
    ("*", "sent to {team}, sla 5 biz days"),
    ("us", "Part D late enrollment penalty explained, {amt}/mo"),
    ("*", "{payer} vs {payer} COB issue, primary is {payer}"),
    ("ca", "cust in {PROV} asking if provincial plan works out of province, told only emergencies"),
    ("*", "weather closure in {CITY}, {brand} stores shut {day}"),
    ("*", "{drug} recall lot notice from {brand}, pharmacy desk handling"),
    ("us", "told cx to call 1-800-MEDICARE for Part B questions, not us"),
    ("ca", "Service Canada handles OAS, gave general line 1-800-277-9914"),
    ("ca", "ODB covers {drug} under LU code {num}, no PA needed"),
    ("*", "shift notes {day}: {num} calls, {num} escalations, {sys} slow all am"),
    ("*", "EOB explained, {amt} allowed, {amt} member resp"),
    ("us", "HSA/FSA card question, told cx receipts needed for {drug}"),
    ("*", "{team} says {model} discontinued, switch to {drug}"),
    ("us", "telehealth visit billed as 99213, appeal possible w/ notes"),
    ("*", "ICD-10 E11.9 on claim, {payer} wants more docs"),
    ("*", "{time} huddle: {plan} premiums up {num}% in {mon}"),
    ("*", "cx happy, resolved fcr, no follow up needed {so}"),
    ("*", "pharmacy said {drug} backordered till {mon}, no generic"),
    ("us", "SNAP benefits load on the 3rd in {USST}, not the 1st"),
    ("*", "caller confused {payer} w/ {payer}, redirected"),
    ("*", "lol 3rd call today abt the {sys} letter typo"),
    ("*", "{brand} rx transfer fax not received, resent to {team}"),
    ("*", "flu shot clinic at {brand} {CITY} {day} {time}, walk-ins ok"),
    ("ca", "RAMQ pas couvert pour {drug}, client va payer cash"),
    ("ca", "NIHB travel approved {L_Iqaluit} to {L_Ottawa}, boarding home booked for {day}"),
    ("*", "backlog in {team}: {num} claims from {mon}, working oldest first"),
    ("*", "WFH today, {sys} VPN keeps dropping, IT ticket open"),
    ("*", "{payer} rep said {drug} needs quantity limit override, {num} units"),
    ("ca", "Fair PharmaCare deductible reset Jan 1 in {L_BC}, cx upset"),
    ("us", "WIC office in {CITY} closed {day}, reopen {day} {time}"),
    ("*", "asked cx to upload receipts via {sys} app, not email"),
]

PII_T += [
    ("us", "{G} {F} called, dob {DOB}, last4 {SSN4}, wants {plan} id card reprinted"),
    ("*", "per {N2} (daughter) mom {N} is in hospice, pls expedite claim {CLM}"),
    ("us", "interpreter used (Hmong) for {N}, member id {MEM}, ph {P}"),
    ("us", "Navajo Nation member {N}, IHS referral for {drug}, mailing {A}, {CITY} {REG} {Z}"),
    ("us", "spanish line: {N} pregunta por su tarjeta de Medicaid {MCD}, tel {P}"),
    ("ca", "Kreyòl speaker {N}, son {G2} translating, OHIP {OHIP}"),
    ("*", "{F}, {G} - rx {RX} - {drug} - ready for pickup {day}"),
    ("us", "DOB: {DOB} | SSN: {SSN} | MBI: {MBI} | name: {N}"),
    ("*", "cx {G} upset abt {amt} bill, pls call back b4 {time} at {P}"),
    ("us", "Medicare # {MBI} for {N} not active till {mon} 1, advised Part A only"),
    ("ca", "{N} - carte soleil {RAMQ} - nouvelle adresse {A}, {CITY} {Z}"),
    ("ca", "SIN {SIN} on file for {N} wrong by 1 digit, sent to {team}"),
    ("*", "appeal letter from {N} recvd, claim {CLM}, return addr {A}, {CITY} {REG} {Z}"),
    ("*", "{N}, d.o.b {DOB}, cell {P}, email {E}"),
    ("us", "npi {NPI} dr {F} billing {payer} for member {N}, claim {CLM}"),
    ("*", "thx {G2} for covering my queue, {N} cb done"),
    ("us", "dob {DOB} zip {Z} - verified - {N} asking abt extra help/LIS"),
    ("*", "member {N} said pls email {E} instead of mail, consent noted in {sys}"),
    ("*", "pt {N} allergy list updated, dob {DOB}, rx {RX} held for RPh review"),
    ("us", "medicaid {MCD} renewal packet sent to {A}, {CITY} {REG} {Z} for {N}"),
    ("ca", "{N} from {L_Iqaluit}, {L_Nunavut} health card {NUHC}, travel claim escalated to {team}"),
    ("*", "IP {IP} on the claims portal matches member {N}, ok"),
    ("*", "policy {POL} holder {N}, dependent {G2} born {DOBK}"),
    ("us", "{N} ssn ending {SSN4} called 4x today re {drug} PA, pls prioritize"),
    ("ca", "caller {N} at {P} wants Fair PharmaCare reg, MSP {MSP}"),
    ("*", "{N} asked us to stop texting {P}, opted out"),
    ("us", "HH of {N}: spouse {N2}, dob {DOB}, both on case {CASE}"),
    ("*", "wrong email on file, changed from {E} to {E2}"),
    ("*", "cust {N} shared her insta {H} for the contest, not our dept lol"),
    ("ca", "client {N} born {DOB} in {PLACE}, SIN {SIN}, applying for GIS"),
    ("*", "mbr {G} wants refund of {amt} to card {C}, approved by {team}"),
    ("us", "{N} relocating to {A}, {CITY} {REG} {Z} from {PLACE}, new plan needed"),
]

NOPII_T += [
    ("*", "Q: does {payer} cover {model}? A: yes w/ PA, tier {tier}"),
    ("*", "{day} {time}: {sys} outage, {num} chats waiting, using backup form"),
    ("us", "{payer} {plan} formulary pdf for {mon} is live on the site"),
    ("*", "cust just wanted hours for {brand} in {CITY}, gave 9-9"),
    ("ca", "Green Shield vs {payer} coordination, {PROV} plan pays 2nd"),
    ("*", "pls dont transfer PA calls to {team} after {time}, they close"),
    ("*", "{drug} price went up to {amt} at {brand}, GoodRx coupon cheaper"),
    ("*", "caller just asking if we r open on {day}, yes til {time}"),
    ("*", "script from the {mon} update: mention {plan} extra benefits"),
    ("*", "{num} refill reminders bounced, {sys} batch job failed"),
    ("us", "Medicaid unwinding: {num} renewals due in {USST} by {mon}"),
    ("ca", "CDCP dental enrollment Qs spiking, {num} today, refer to Sun Life"),
    ("*", "denial reason N130 on {payer} remit, benefit max reached"),
    ("*", "agent tip: {sys} search w/ member # not name, faster"),
    ("*", "new hire shadowing {team} thru {day}, be nice"),
    ("us", "SSA office in {CITY} by appt only now, tell cx"),
    ("ca", "ServiceOntario kiosk in {ONCITY} closed for renos till {mon}"),
    ("*", "cx asked abt {drug} vs {drug}, told to ask the RPh"),
    ("*", "auto-refill paused for {drug} due to shortage, {num} members affected"),
    ("*", "{brand} app update broke login, {num} calls abt it, IT aware"),
    ("us", "Aetna / CVS Caremark split billing, see KB article {num}"),
    ("*", "holiday hrs: closed {day}, {team} on call, callbacks {day}"),
]

PII_T += [
    ("*", "Ms {F} called back, d.o.b {DOB} confirmed, {drug} PA still pending w/ {team}"),
    ("us", "Pastor {F2} calling for elder {N}, no phone at home, mail to {A}, {CITY} {REG} {Z}"),
    ("us", "elder {N} (Diné) needs ride to IHS clinic, dob {DOB}, daughter cell {P}"),
    ("*", "DOB: {DOB} / Member: {MEM} / {SF} / verified"),
    ("*", "baby {G2} born {DOBK}, add to mom {N} policy {POL}"),
    ("ca", "Bonjour/Hi, {N} voulait parler à quelqu'un en français, RAMQ {RAMQ}, dob {DOB}"),
    ("us", "cust said {G} is her legal name now, old name {N2}, update w/ SSA doc"),
    ("*", "{N} r/o duplicate acct, merged {MEM} into {MEM}"),
]

PII_T += [
    ("*", "2 logins from {IP} in {PLACE} for {N}'s acct, she's in {CITY}, locked + fraud ref"),
    ("*", "member portal error for {H}, last ip {IP}, cleared cache, ok now"),
    ("*", "cx sent her bill via {URL}, asked to use secure upload instead"),
    ("*", "{N} asked for premium refund by wire, IBAN {IBAN}, lives in {PLACE} half the year"),
    ("*", "paid {amt} w/ {C} for {N}, conf sent to {E}"),
    ("us", "new card {C} added to autopay for {POL}, old one expired"),
    ("*", "caller {N}, ip {IP}, says portal shows wrong dob {DOB}"),
    ("*", "gofundme {URL} set up by family of {N} for hospital bills, cx asked if we can pay direct"),
]

NOPII_T += [
    ("us", "NDC 00169-4132-12 rejected 70 on {payer}, NCPDP says not covered, try {drug}"),
    ("*", "CPT 99214 + modifier 25 denied, {team} to reprocess"),
    ("us", "SSA-1099 and 1095-A questions all day, tax season lol"),
    ("ca", "T4A slips for CPP mailed end of {mon}, cx can get it on My Service Canada"),
    ("*", "{brand} store #{num} fax line busy, called main line instead"),
    ("*", "{model} on backorder, {num} DME orders waiting, ETA {mon}"),
    ("*", "{payer} changed PA form v3.2, old one rejected from {day}"),
    ("*", "sent KB {num} link to new agents re {plan} coverage rules"),
    ("*", "pls log all {drug} shortage calls w/ code SHRT in {sys}"),
    ("us", "Medicare Part B premium {amt} for 2026, IRMAA tiers updated"),
    ("ca", "OHIP+ covers under 25 w/ no private plan, {L_Ontario} only"),
    ("*", "cx asked if {drug} needs refrigeration, yes 2-8C, told to ask RPh"),
    ("*", "{time} - {num} abandoned calls, {sys} IVR looping in French menu"),
    ("us", "Dual eligible Qs: Medicaid pays after {plan}, not before"),
    ("*", "mtg moved to {day} {time}, {team} + {team}, bring stats"),
    ("*", "cx just needed fax # for {brand}, gave store line"),
]

F_AMT = lambda r: r.choice(["$%d" % r.randint(5, 900), "$%d.%02d" % (r.randint(1, 450), r.randint(0, 99)),
                            "$1,%03d" % r.randint(0, 999), "%d$" % r.randint(5, 300), "CA$%d" % r.randint(5, 500),
                            "$%d" % r.randint(2, 60)])
F_TIME = lambda r: r.choice(["%dam" % r.randint(7, 11), "%dpm" % r.randint(1, 6), "%d:%02d" % (r.randint(1, 12), r.choice([0, 15, 30, 45])),
                             "%dh%02d" % (r.randint(8, 17), r.choice([0, 30])), "noon", "EOD", "%d:30pm" % r.randint(1, 5)])
MODELS = ["Accu-Chek Guide", "OneTouch Verio", "Contour Next", "Omnipod 5", "t:slim X2", "Libre 2", "G6 receiver",
          "ResMed AirSense 11", "Omron BP7350", "Dexcom G6"]

def _render(r, tpl, ca):
    key, g, f, ff = gen_person(r)
    key2, g2, f2, ff2 = gen_person(r)
    city, reg = r.choice(CITIES_CA if ca else CITIES_US)
    parts = []
    for i, chunk in enumerate(re.split(r"\{(\w+)\}", tpl)):
        if i % 2 == 0:
            if chunk:
                parts.append([chunk, "o"])
            continue
        t = chunk
        if t == "N":
            parts.append([full_name(g, f, ff), "name"])
        elif t == "N2":
            parts.append([full_name(g2, f2, ff2), "name"])
        elif t == "G":
            parts.append([g, "name"])
        elif t == "G2":
            parts.append([g2, "name"])
        elif t == "F":
            parts.append([f, "name"])
        elif t == "E2":
            parts.append([gen_email(r, g, f), "email"])
        elif t == "F2":
            parts.append([f2, "name"])
        elif t == "SF":
            parts += [[f.upper(), "name"], [", ", "o"], [g, "name"]]
        elif t == "E":
            parts.append([gen_email(r, g, f), "email"])
        elif t == "P":
            parts.append([gen_phone(r, ca), "phone"])
        elif t == "C":
            parts.append([gen_card(r), "card"])
        elif t == "IP":
            parts.append([gen_ip(r), "ip"])
        elif t == "URL":
            parts.append([gen_url(r, g, f), "url"])
        elif t == "IBAN":
            parts.append([gen_iban(r), "iban"])
        elif t == "DOBK":
            parts.append([gen_dob(r, True), "dob"])
        elif t == "DOB":
            parts.append([gen_dob(r), "dob"])
        elif t == "A":
            parts.append([gen_address(r, ca), "address"])
        elif t == "Z":
            parts.append([gen_postcode(r, ca, city), "postcode"])
        elif t == "CITY":
            parts.append([city, "~"])
        elif t == "REG":
            parts.append([reg, "~"])
        elif t.startswith("L_"):
            parts.append([t[2:].replace("_", " "), "~"])
        elif t == "ONCITY":
            parts.append([r.choice(["Toronto", "Mississauga", "Brampton", "Thunder Bay", "Ottawa", "Sioux Lookout", "Hamilton", "Sudbury"]), "~"])
        elif t == "PROV":
            parts.append([r.choice(["Ontario", "Quebec", "Manitoba", "Nunavut", "Alberta", "Saskatchewan", "New Brunswick", "Nova Scotia", "BC", "PEI"]), "~"])
        elif t == "USST":
            parts.append([r.choice(["Texas", "Florida", "Arizona", "New Mexico", "California", "New York", "Minnesota", "Ohio", "Pennsylvania", "Illinois", "Georgia", "Michigan"]), "~"])
        elif t == "NUHC":
            parts.append([_d(r, 9), "id"])
        elif t == "PLACE":
            parts.append([r.choice(PLACES), "~"])
        elif t == "H":
            parts.append([gen_handle(r, g, f), "id"])
        elif t == "RAMQ":
            parts.append([gen_ramq(r, f, g), "id"])
        elif t in ("MBI", "SSN", "SSN4", "SIN", "OHIP", "MSP", "MCD", "MEM", "RX", "NPI", "CLM", "CASE", "POL"):
            fn = {"MBI": gen_mbi, "SSN": gen_ssn, "SSN4": gen_ssn4, "SIN": gen_sin, "OHIP": gen_ohip, "MSP": gen_msp,
                  "MCD": gen_medicaid, "MEM": gen_member, "RX": gen_rx, "NPI": gen_npi, "CLM": gen_claim,
                  "CASE": gen_case, "POL": gen_policy}[t]
            v = fn(r)
            if v.startswith("#") and parts and parts[-1][1] == "o":
                parts[-1][0] += "#"
                v = v[1:]
            parts.append([v, "id"])
        else:
            v = {"brand": lambda: r.choice(BRANDS), "payer": lambda: r.choice(PAYERS), "drug": lambda: r.choice(DRUGS),
                 "plan": lambda: r.choice(PLANS), "sys": lambda: r.choice(SYSTEMS), "team": lambda: r.choice(TEAMS),
                 "day": lambda: r.choice(DAYS), "mon": lambda: r.choice(MONTHS), "amt": lambda: F_AMT(r),
                 "time": lambda: F_TIME(r), "num": lambda: str(r.choice([r.randint(2, 40), r.randint(40, 400)])),
                 "dd": lambda: str(r.randint(1, 31)), "tier": lambda: str(r.randint(1, 5)), "so": lambda: r.choice(SIGNOFFS),
                 "pcn": lambda: r.choice(["ADV", "MEDDADV", "9999", "CN", "PDMI", "ASPROD1"]),
                 "grp": lambda: r.choice(["RX1234", "WG4K", "HUMANA", "CAREMARK", "OPTUMRX", "GRP7"]) + str(r.randint(1, 99)),
                 "model": lambda: r.choice(MODELS)}[t]()
            parts.append([v, "o"])
    return parts

_TYPO_WORD = re.compile(r"\b[a-z]{5,}\b")

def _typo(r, parts):
    cands = [i for i, (t, l) in enumerate(parts) if l == "o" and _TYPO_WORD.search(t)]
    if not cands:
        return False
    i = r.choice(cands)
    ms = list(_TYPO_WORD.finditer(parts[i][0]))
    m = r.choice(ms)
    w = m.group()
    k = r.randrange(1, len(w) - 1)
    op = r.randrange(3)
    if op == 0:
        nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op == 1:
        nw = w[:k] + w[k + 1:]
    else:
        nw = w[:k] + w[k] + w[k:]
    if nw == w:
        return False
    parts[i][0] = parts[i][0][:m.start()] + nw + parts[i][0][m.end():]
    return True

def _merge(parts):
    out = []
    for t, l in parts:
        if not t:
            continue
        if out and l == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out

def _listed_hit(parts, listed_f):
    for t, l in parts:
        if l == "name" and any(w in listed_f for w in _name_words(t)):
            return True
    return False

def blind_notes(listed):
    r = random.Random(SEED)
    listed_f = {_fold(w) for w in listed}
    notes, seen = [], set()
    while len(notes) < N_NOTES:
        pii = r.random() >= 0.45
        ca = r.random() < 0.45
        pool = PII_T if pii else NOPII_T
        tpls = [t for c, t in pool if c == "*" or c == ("ca" if ca else "us")]
        parts = _render(r, r.choice(tpls), ca)
        if pii and r.random() < 0.08:
            _, ag, _, _ = gen_person(r)
            parts += [[r.choice([" - ", " // ", " thx "]), "o"], [ag, "name"]]
        mode = r.random()
        if mode < 0.32:
            parts = [[t.lower(), l] for t, l in parts]
        elif mode < 0.455:
            parts = [[t.upper() if l == "name" else t, l] for t, l in parts]
        if r.random() < 0.12:
            _typo(r, parts)
        note = _merge(parts)
        text = "".join(t for t, _ in note)
        nw = len(text.split())
        if "\n" in text or not (5 <= nw <= 45) or text in seen:
            continue
        if _listed_hit(note, listed_f):
            continue
        seen.add(text)
        notes.append(note)
    return notes

# ---------------------------------------------------------------- self-check
SAMPLE_LISTED = frozenset("john mary james maria jose david michael linda smith johnson williams brown garcia "
                          "martinez lee kim nguyen chen wang patel mohamed ali jean marie pierre tremblay joseph "
                          "martin miller king fisher charles richard daniel rachel".split())

def _check(notes, listed):
    assert len(notes) == N_NOTES, len(notes)
    lf = {_fold(w) for w in listed}
    texts = set()
    for note in notes:
        assert note, note
        text = "".join(t for t, _ in note)
        assert "\n" not in text and 5 <= len(text.split()) <= 45, text
        assert text not in texts, text
        texts.add(text)
        for j, (t, l) in enumerate(note):
            assert l in LABELS, l
            assert t, note
            if j and l == "o":
                assert note[j - 1][1] != "o", note
            if l != "o":
                assert t == t.strip(), (t, note)
            if l == "name":
                assert not any(w in lf for w in _name_words(t)), (t, listed)

def _selfcheck():
    a = blind_notes(frozenset())
    b = blind_notes(frozenset())
    assert a == b, "not deterministic"
    _check(a, frozenset())
    c = blind_notes(SAMPLE_LISTED)
    assert c == blind_notes(SAMPLE_LISTED)
    _check(c, SAMPLE_LISTED)
    for notes, tag in ((a, "empty listed"), (c, "sample listed")):
        counts = {}
        for n in notes:
            for t, l in n:
                counts[l] = counts.get(l, 0) + 1
        lower = sum(1 for n in notes if "".join(t for t, _ in n) == "".join(t for t, _ in n).lower()) / len(notes)
        nopii = sum(1 for n in notes if all(l in ("o", "~") for _, l in n)) / len(notes)
        upn = sum(1 for n in notes if any(l == "name" and t.isupper() and len(t) > 1 and "," not in t for t, l in n)
                  and not all(t == t.upper() for t, _ in n)) / len(notes)
        print(tag, {k: counts.get(k, 0) for k in LABELS})
        print(f"  lower-case share {lower:.3f}  no-personal-data share {nopii:.3f}  upper-name share ~{upn:.3f}")
    r = random.Random(1)
    for n in r.sample(a, 12):
        print(" ", "".join(t for t, _ in n))
        print("     ", [(t, l) for t, l in n if l != "o"])
    print("templates:", len(PII_T), "pii /", len(NOPII_T), "no-pii")

if __name__ == "__main__":
    _selfcheck()
