"""Blind evaluation set: offshore BPO customer-win notes (PH/IN/ZA/EG/JM/KE/CO)."""
import random
import re
import unicodedata

SEED = 731_2024
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

# ----------------------------------------------------------------- name pools
def _w(s):
    return [x.replace("_", " ") for x in s.split()]

NAMES = {
    "filipino": dict(
        m=_w("Jose Rodel Jerome Jhun Reynaldo Ramil Arnel Romeo Dindo Rommel Efren Ariel Jomar Jayson "
             "Ronnie Eduardo Dante Noel Renato Marlon Elmer Joel Randy Jericho Paolo Carlo Kristoffer "
             "Lemuel Bienvenido Crisanto Jun-jun Dodong Bong Nonoy Jeffrey Rey_Mark John_Lloyd Isagani"),
        f=_w("Maricel Rowena Mylene Lorna Jocelyn Marites Analyn Jennilyn Cristina Rosalie Divina Imelda "
             "Leonora Marivic Charmaine Kristine Janine Aira Princess Lovely Rhea Joy Shiela Mary_Grace "
             "Remedios Teresita Erlinda Lourdes Angelica Jonalyn Tintin Pinky Bebeng Ligaya Mahalia Precious"),
        fam=_w("dela_Cruz Santos Reyes Bautista Garcia Mendoza Villanueva Aquino Macaraeg Dimaculangan "
               "Pangilinan Magbanua Cabrera Ocampo Manalo Batungbakal Tolentino Agbayani Ramos Castillo "
               "Dumalagan Alcantara Tiongson Ybañez Cabahug Lapitan Soliman Gatdula Bacani Ugalde Bulosan "
               "Sarmiento de_los_Santos Pagaduan Ilagan Tabuena Cagampang Abellana"),
        nick=_w("Bong Jun-jun Tintin Pinky Bebeng Dodong Nonoy Ging Len-len Toto Jojo Bambi"),
    ),
    "south_indian": dict(
        m=_w("Karthik Senthil Murugan Arun Prakash Vignesh Saravanan Balaji Dinesh Rajesh Suresh Venkatesh "
             "Srinivas Ravi_Teja Naveen Anil Mahesh Sai_Kiran Chaitanya Harsha Anand Rohit Sreejith Vishnu "
             "Jithin Akhil Nikhil Manjunath Raghavendra Darshan Shivakumar Praveen Gokul Arjun Ramesh Thiru"),
        f=_w("Lakshmi Priya Divya Kavitha Revathi Meenakshi Anitha Swathi Sravani Lavanya Bhavani Sirisha "
             "Keerthana Harini Sowmya Aishwarya Anjali Reshma Lekshmi Athira Anusree Neethu Sneha Shruthi "
             "Pavithra Rashmi Sahana Deepa Nandini Vidya Gayathri Yamuna Kalpana Jyothi Sangeetha"),
        fam=_w("Subramanian Ramasamy Krishnan Natarajan Venkataraman Sundaram Chidambaram Rajagopal "
               "Reddy Naidu Rao Chowdary Varma Goud Kodali Pulipati Nair Menon Pillai Kurian Panicker "
               "Kutty Varghese Gowda Hegde Shetty Kamath Bhat Shenoy Kulkarni Iyengar Iyer Namboothiri Acharya"),
        nick=_w("Chinnu Kuttan Babu Appu Bunty Pinki Chotu Ammu Kanna Raju"),
    ),
    "nguni_sotho": dict(
        m=_w("Sipho Thabo Bongani Mandla Sibusiso Themba Lwazi Siyabonga Lungile Mthunzi Ayanda Kagiso "
             "Tshepo Teboho Sizwe Luthando Andile Vusi Xolani Mxolisi Lebogang Katlego Karabo Thulani "
             "Zola Bheki Sandile Gift Lucky Innocent Justice Nkosinathi Mpho Tumelo"),
        f=_w("Lerato Palesa Nomvula Zanele Thandeka Nokuthula Lindiwe Noluthando Ntombi Zodwa Dimakatso "
             "Nthabiseng Refilwe Boitumelo Khanyisile Sindisiwe Busisiwe Nomsa Thandiwe Zinhle Ntombizodwa "
             "Nosipho Naledi Mamello Puleng Keabetswe Precious Blessing Patience Mbali Lindelwa Ayanda"),
        fam=_w("Dlamini Nkosi Ndlovu Mthembu Khumalo Mkhize Ngcobo Zungu Buthelezi Mahlangu Nxumalo Mabaso "
               "Shabalala Mgijima Ntshona Dyantyi Mxenge Gcaba Qwabe Jali Mokoena Molefe Mofokeng Nkoane "
               "Letsie Moloi Motaung Sekhukhune Mokgethi Tshabalala Radebe Sithole Magagula Makhathini"),
        nick=_w("Bheki Thandi Nomsa Sbu Mdu Lulu Tumi Zee Kaygee Nandi"),
    ),
    "afrikaans": dict(
        m=_w("Johannes Pieter Hendrik Gerhard Francois Riaan Wikus Deon Stefan Ruan Jaco Christo Willem "
             "Danie Frikkie Kobus Schalk Tiaan Marius Morné Henk Gert Dewald Andries Jurie Theuns Wynand "
             "Hannes Gideon Jacques Ettienne"),
        f=_w("Annelie Elmarie Marietjie Liesl Anke Charné Carien Elsabé Hester Mariska Ronel Sunette Wilna "
             "Zelda Riana Karlien Lizelle Anri Retha Madelein Leandri Estelle Amor Corlia Elna Ilse Sonja "
             "Marlize Bettie Hanlie Jolandi"),
        fam=_w("van_der_Merwe Botha Pretorius du_Plessis van_Wyk Steyn Nel Coetzee Venter Kruger Smit "
               "Fourie Swanepoel Erasmus le_Roux de_Villiers Joubert Oosthuizen Vermeulen Engelbrecht van_Zyl "
               "Bezuidenhout Lombard du_Toit Potgieter Badenhorst Grobler van_Niekerk Labuschagne Janse_van_Rensburg "
               "Kotzé Brits"),
        nick=_w("Kobus Frik Hennie Sarie Bokkie Tannie_Sus Jannie Mienkie"),
    ),
    "egyptian": dict(
        m=_w("Mohamed Ahmed Mahmoud Mostafa Karim Amr Tarek Hossam Sherif Hany Walid Khaled Omar Youssef "
             "Ziad Islam Ehab Wael Ayman Hazem Sameh Medhat Mina Bishoy Kirollos Girgis Fady Ramy Essam "
             "Abanoub Moustafa Mohab"),
        f=_w("Nourhan Aya Mariam Yasmin Salma Habiba Menna Rana Dina Heba Shaimaa Doaa Esraa Rehab Marwa "
             "Nesma Amira Nada Reem Fatma Asmaa Ghada Hend Samar Eman Nermeen Mirna Marina Amal Noor "
             "Mennatallah Radwa"),
        fam=_w("El-Sayed Abdelrahman Abdel_Aziz Mansour Fahmy Hegazy Shehata Ghoneim El-Masry Gad Farag "
               "Hanna Tawfik Nasr Zaki Abou_El-Ela El_Shazly Badawy Rizk Metwally Shawky Hamdy Naguib Kamel "
               "Abdallah Sobhy Gaber Morsy Eissa Abdel_Meguid El-Gendy Sabry"),
        nick=_w("Hamada Zizo Mido Toty Bosy Lolo Dodo Shosho Bebo"),
    ),
    "caribbean": dict(
        m=_w("Kemar Dwayne Andre Omari Shawn Damion Ricardo Jermaine Rohan Delroy Fitzroy Leroy Devon Kirk "
             "Tyrone Oneil Romario Shamar Akeem Kadeem Marlon Garfield Everton Clive Winston Desmond Nigel "
             "Wayne Junior Orville Courtney Ainsley"),
        f=_w("Shanique Tashana Kerry-Ann Shanice Keisha Tanisha Sashagaye Monique Nadine Latoya Marcia "
             "Petal Yanique Shellian Tamoy Kadian Annmarie Jodi-Ann Shericka Rushell Sanique Shauna Tamika "
             "Nickeisha Oneika Sherene Dionne Novlette Juliet Paulette Camille"),
        fam=_w("Campbell Brown Williams Clarke McKenzie Grant Thompson Francis Gordon Reid Lewis Morrison "
               "Bailey Spence Wright Ellis Dacosta Blake Gayle Samuels Lindo Powell Walters Bennett Chambers "
               "Forbes Stewart Mullings Hylton Facey Wint Rowe McFarlane Bryan"),
        nick=_w("Bigga Shorty Dudus Tallboy Junie Peaches Dimples Bubbles Fatta Sugar"),
    ),
    "kenyan": dict(
        m=_w("Kamau Njoroge Mwangi Kariuki Githinji Maina Ndungu Wachira Gitau Macharia Otieno Ochieng "
             "Odhiambo Onyango Omondi Ouma Owino Okoth Juma Barasa Kiprono Kipchoge Cheruiyot Mutua Musyoka "
             "Brian Kevin Dennis Collins Felix Evans Wycliffe"),
        f=_w("Wanjiru Wambui Nyambura Wairimu Njeri Muthoni Wanjiku Nyokabi Wangari Wangui Akinyi Atieno "
             "Adhiambo Awino Achieng Anyango Auma Apiyo Chebet Jepkosgei Nduta Mumbua Mwikali Faith Mercy "
             "Grace Hope Purity Winnie Beatrice Nafula Nekesa"),
        fam=_w("Kamau Njoroge Mwangi Kariuki Kimani Githinji Maina Ndungu Wanjohi Gachanja Muriuki Mugo "
               "Otieno Ochieng Odhiambo Onyango Omondi Ouma Owino Okoth Oduor Opiyo Ogola Wafula Wekesa "
               "Kiprotich Chelimo Mutiso Nyamweya Onsongo Kilonzo Waweru"),
        nick=_w("Kim Shiro Wanji Nyash Kevo Ochi Babu Toto Sheila Maish"),
    ),
    "colombian": dict(
        m=_w("Juan_Carlos Andrés Santiago Sebastián Jhon_Fredy Yeison Brayan Duván Jairo Wilmer Fabio "
             "Alirio Hernán Óscar Nelson Camilo Mauricio Alejandro Julián Esteban Felipe Cristian Estiven "
             "Jhonatan Luis_Fernando Gustavo Hernando Jaime Rigoberto Arley Édgar"),
        f=_w("Yuliana Leidy Yurani Daniela Valentina Marcela Paola Yesenia Natalia Catalina Luz_Dary "
             "Marleny Gloria_Inés Sandra_Milena Diana Lorena Viviana Jenny Yamile Maryory Ximena Tatiana "
             "Mónica Andrea Luisa_Fernanda Dayana Kelly_Johana Sorany Nidia Flor_Alba"),
        fam=_w("Rodríguez Gómez Martínez Restrepo Ospina Londoño Arango Zuluaga Cárdenas Giraldo Henao "
               "Quintero Valencia Correa Betancur Osorio Cardona Mejía Villegas Ochoa Montoya Castaño "
               "Muñoz Jaramillo Salazar Agudelo Bermúdez Pérez de_la_Hoz del_Río Patiño Urrego"),
        nick=_w("Pipe Juanca Caro Mafe Lucho Mono Nacho Tata Chucho Pacho"),
    ),
    "chinese_pinyin": dict(
        m=_w("Wei Jun Hao Lei Zhiwei Jianguo Yifan Zihao Haoran Mingyu Tao Bo Xiang Jie Yong Qiang "
             "Guoqiang Jianhua Zhenyu Chenxi Yuchen Junjie Shuai Kai Peng Long Feng Bin Xiaobo Rui"),
        f=_w("Xiaoling Mei Yan Jing Tingting Xiaoyan Lijuan Yufei Shuang Xin Hui Ying Lan Fang Na Qian "
             "Yuting Jiayi Xinyi Meiling Wenjing Xue Dandan Lili Ruoxi Shanshan Yanyan Zhen Hong Yun"),
        fam=_w("Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Zhu Ma Hu Guo He Lin Gao Luo Zheng "
               "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian"),
        nick=_w("Xiao_Wang A-Jie Lili Dandan Momo Kiki"),
    ),
    "cantonese": dict(
        m=_w("Ka_Ming Chi_Keung Siu_Fung Wai_Lun Kwok_Wing Ho_Yin Chun_Kit Man_Hon Tsz_Chun Kin_Wai "
             "Yiu_Fai Hon_Ming Wing_Hong Chi_Wai Sai_Kit Pak_Hei Lok_Yin Tak_Shing Kam_Po Shing_Fung "
             "Kelvin Ivan Alvin Terence Edmond Calvin Eric Vincent Wilson Ronald"),
        f=_w("Wing_Yan Man_Yee Siu_Ling Ka_Yan Mei_Ling Wai_Man Suk_Fong Hoi_Yan Pui_Yee Sze_Wing Yuk_Lan "
             "Lai_Kuen Ching_Yi Hiu_Tung Tsz_Yan Oi_Ling Wing_Sze Bo_Yee Yee_Man Kit_Ying Winnie Carmen "
             "Phoebe Iris Cherry Fiona Queenie Mandy Kitty Vivian"),
        fam=_w("Chan Wong Leung Cheung Lau Ng Ho Tse Yeung Kwok Chow Lam Lee Tang Fung Mak Yip Lo Kwan "
               "Poon Tsang Choi Hui Siu Yuen Chu Tam Szeto Au-Yeung Lai Man Ko"),
        nick=_w("Ah_Ming Ah_Keung Siu_Mei Ah_Fai Ah_Ling"),
    ),
    "haitian": dict(
        m=_w("Jean-Baptiste Wilner Jean_Robert Fritznel Wisly Lovenson Dieuseul Frantz Ludner Jacquelin "
             "Jean-Claude Réginald Wesner Evens Junior Stanley Lesly Rodney Josué Mackenson Wilfrid Eddy "
             "Fednel Emmanuel Sony Jocelyn Pierre-Richard Dieunel Fritz Ronald"),
        f=_w("Nadège Mirlande Fabienne Guerline Widline Roseline Darline Marie-Ange Nathalie Rose-Marie "
             "Marjorie Ketly Sandra Yolette Lourdie Mirlène Edeline Wislande Roselande Chrismène Marlène "
             "Dieula Jessica Bethsaïda Nadia Tamara Rosemène Farah Michaëlle Esther"),
        fam=_w("Pierre-Louis Jean-Baptiste Joseph Saint-Fleur Désir Louissaint Dorvil Toussaint Célestin "
               "Exantus Jean-Louis Charles Augustin Baptiste Lafortune Dorsainvil Innocent Bien-Aimé Étienne "
               "Jean-Gilles Casimir Fils-Aimé Noël Voltaire Métellus Saint-Louis Paul Désulmé Estimé Guerrier"),
        nick=_w("Ti-Jean Ti-Paul Manno Fanfan Ti-Rose Bébé Nana"),
    ),
    "polynesian": dict(
        m=_w("Sione Tavita Malakai Iosefa Ioane Viliami Tevita Siosaia Semisi Sefo Siaosi Falaniko "
             "Taniela Paula Tomasi Lisiate Sateki Mikaele Ofa Aisea Tupe Filipo Pita Talataina Leota "
             "Ieremia Fetu Manu Vaea Sefa Kalolo"),
        f=_w("Mele Salote Losana Sina Lagi Malia Tupou Ana_Lupe Seini Losaline Silivia Lesieli Kalolaine "
             "Sosefina Paea Vika Ofa_Atu Luseane Mareta Tivaini Fetu'u Meleane Leilani Moana Tiare Talia "
             "Alofa Manaia Sieni Pele Sefina"),
        fam=_w("Tuilagi Fonoti Faleolo Leota Sapolu Fifita Havili Taufa Vaipulu Lolohea Mahe Kata "
               "Fusitu'a Tu'ipulotu Ma'afu Taumalolo Aumua Seiuli Peleseuma Fa'amausili Tuimavave Lauaki "
               "Vainikolo Tapueluelu Moala Pouono Soliai Fuimaono Tago Amituanai Lealaiauloto"),
        nick=_w("Sefo Lupe Malu Pule Tala Moki"),
    ),
}
CULTURES = tuple(NAMES)

# customer culture -> countries where the customer might live
CULT_COUNTRIES = {
    "filipino": ["PH"] * 5 + ["US", "AE", "UK", "AU", "CA"],
    "south_indian": ["IN"] * 5 + ["AE", "US", "UK", "AU"],
    "nguni_sotho": ["ZA"] * 6 + ["UK", "AU"],
    "afrikaans": ["ZA"] * 4 + ["UK", "AU", "NZ"],
    "egyptian": ["EG"] * 5 + ["AE", "UK", "US"],
    "caribbean": ["JM"] * 4 + ["US", "UK", "CA"],
    "kenyan": ["KE"] * 5 + ["UK", "US", "AE"],
    "colombian": ["CO"] * 5 + ["US", "AE"],
    "chinese_pinyin": ["US", "CA", "AU", "UK", "PH", "NZ"],
    "cantonese": ["HK", "HK", "CA", "UK", "AU", "US"],
    "haitian": ["HT", "HT", "US", "US", "CA"],
    "polynesian": ["NZ", "NZ", "AU", "WS", "TO"],
}
AGENT_SITES = ("PH", "IN", "ZA", "EG", "JM", "KE", "CO")
SITE_CULT = {"PH": ["filipino"], "IN": ["south_indian"], "ZA": ["nguni_sotho", "nguni_sotho", "afrikaans"],
             "EG": ["egyptian"], "JM": ["caribbean"], "KE": ["kenyan"], "CO": ["colombian"]}

TITLES_M = {"filipino": ["Sir", "Mr.", "Kuya", "Tito"], "south_indian": ["Mr.", "Sir", "Shri", "Dr."],
            "nguni_sotho": ["Mr", "Baba", "Ntate", "Bhuti"], "afrikaans": ["Mnr.", "Mr", "Oom", "Dr"],
            "egyptian": ["Ustaz", "Mr.", "Eng.", "Dr."], "caribbean": ["Mr.", "Mister", "Pastor", "Bredda"],
            "kenyan": ["Mr.", "Mzee", "Bwana", "Dr."], "colombian": ["Don", "Sr.", "Dr.", "Ing."],
            "chinese_pinyin": ["Mr.", "Mr", "Dr."], "cantonese": ["Mr.", "Mr", "Dr."],
            "haitian": ["Mr.", "Msye", "Pastor"], "polynesian": ["Mr", "Uncle", "Rev."]}
TITLES_F = {"filipino": ["Ma'am", "Mrs.", "Ate", "Tita", "Ms."], "south_indian": ["Mrs.", "Ms.", "Madam", "Smt."],
            "nguni_sotho": ["Mrs", "Mama", "Sisi", "Ms"], "afrikaans": ["Mev.", "Mrs", "Tannie", "Me."],
            "egyptian": ["Madam", "Mrs.", "Dr.", "Ustaza"], "caribbean": ["Miss", "Mrs.", "Ms.", "Auntie"],
            "kenyan": ["Mrs.", "Mama", "Ms.", "Madam"], "colombian": ["Doña", "Sra.", "Srta.", "Dra."],
            "chinese_pinyin": ["Ms.", "Mrs", "Dr."], "cantonese": ["Ms.", "Mrs", "Miss"],
            "haitian": ["Madame", "Mrs.", "Manmi"], "polynesian": ["Mrs", "Aunty", "Ms"]}
SUFFIX_T = {"south_indian": ["ji", "garu", "sir", "madam", "anna", "akka"], "filipino": ["po"],
            "nguni_sotho": ["sir", "ma'am"], "egyptian": ["bey", "hanem"], "caribbean": ["sir", "miss"],
            "kenyan": ["sir", "madam"], "colombian": ["señor", "señora"]}

# ----------------------------------------------------------------- helpers
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()

def name_parts(s):
    return [p for p in re.split(r"[\s\-'\u2019.]+", s) if p]

def name_ok(s, listed):
    return all(fold(p) not in listed for p in name_parts(s))

SYL = ("ka ri lo ma nu te si vo la ze ba do fi ru ya ko me ta ni pe"
       " sa gu lu ha mo wi").split()

def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def nz_digits(r, n):
    return r.choice("123456789") + digits(r, n - 1)

def letters(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

def iban_make(r, cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]

# ----------------------------------------------------------------- filler (kept) pools
BRANDS = _w("Netflix Disney+ HBO_Max Spotify YouTube_Premium Prime_Video Viu iWantTFC Showmax DStv Hotstar "
            "JioCinema Shahid Crunchyroll Apple_TV+ Paramount+ Deezer Amazon Lazada Shopee Flipkart Myntra "
            "Meesho Takealot Jumia Noon Mercado_Libre Falabella Temu Shein eBay AliExpress "
            "Philippine_Airlines Cebu_Pacific AirAsia Emirates Qatar_Airways EgyptAir Kenya_Airways Avianca "
            "LATAM IndiGo Air_India FlySafair Caribbean_Airlines Fiji_Airways Air_New_Zealand Etihad JetBlue "
            "Globe Smart PLDT DITO Jio Airtel Vodacom MTN Cell_C Telkom Vodafone Orange Etisalat WE Safaricom "
            "Digicel Flow Claro Movistar Tigo Spark Optus Telstra Verizon T-Mobile Pru_Life_UK Sun_Life AXA "
            "Allianz Discovery Old_Mutual Sanlam Outsurance LIC Star_Health Jubilee Britam Sura MetLife Bupa "
            "BDO BPI Metrobank GCash Maya HDFC_Bank ICICI SBI Paytm PhonePe Capitec FNB Absa Nedbank "
            "TymeBank CIB Banque_Misr InstaPay NCB Scotiabank M-Pesa Equity_Bank KCB Bancolombia Davivienda "
            "Nequi PayPal Wise Revolut Western_Union Remitly")
AIRLINES = _w("Philippine_Airlines PAL Cebu_Pacific AirAsia Emirates Qatar_Airways EgyptAir Kenya_Airways Avianca "
               "LATAM IndiGo Air_India FlySafair Caribbean_Airlines Fiji_Airways Air_New_Zealand Etihad JetBlue "
               "Airlink Jambojet Wingo Vistara flydubai Air_Arabia")
CITYS = _w("Manila Cebu Davao Iloilo Chennai Bengaluru Hyderabad Kochi Johannesburg Durban Cape_Town Cairo "
           "Alexandria Sharm Hurghada Kingston Montego_Bay Nairobi Kisumu Mombasa Bogotá Medellín Cali Cartagena "
           "Dubai Doha London Toronto Sydney Auckland Apia Nuku'alofa Miami JFK MNL BLR JNB CAI NBO BOG")
PRODUCTS = _w("iPhone_15_Pro_Max Galaxy_A54 Redmi_Note_13 Fire_TV_Stick Chromecast Echo_Dot router_HG8145V5 "
              "ONU eSIM prepaid_SIM Roku_Express PS5 AirPods_Pro Galaxy_Buds2 Pixel_8 Tecno_Spark_20 "
              "Infinix_Hot_40 Oppo_A78 vivo_Y36 Huawei_B311 TP-Link_Archer_C6 MiFi DStv_Explora set-top_box "
              "Smart_TV_55UQ7500 LTE_modem Galaxy_Tab_A9 MacBook_Air_M2 Xbox_Series_S Kindle_Paperwhite")
PLANS = _w("Premium_4K Standard_with_ads Family_plan Duo Student_plan Postpaid_1299 Unli_5G_599 GoSURF50 "
           "Fibr_1699 Jio_299 RedX_1599 Red_VIP Max_200 Prime_annual Platinum_cover Vitality_Gold Plan_Plus "
           "Business_Class Economy_Flex Premium_Economy Plus_Membership Gold_tier Basic_Mobile Home_Fibre_50Mbps "
           "Super_Saver_Bundle Comprehensive_Cover Silver_plan")
PLACES = _w("Manila Cebu Davao Makati BGC Pasig Quezon_City Iloilo Baguio Chennai Bengaluru Hyderabad Kochi "
            "Mysuru Coimbatore Vizag Johannesburg Durban Cape_Town Soweto Sandton Pretoria Gqeberha Cairo "
            "Giza Alexandria Nasr_City Heliopolis Kingston Montego_Bay Ocho_Rios Nairobi Kisumu Mombasa "
            "Westlands Bogotá Medellín Cali Barranquilla Cartagena Port-au-Prince Apia Nuku'alofa Auckland "
            "Dubai Doha London Toronto Sydney Houston NAIA_T3 Mactan_airport JKIA OR_Tambo El_Dorado "
            "Heathrow Cairo_Airport Norman_Manley Kempegowda_airport Dubai_T3 Ayala_MRT Gautrain_station")
TEAMS = _w("Billing_L2 Tier_2_Tech Retention Save_Desk Escalations Fraud_Ops Payments_queue Claims "
           "Refunds_team Back_Office Chat_Support_EN Voice_PH WFM Quality Team_Ubuntu Team_Simba Team_Alpha "
           "Night_Owls Q_BILL_EN ESC-T2 Social_Care Priority_Desk VIP_Lane Disputes Loyalty_desk Tech_L1 "
           "Chat_ES_LATAM Email_queue Baggage_Services Collections")
SHORT = _w("ty tnx pls plz asap fyi btw w/ b4 bc coz msg acct ofc lol hehe yey gg :) po idk tbh np "
           "k ok2 ayt")
TS = _w("power_cycle ONT_reset cache_clear reinstall_app re-login force_stop factory_reset APN_reset "
        "line_test profile_refresh port_reset token_resync SIM_reseat DNS_flush password_reset")
STATES = _w("Resolved Closed-FCR Pending_Cust On_Hold WIP Reopened Solved Escalated Closed Awaiting_3P")
DISPO = _w("RES-FCR BILL-REFUND-OK TS-ONT-RESET RTN-SAVE-DISC RTN-SAVE-UPG CLM-APPR ORD-REPLACE "
           "INFO-ONLY ACCT-UPD PAY-ARR FLT-REBOOK DLVR-RESHIP SUB-RESTORE")
CS = {
    "PH": ["grabe sobrang bait ni cx", "salamat po daw", "happy si cx", "ayun naresolve din", "sana all",
           "buti na lang", "kaya pala", "nag-thank you pa", "ang saya", "medyo galit at first pero okay na",
           "nakakatuwa", "sobrang patient", "galing ng TL natin", "tapos agad", "di na nag-esc"],
    "IN": ["bahut khush tha", "ekdum sorted", "thank you bola twice", "achha feedback mila", "no tension",
           "full happy", "jaldi ho gaya", "bilkul satisfied", "theek hai bola", "kya baat hai", "super sir",
           "romba santhosham", "chala happy ga undi", "sakkath call", "ellam ok"],
    "ZA": ["eish long call but sorted", "lekker", "sharp sharp", "now now", "ayoba", "ngiyabonga she said",
           "dankie", "shap", "sho", "was so chuffed", "just now sorted", "kwaai", "baie dankie", "sure sure"],
    "EG": ["mabsout gedan", "el 7amdulillah", "khalas et7alet", "tamam kda", "3ashan keda", "ya3ni finally",
           "shokran 3ala el sabr", "yalla", "mashallah", "kan za3lan bas khalas", "7elw awi", "msh moshkla"],
    "JM": ["wah gwaan", "did vex but cool now", "irie", "likkle issue", "bless up", "nuh problem", "seen",
           "big up", "yuh done know", "everyting criss", "mi glad", "him seh tanks"],
    "KE": ["sawa sawa", "poa", "asante sana", "amesort", "pole for the wait", "iko fiti", "ameshukuru",
           "safi kabisa", "ni sawa", "alifurahi sana", "hakuna shida"],
    "CO": ["qué chévere", "bacano", "de una", "listo parce", "súper amable", "quedó feliz", "todo bien",
           "muchas gracias dijo", "qué pena con usted dijo", "re contento", "melo", "todo súper"],
}
TIMES = ["9:15am", "14:30", "2pm", "10:45 PM", "0300H", "23:10", "7am", "4:20pm", "11pm shift", "EOD",
         "6am PHT", "midnight IST", "8pm SAST", "noon EST", "5:30 Cairo time"]
AMOUNTS = ["PHP 1,299", "₱499", "P2,500", "Rs 2,999", "₹499", "INR 1,200", "R349", "R1 250", "ZAR 89",
           "EGP 450", "LE 1,200", "J$3,500", "JMD 12,000", "KES 2,500", "Ksh 999", "COP 89.900",
           "$120.000 COP", "USD 45.99", "$15.49", "£9.99", "AED 300", "NZD 24", "AUD 110", "HTG 5,000",
           "€12.99", "USD 8.50", "Rs 149", "KES 350"]

def date_other(r):
    d = r.randint(1, 28); m = r.randint(1, 12)
    return r.choice([f"{d:02d}/{m:02d}", f"{d} {MONTHS[m-1][:3]}", f"{MONTHS[m-1][:3]} {d}",
                     f"{m}/{d}", "tmrw", "next wk", "yesterday", "Mon", "Fri", f"{d}th", "last cycle"])

def metric(r):
    return r.choice([f"AHT {r.randint(3, 19)}:{r.randint(0, 59):02d}", f"AHT {r.randint(180, 1200)}s",
                     "CSAT 5/5", "CSAT 100%", f"CSAT {r.randint(4, 5)}", "NPS 10", f"NPS {r.randint(8, 10)}",
                     "FCR yes", "FCR", f"QA {r.randint(90, 100)}%", f"hold {r.randint(0, 3)}:{r.randint(0, 59):02d}",
                     f"ACW {r.randint(10, 90)}s", "0 esc", "no esc", "survey sent"])

# ----------------------------------------------------------------- country formats
CITIES = {
    "PH": ["Quezon City", "Makati", "Cebu City", "Davao City", "Pasig", "Laoag", "Iloilo City",
           "Cagayan de Oro", "Bacolod", "Taguig", "Mandaue"],
    "IN": ["Chennai", "Bengaluru", "Hyderabad", "Kochi", "Coimbatore", "Madurai", "Vijayawada", "Mysuru",
           "Thiruvananthapuram", "Mangaluru"],
    "ZA": ["Johannesburg", "Soweto", "Durban", "Cape Town", "Pretoria", "Bloemfontein", "Polokwane",
           "Gqeberha", "East London", "Pietermaritzburg"],
    "EG": ["Cairo", "Giza", "Alexandria", "Nasr City", "Mansoura", "Tanta", "6th of October", "Assiut"],
    "JM": ["Kingston 10", "Kingston 6", "Spanish Town", "Montego Bay", "Mandeville", "Portmore", "Ocho Rios"],
    "KE": ["Nairobi", "Kisumu", "Mombasa", "Nakuru", "Eldoret", "Thika", "Nyeri"],
    "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Pereira", "Cartagena", "Envigado"],
    "HT": ["Port-au-Prince", "Pétion-Ville", "Cap-Haïtien", "Delmas", "Les Cayes"],
    "NZ": ["Auckland", "Manukau", "Wellington", "Porirua", "Christchurch", "Hamilton"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Logan", "Perth", "Blacktown"],
    "UK": ["London", "Manchester", "Birmingham", "Leeds", "Croydon", "Leicester", "Glasgow"],
    "US": ["Houston", "Miami", "Brooklyn", "Daly City", "Jersey City", "Queens", "San Diego", "Orlando"],
    "CA": ["Toronto", "Mississauga", "Brampton", "Scarborough", "Vancouver", "Montréal", "Winnipeg"],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman"],
    "HK": ["Kowloon", "Sha Tin", "Tsuen Wan", "Causeway Bay", "Mong Kok"],
    "WS": ["Apia", "Faleolo", "Salelologa"],
    "TO": ["Nuku'alofa", "Neiafu", "Kolofo'ou"],
}
STREETS = {
    "PH": ["Rizal St.", "Mabini St", "Bonifacio Ave", "Katipunan Ave", "Osmeña Blvd", "Sampaguita St",
           "Magsaysay Ave", "Gen. Luna St", "P. Burgos St", "Luna Extension"],
    "IN": ["Gandhi Street", "4th Cross", "MG Road", "Anna Salai", "2nd Main Road", "Temple Street",
           "Nehru Nagar Main Rd", "Kamaraj Salai", "100 Feet Road", "Church Road"],
    "ZA": ["Jan Smuts Ave", "Bree Street", "Vilakazi St", "Main Road", "Church Street", "Protea Rd",
           "Beyers Naudé Dr", "Sisulu Street", "Long Street", "Voortrekker Rd"],
    "EG": ["El Tahrir St", "Shehab St", "Abbas El Akkad St", "Gamal Abdel Nasser St", "El Merghany St",
           "Street 9", "Makram Ebeid St", "El Haram St"],
    "JM": ["Hope Road", "Constant Spring Road", "Molynes Road", "Red Hills Road", "Barbican Road",
           "Old Hope Road", "Lyndhurst Road"],
    "KE": ["Ngong Road", "Othaya Rd", "Moi Avenue", "Kenyatta Ave", "Argwings Kodhek Rd", "Jogoo Road",
           "Thika Road", "Oginga Odinga St"],
    "HT": ["Rue Capois", "Rue Pavée", "Rue Lamarre", "Delmas 33", "Rue Grégoire", "Route de Frères"],
    "NZ": ["Great South Road", "Queen Street", "Dominion Road", "Cameron Road", "Te Irirangi Dr"],
    "AU": ["Smith St", "George Street", "Parramatta Rd", "High St", "Logan Rd"],
    "UK": ["Wellington Road", "High Street", "Church Lane", "Victoria Road", "Station Road", "Green Lanes"],
    "US": ["Elm St", "Main Street", "Westheimer Rd", "Ocean Ave", "Mission St", "Flatbush Ave"],
    "CA": ["Yonge St", "Dundas St W", "Finch Ave E", "Kingsway", "Main St"],
    "AE": ["Sheikh Zayed Rd", "Al Nahda St", "Al Wasl Rd"],
    "HK": ["Nathan Road", "King's Road", "Castle Peak Road", "Sha Tin Centre St"],
}
ESTATES = {"PH": ["Camella Homes", "Villa Verde Subd.", "Mabuhay Homes", "BF Homes", "Deca Homes", "Avida Towers"],
           "IN": ["Sai Residency", "Prestige Shantiniketan", "Sri Lakshmi Apts", "Brigade Gardens", "Green Park Enclave"],
           "ZA": ["Protea Gardens", "Sunset Villas", "Jacaranda Court", "Waterfall Estate"],
           "KE": ["Kileleshwa Court", "Fedha Estate", "Jamhuri Flats", "Garden Estate"],
           "EG": ["Madinaty B12", "Rehab City", "El Sheikh Zayed Gardens"],
           "AE": ["Marina Heights", "Al Khail Gate", "Silicon Oasis Tower A"]}

def ph_phone(r):
    n = "9" + r.choice(["17", "18", "19", "27", "28", "45", "56", "66", "95", "98"]) + digits(r, 7)
    f = r.randint(0, 5)
    if f == 0: return f"0{n[:3]} {n[3:6]} {n[6:]}"
    if f == 1: return f"+63 {n[:3]} {n[3:6]} {n[6:]}"
    if f == 2: return "0" + n
    if f == 3: return "+63" + n
    if f == 4: return f"(02) 8{digits(r, 3)} {digits(r, 4)}"
    return f"0{n[:3]}-{n[3:6]}-{n[6:]}"

def in_phone(r):
    n = r.choice("6789") + digits(r, 9)
    f = r.randint(0, 4)
    return [f"+91 {n[:5]} {n[5:]}", f"0{n[:5]} {n[5:]}", n, f"+91-{n}", f"044-{digits(r, 8)}"][f]

def za_phone(r):
    n = r.choice(["82", "83", "72", "73", "61", "71", "79", "84"]) + digits(r, 7)
    f = r.randint(0, 4)
    return [f"0{n[:2]} {n[2:5]} {n[5:]}", f"+27 {n[:2]} {n[2:5]} {n[5:]}", "0" + n,
            f"011 {digits(r, 3)} {digits(r, 4)}", f"+27 (0)21 {digits(r, 3)} {digits(r, 4)}"][f]

def eg_phone(r):
    n = "1" + r.choice("0125") + digits(r, 8)
    f = r.randint(0, 3)
    return [f"0{n[:2]} {n[2:6]} {n[6:]}", f"+20 {n[:2]} {n[2:6]} {n[6:]}", "0" + n,
            f"02 {digits(r, 4)} {digits(r, 4)}"][f]

def jm_phone(r):
    a = r.choice(["876", "658"]); b = nz_digits(r, 3); c = digits(r, 4)
    return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"1-{a}-{b}-{c}", f"{a} {b} {c}"])

def ke_phone(r):
    n = r.choice(["7", "1"]) + r.choice(["0", "1", "2", "9", "4"]) + digits(r, 7)
    f = r.randint(0, 3)
    return [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+254 {n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", "254" + n][f]

def co_phone(r):
    n = "3" + r.choice(["00", "01", "10", "12", "15", "20", "50", "04"]) + digits(r, 7)
    f = r.randint(0, 3)
    return [f"+57 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}", n, f"(601) {digits(r, 3)} {digits(r, 4)}"][f]

def na_phone(r, codes):
    a = r.choice(codes); b = nz_digits(r, 3); c = digits(r, 4)
    return r.choice([f"+1 ({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1{a}{b}{c}"])

PHONES = {
    "PH": ph_phone, "IN": in_phone, "ZA": za_phone, "EG": eg_phone, "JM": jm_phone, "KE": ke_phone,
    "CO": co_phone,
    "HT": lambda r: r.choice([f"+509 {r.choice('34')}{digits(r, 3)} {digits(r, 4)}", f"509-{r.choice('34')}{digits(r, 3)}-{digits(r, 4)}"]),
    "NZ": lambda r: r.choice([f"021 {digits(r, 3)} {digits(r, 4)}", f"+64 22 {digits(r, 3)} {digits(r, 4)}", f"(09) {digits(r, 3)} {digits(r, 4)}"]),
    "AU": lambda r: r.choice([f"04{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"+61 4{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"(02) {digits(r, 4)} {digits(r, 4)}"]),
    "UK": lambda r: r.choice([f"07{digits(r, 3)} {digits(r, 6)}", f"+44 7{digits(r, 3)} {digits(r, 6)}", f"020 {digits(r, 4)} {digits(r, 4)}", f"0161 {digits(r, 3)} {digits(r, 4)}"]),
    "US": lambda r: na_phone(r, ["713", "832", "305", "718", "347", "650", "201", "619", "407"]),
    "CA": lambda r: na_phone(r, ["416", "647", "905", "604", "514", "204"]),
    "AE": lambda r: r.choice([f"+971 5{r.choice('0568')} {digits(r, 3)} {digits(r, 4)}", f"05{r.choice('0568')} {digits(r, 3)} {digits(r, 4)}"]),
    "HK": lambda r: r.choice([f"+852 {r.choice('569')}{digits(r, 3)} {digits(r, 4)}", f"{r.choice('569')}{digits(r, 3)} {digits(r, 4)}"]),
    "WS": lambda r: r.choice([f"+685 7{digits(r, 6)}", f"+685 72 {digits(r, 5)}"]),
    "TO": lambda r: r.choice([f"+676 77{digits(r, 5)}", f"+676 84 {digits(r, 5)}"]),
}

def uk_postcode(r):
    out = r.choice(["SW1A", "M14", "EH6", "B23", "LS8", "CR0", "E17", "N15", "LE4", "G42", "BD7", "SE15"])
    return f"{out} {r.randint(1, 9)}{letters(r, 2)}"

POSTCODES = {
    "PH": lambda r: r.choice(["1100", "1101", "1226", "1605", "1630", "6000", "6014", "8000", "2900", "5000", "9000", "6100"]),
    "IN": lambda r: (lambda p: r.choice([p, p[:3] + " " + p[3:]]))(r.choice("56") + r.choice("0123456789") + digits(r, 4)),
    "ZA": lambda r: r.choice(["2196", "1804", "4001", "8001", "0181", "7700", "9301", "0699", "6001", "1709"]),
    "EG": lambda r: r.choice(["11511", "11765", "12611", "21519", "11371", "12566", "35511"]),
    "KE": lambda r: r.choice(["00100", "00200", "00505", "40100", "80100", "20100", "00600", "01000"]),
    "CO": lambda r: r.choice(["110111", "110221", "050021", "050012", "760001", "080001", "130001", "055420"]),
    "HT": lambda r: r.choice(["HT6110", "HT6120", "HT1110", "HT8110"]),
    "NZ": lambda r: r.choice(["1010", "2104", "2023", "5022", "8011", "3204"]),
    "AU": lambda r: r.choice(["2000", "2148", "3000", "4114", "6000", "2770"]),
    "UK": uk_postcode,
    "US": lambda r: r.choice([digits(r, 5), f"{digits(r, 5)}-{digits(r, 4)}"]) if r.random() < 0.3 else r.choice(["77036", "33012", "11226", "94015", "07306", "11373", "92154", "32839"]),
    "CA": lambda r: f"{r.choice('MLKV')}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}",
}

def address_core(r, c):
    st = r.choice(STREETS.get(c, STREETS["UK"]))
    n = r.randint(1, 250)
    if c == "PH":
        return r.choice([f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)} {r.choice(ESTATES['PH'])}",
                         f"#{n} {st}, Brgy. {r.choice(['San Isidro', 'Lahug', 'Poblacion', 'Bagong Silang', 'Mabolo'])}",
                         f"Unit {r.randint(2, 40)}{r.randint(1, 20):02d} Tower {r.randint(1, 4)}, {r.choice(ESTATES['PH'])}",
                         f"{n} {st}"])
    if c == "IN":
        return r.choice([f"Flat {r.randint(1, 9)}0{r.randint(1, 9)}, {r.choice(ESTATES['IN'])}, {st}",
                         f"Door No. {r.randint(1, 90)}/{r.randint(1, 12)}, {st}",
                         f"No. {n}, {st}", f"H.No. {r.randint(1, 16)}-{r.randint(1, 9)}-{r.randint(10, 400)}, {st}"])
    if c == "ZA":
        return r.choice([f"{n} {st}", f"Unit {r.randint(1, 60)}, {r.choice(ESTATES['ZA'])}, {n} {st}",
                         f"{r.randint(1000, 9999)} {r.choice(['Zone 4', 'Ext 2', 'Block K'])}", f"Erf {r.randint(100, 9999)}, {st}"])
    if c == "EG":
        return r.choice([f"{n} {st}, Apt {r.randint(1, 30)}", f"Bldg {r.randint(1, 99)}, {st}, Flat {r.randint(1, 20)}",
                         f"Villa {r.randint(1, 300)}, {r.choice(ESTATES['EG'])}", f"{n} {st}, floor {r.randint(1, 12)}"])
    if c == "JM":
        return r.choice([f"{n} {st}", f"Lot {r.randint(1, 900)}, {r.choice(['Greater Portmore', 'Ensom City', 'Independence City'])}",
                         f"Apt {r.randint(1, 20)}, {n} {st}"])
    if c == "KE":
        return r.choice([f"House {r.randint(1, 80)}, {st}", f"Apt {letters(r, 1)}{r.randint(1, 9)}, {r.choice(ESTATES['KE'])}, {st}",
                         f"P.O. Box {r.randint(100, 99999)}"])
    if c == "CO":
        t = r.choice(["Calle", "Cra", "Carrera", "Cl", "Av.", "Transversal", "Diagonal"])
        return r.choice([f"{t} {r.randint(1, 150)} # {r.randint(1, 99)}-{r.randint(1, 99)}",
                         f"{t} {r.randint(1, 150)}{r.choice(['A', 'B', ''])} No. {r.randint(1, 99)}-{r.randint(1, 99)} Apto {r.randint(1, 20)}0{r.randint(1, 9)}",
                         f"{t} {r.randint(1, 150)} #{r.randint(1, 99)}-{r.randint(1, 99)} Torre {r.randint(1, 5)} Apto {r.randint(101, 1504)}"])
    if c == "HT":
        return r.choice([f"{st} #{n}", f"{n}, {st}", f"Impasse {r.choice(['Lavaud', 'Fouchard', 'Jean'])} #{r.randint(1, 40)}"])
    if c == "HK":
        return f"Flat {r.randint(1, 40)}{letters(r, 1)}, {r.randint(2, 40)}/F, Block {r.randint(1, 9)}, {r.randint(1, 500)} {st}"
    if c == "AE":
        return r.choice([f"Apt {r.randint(101, 3500)}, {r.choice(ESTATES['AE'])}", f"Villa {r.randint(1, 90)}, Street {r.randint(1, 40)}"])
    if c in ("WS", "TO"):
        return f"P.O. Box {r.randint(100, 9999)}"
    if c == "AU":
        return r.choice([f"Unit {r.randint(1, 20)}/{n} {st}", f"{n} {st}"])
    if c == "UK":
        return r.choice([f"Flat {r.randint(1, 30)}, {n} {st}", f"{n} {st}"])
    if c in ("US", "CA", "NZ"):
        return r.choice([f"{r.randint(10, 9999)} {st} Apt {r.randint(1, 20)}{letters(r, 1)}", f"{r.randint(10, 9999)} {st}"])
    return f"{n} {st}"

def ids_for(r, c):
    """(cue, id) pairs of national/government ids."""
    if c == "PH":
        return r.choice([("SSS no. ", f"{digits(r, 2)}-{digits(r, 7)}-{digits(r, 1)}"),
                         ("TIN ", f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}-000"),
                         ("PhilSys ", f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}"),
                         ("UMID ", f"CRN-{digits(r, 4)}-{digits(r, 7)}-{digits(r, 1)}"),
                         ("DL ", f"N{digits(r, 2)}-{digits(r, 2)}-{digits(r, 6)}"),
                         ("passport ", f"P{digits(r, 7)}{letters(r, 1)}")])
    if c == "IN":
        return r.choice([("Aadhaar ", f"{nz_digits(r, 4)} {digits(r, 4)} {digits(r, 4)}"),
                         ("PAN ", f"{letters(r, 3)}P{letters(r, 1)}{digits(r, 4)}{letters(r, 1)}"),
                         ("voter id ", f"{letters(r, 3)}{digits(r, 7)}"),
                         ("passport no ", f"{letters(r, 1)}{digits(r, 7)}"),
                         ("DL no ", f"TN{digits(r, 2)} {digits(r, 11)}")])
    if c == "ZA":
        y = r.randint(55, 99); m = r.randint(1, 12); d = r.randint(1, 28)
        base = f"{y:02d}{m:02d}{d:02d}{digits(r, 4)}08"
        return r.choice([("ID ", base + luhn_digit(base)), ("SA ID ", base + luhn_digit(base)),
                         ("passport ", f"A{digits(r, 8)}"), ("ID no. ", base + luhn_digit(base))])
    if c == "EG":
        return r.choice([("national ID ", f"{r.choice('23')}{digits(r, 13)}"), ("raqam qawmy ", f"{r.choice('23')}{digits(r, 13)}"),
                         ("passport ", f"A{digits(r, 8)}")])
    if c == "JM":
        return r.choice([("TRN ", f"{nz_digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}"), ("TRN ", nz_digits(r, 9)),
                         ("DL ", nz_digits(r, 9))])
    if c == "KE":
        return r.choice([("ID no ", nz_digits(r, 8)), ("ID ", nz_digits(r, 8)), ("KRA PIN ", f"A{digits(r, 9)}{letters(r, 1)}"),
                         ("M-Pesa code ", f"{letters(r, 1)}{letters(r, 1)}{digits(r, 1)}{letters(r, 7)}")])
    if c == "CO":
        n = nz_digits(r, 10) if r.random() < 0.5 else nz_digits(r, 8)
        dotted = f"{int(n):,}".replace(",", ".")
        return r.choice([("CC ", n), ("cédula ", dotted), ("C.C. ", dotted), ("NIT ", f"{nz_digits(r, 9)}-{r.randint(0, 9)}")])
    if c == "US":
        return r.choice([("SSN ", f"{r.randint(100, 665)}-{digits(r, 2)}-{digits(r, 4)}"), ("last 4 SSN ", digits(r, 4))])
    if c == "UK":
        return ("NI no ", f"{letters(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {r.choice('ABCD')}")
    if c == "CA":
        return ("SIN ", f"{nz_digits(r, 3)} {digits(r, 3)} {digits(r, 3)}")
    if c == "AE":
        return ("Emirates ID ", f"784-{r.randint(1960, 2000)}-{digits(r, 7)}-{digits(r, 1)}")
    if c == "HK":
        return ("HKID ", f"{letters(r, 1)}{digits(r, 6)}({r.randint(0, 9)})")
    if c == "NZ":
        return r.choice([("IRD ", f"{nz_digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}"), ("licence ", f"{letters(r, 2)}{digits(r, 6)}")])
    if c == "AU":
        return ("Medicare ", f"{r.randint(2, 6)}{digits(r, 3)} {digits(r, 5)} {r.randint(1, 9)}")
    return ("passport ", f"{letters(r, 2)}{digits(r, 7)}")

def biz_id(r):
    """(cue, id) pairs of business references."""
    opts = [
        ("order ", f"#{nz_digits(r, 9)}"), ("order no. ", f"{nz_digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}"),
        ("ord ", f"OD{nz_digits(r, 17)}"), ("ticket ", f"INC{digits(r, 7)}"), ("tkt ", f"#{nz_digits(r, 7)}"),
        ("case ", f"CS-{r.randint(2023, 2025)}-{digits(r, 6)}"), ("SR ", f"1-{nz_digits(r, 10)}"),
        ("PNR ", letters(r, 6)), ("booking ref ", f"{letters(r, 2)}{digits(r, 1)}{letters(r, 3)}"),
        ("e-tkt ", f"{r.choice(['079', '176', '077', '706', '134'])}-{digits(r, 10)}"),
        ("policy ", f"POL-{r.choice(['ZA', 'PH', 'KE', 'IN'])}-{digits(r, 7)}"), ("policy no ", f"{letters(r, 2)}{digits(r, 8)}"),
        ("meter ", f"0{digits(r, 10)}"), ("meter no. ", digits(r, 11)),
        ("tracking ", f"1Z{digits(r, 3)}{letters(r, 2)}{digits(r, 10)}"), ("AWB ", digits(r, 12)),
        ("tracking no. ", f"PH{digits(r, 10)}{letters(r, 1)}"), ("waybill ", f"JT{digits(r, 13)}"),
        ("acct ", f"{digits(r, 4)}-{digits(r, 6)}"), ("account no ", nz_digits(r, 10)), ("acc# ", nz_digits(r, 12)),
        ("member no. ", f"MP{digits(r, 9)}"), ("loyalty ", f"{letters(r, 2)}{digits(r, 8)}"),
        ("IMEI ", digits(r, 15)), ("claim ", f"CLM{digits(r, 8)}"), ("sub ID ", f"{letters(r, 3)}-{digits(r, 6)}"),
        ("customer ID ", f"C{digits(r, 8)}"), ("service no ", f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}"),
    ]
    return r.choice(opts)

def card_num(r):
    kind = r.randint(0, 2)
    if kind == 0:
        base = "4" + digits(r, 14); full = base + luhn_digit(base); groups = [full[i:i + 4] for i in range(0, 16, 4)]
    elif kind == 1:
        base = "5" + r.choice("12345") + digits(r, 13); full = base + luhn_digit(base); groups = [full[i:i + 4] for i in range(0, 16, 4)]
    else:
        base = "3" + r.choice("47") + digits(r, 12); full = base + luhn_digit(base); groups = [full[:4], full[4:10], full[10:]]
    f = r.randint(0, 6)
    if f == 0: return " ".join(groups)
    if f == 1: return full
    if f == 2: return "-".join(groups)
    if f == 3: return "**** **** **** " + full[-4:]
    if f == 4: return "XXXX-XXXX-XXXX-" + full[-4:]
    if f == 5: return full[:6] + "******" + full[-4:]
    return "************" + full[-4:]

def iban_val(r):
    cc = r.choice(["GB", "DE", "NL", "FR", "ES", "EG", "AE", "IE", "SA"])
    if cc == "GB": bban = letters(r, 4) + digits(r, 14)
    elif cc == "IE": bban = letters(r, 4) + digits(r, 14)
    elif cc == "DE": bban = digits(r, 18)
    elif cc == "NL": bban = letters(r, 4) + digits(r, 10)
    elif cc == "FR": bban = digits(r, 23)
    elif cc == "ES": bban = digits(r, 20)
    elif cc == "EG": bban = digits(r, 25)
    elif cc == "AE": bban = digits(r, 19)
    else: bban = digits(r, 2) + digits(r, 18)
    ib = iban_make(r, cc, bban)
    if r.random() < 0.5:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib

def ip_val(r):
    if r.random() < 0.15:
        return f"2001:{r.choice(['4860', 'db8', 'fb0', '1388'])}:{r.randint(0, 65535):x}::{r.randint(1, 65535):x}"
    first = r.choice([112, 110, 49, 122, 103, 41, 102, 197, 156, 196, 181, 186, 72, 190])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

def dob_val(r, c):
    y = r.randint(1948, 2005); m = r.randint(1, 12); d = r.randint(1, 28)
    f = r.randint(0, 8)
    if f == 0: return f"{d:02d}/{m:02d}/{y}" if c != "US" else f"{m:02d}/{d:02d}/{y}"
    if f == 1: return f"{y}-{m:02d}-{d:02d}"
    if f == 2: return f"{d} {MONTHS[m-1]} {y}"
    if f == 3: return f"{MONTHS[m-1]} {d}, {y}"
    if f == 4: return f"{d:02d}-{MONTHS[m-1][:3]}-{y % 100:02d}"
    if f == 5: return f"{d} de {MESES[m-1]} de {y}" if c == "CO" else f"{d}.{m}.{y}"
    if f == 6: return f"{d}/{m}/{y % 100:02d}"
    if f == 7: return f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {MONTHS[m-1][:3]} {y}"
    return f"{d:02d}{m:02d}{y}"

DOB_CUES = ["DOB ", "dob: ", "d.o.b ", "DOB verified ", "born ", "bday ", "birthday ", "b-day ", "D.O.B. ",
            "dob ", "DoB "]

# ----------------------------------------------------------------- templates
# placeholders: name ones: N G F CRM TN NP NQ NICK AG AGF AT(@agent)  two people: N2
# pii: PHONE EMAIL CARD GOVID BIZ ADDR PC IP URL IBAN DOB USER
# kept: BRAND PROD PLAN PLACE TEAM SH CS MET AMT TIME DATE TS STATE DISPO
PII_T = [
    "cust {N} called re {BRAND} {PROD} no signal, did {TS}, {STATE}. {MET}",
    "cx {F} happy w/ refund {AMT}, {CS}. {DISPO}",
    "spoke to {TN} abt {PLAN} renewal, retained w/ {AMT} discount {SH}",
    "caller {G} verified via {DOB} and {GOVID}, acct unlocked {CS}",
    "{CRM} - {BRAND} {PLAN} downgrade avoided, saved by {AG} from {TEAM}",
    "thanks to {AGF} from billing for the quick reversal, cust {N} very happy {MET}",
    "{NP} {BRAND} order {BIZ} reshipped to {ADDR}, {STATE}",
    "callback done to {PHONE} , cust {G} confirmed {PROD} working after {TS} {SH}",
    "cx updated email to {EMAIL} and mobile {PHONE}, {CS}",
    "{TN} praised {AG} by name in survey, {MET} {SH}",
    "@{AT} pls tag as win: cust {F} {BIZ} rebooked {CITY} to {CITY} on {AIR}",
    "card {CARD} removed from {BRAND} wallet per cust {G} request, {DISPO}",
    "refund to IBAN {IBAN} approved, cx {F} said {CS}",
    "login from {IP} flagged, cust {N} confirmed it was them, {TEAM} cleared {SH}",
    "cust shared profile {URL} to verify seller, {G} happy after {TS}",
    "new address {ADDR} saved for {CRM}, delivery {DATE}",
    "{G} from {TEAM} helped w/ {BIZ}, cx {N} said {CS}",
    "cx name on acct \"{G}\" but caller was a relative {G2}, verified {GOVID} {SH}",
    "{N} and {N2} (joint acct) both on line, {PLAN} upgraded, {MET}",
    "pinoy cx {F} in {PLACE}, {BRAND} {PROD} replaced, {CS}",
    "win!! {F} {GOVID} verified, claim {BIZ} approved {AMT} {SH}",
    "customer {TN} rang from {PHONE} bc {BRAND} charged twice, reversed {AMT}",
    "{F} {MET} {CS}",
    "asked for {NP} mobile, gave {PHONE}, sms otp ok, {STATE}",
    "user {USER} locked out of {BRAND}, pw reset ok, cust {G} very thankful",
    "delivery addr corrected to {ADDR} for cx {F} {SH} {DISPO}",
    "TL {AG} approved goodwill {AMT} for {CRM}, {MET}",
    "cx {NICK} (real name {F}) regular caller lol, {PROD} fixed this time",
    "shoutout to {AGF} for {BIZ} - cust {TN} wrote thank you email from {EMAIL}",
    "esc avoided. {TN} wanted supervisor, {AG} took over, {CS}",
    "cust {G} gave {DOB} for kyc + {GOVID}, {BRAND} limit raised",
    "kyc fail earlier bc {DOB} mismatch, fixed now, cx {F} {CS}",
    "{N} paid {AMT} via {BRAND}, {BIZ} marked paid, {STATE}",
    "cx from {PLACE} wants invoice sent to {EMAIL}, done {SH}",
    "ip {IP} whitelisted for {F} after {TS}, {TEAM} ok",
    "{TN} {PHONE} {ADDR} - meter swapped, {CS}",
    "repl card {CARD} activated for {G}, {MET}",
    "post-call: {F}'s {PROD} under warranty, pickup from {ADDR} {DATE}",
    "cust {G} said thank u to {AG} and {AG2}, {BRAND} credits added {AMT}",
    "{CRM} | {BIZ} | {STATE} | {MET}",
    "helped {TN} set up {BRAND} on {PROD}, she sent fb {URL} pic of it working haha",
    "tagged {AT} bc cx {G} asked for her again, {CS}",
    "payout to {IBAN} for {F} confirmed by {TEAM}",
    "cx {F} moved to {ADDR}, {BRAND} service transferred, {MET}",
    "mr. {FAM} (pls note acct under {G2} {FAM2}) happy w/ {PLAN}",
    "vf'd {TN} {DOB} last 4 of card {CARD}, dispute won {AMT}",
    "{G} {SH} {CS} {BIZ} done",
    "cx {N} sent docs to {EMAIL}, {GOVID} ok, {TEAM} approved",
    "{GIVEN_UNCUED} called twice today but 2nd call all good, {PROD} {TS} worked {MET}",
    "bday promo for {F} applied, {DOB}, {PLAN} free month {SH}",
    "outage in {PC} area confirmed, cx {G} got {AMT} credit, {CS}",
    "{TN} asked if fibre avail in {PC}, yes! booked install {DATE}, {MET}",
    "courier couldnt find {ADDR}, cx {N} gave landmark + {PHONE}, delivered {SH}",
    "refund via {BRAND} to {CARD} for {F}, ref {BIZ}, {STATE}",
]
NOPII_T = [
    "{BRAND} {PROD} issue, did {TS}, {STATE}. {MET}",
    "cx happy after {TS} on {PROD}, {CS} {SH}",
    "win: saved {PLAN} from cancel, offered {AMT} off, {DISPO}",
    "{TEAM} approved refund {AMT} within {TIME} {SH}",
    "flight {CITY} to {CITY} rebooked on {AIR}, cx super grateful {MET}",
    "{MET} {CS}",
    "cx called from {PLACE} re {BRAND} billing, explained cycle, {STATE}",
    "double charge {AMT} on {BRAND} reversed by {TEAM}, {DISPO}",
    "fcr!! {PROD} fixed w/ {TS}, cx said ty {SH}",
    "upsell {PLAN} accepted, {AMT} more per mo, {MET}",
    "TL approved goodwill {AMT} {SH} {CS}",
    "kb article on {PROD} {TS} worked, no need to esc to {TEAM}",
    "cust was irate at first ({BRAND} outage in {PLACE}) but calmed down, {MET}",
    "parcel from {BRAND} stuck in {PLACE} hub, reshipped, ETA {DATE}",
    "{DISPO} / {STATE} / {MET}",
    "long call {TIME} but worth it, {PLAN} retained, {CS}",
    "cx thanked team in survey, {MET} {SH}",
    "baggage delayed at {PLACE}, {AIR} delivered {DATE} {TIME}, {CS}",
    "helped set up {BRAND} on {PROD} step by step, {MET}",
    "claim approved by {TEAM} same day {AMT} {SH}",
    "network issue {PLACE} area, {BRAND} ticket raised internally, cx ok w/ {AMT} credit",
    "{CS}, {BRAND} {PLAN} reactivated {DATE}",
    "qa callout: good empathy + {TS} explained well, {MET}",
    "cx from {PLACE} loves {BRAND}, just needed {TS} on {PROD}",
    "transfer to {TEAM} avoided, handled in L1, {MET} {SH}",
    "wrap-up: {DISPO}, {STATE}, {TIME}",
    "promo {AMT} applied to {PLAN} after {DATE} cycle {CS}",
    "{BRAND} app crash on {PROD} fixed after {TS}, {STATE}",
    "cx wanted to cancel {BRAND} but stayed for {PLAN} {SH}",
    "esc closed by {TEAM}, refund {AMT} released {DATE}",
    "{PROD} replacement approved, pickup {DATE} {TIME} {CS}",
    "first call of shift {TIME} and its a win {MET}",
    "nps promoter! {BRAND} {PLAN} {CS}",
    "roaming in {PLACE} activated, {BRAND} {AMT} pack, {STATE}",
    "re-routed from {TEAM} but solved it myself, {DISPO} {SH}",
    "{BRAND} loyalty points restored, cx very happy, {MET} {CS}",
    "system slow again {TIME} but cx patient, {TS} done, {STATE}",
    "cx on {PLAN} got {AMT} back from {BRAND}, {SH} {SH}",
    "flight {AIR} {CITY} {DATE} seat upgrade to {PLAN}, {MET}",
    "coaching note: used KB + {TS} on {PROD}, {MET}, {CS}",
]

FILLERS = {
    "BRAND": lambda r, cx: r.choice(BRANDS), "PROD": lambda r, cx: r.choice(PRODUCTS),
    "PLAN": lambda r, cx: r.choice(PLANS), "PLACE": lambda r, cx: r.choice(PLACES),
    "TEAM": lambda r, cx: r.choice(TEAMS), "SH": lambda r, cx: r.choice(SHORT),
    "CS": lambda r, cx: r.choice(CS[cx["site"]]), "MET": lambda r, cx: metric(r),
    "AMT": lambda r, cx: r.choice(AMOUNTS), "TIME": lambda r, cx: r.choice(TIMES),
    "DATE": lambda r, cx: date_other(r), "AIR": lambda r, cx: r.choice(AIRLINES),
    "CITY": lambda r, cx: r.choice(CITYS), "TS": lambda r, cx: r.choice(TS),
    "STATE": lambda r, cx: r.choice(STATES), "DISPO": lambda r, cx: "dispo " + r.choice(DISPO),
}

# ----------------------------------------------------------------- generator
class _Gen:
    def __init__(self, listed):
        self.r = random.Random(SEED)
        self.listed = listed
        self.pools = {}
        for c in CULTURES:
            d = {}
            for k in ("m", "f", "fam", "nick"):
                d[k] = [x for x in NAMES[c][k] if name_ok(x, listed)]
            self.pools[c] = d

    def _fallback(self):
        r = self.r
        for _ in range(200):
            s = "".join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()
            if name_ok(s, self.listed):
                return s
        return "Xqvzzl"

    def pick(self, c, key):
        pool = self.pools[c][key]
        if not pool:
            for alt in CULTURES:  # graceful: borrow from another culture
                if self.pools[alt][key]:
                    pool = self.pools[alt][key]
                    break
        return self.r.choice(pool) if pool else self._fallback()

    def person(self, c, sex=None):
        r = self.r
        sex = sex or r.choice("mf")
        p = dict(c=c, sex=sex, given=self.pick(c, sex), fam=self.pick(c, "fam"))
        if c == "colombian" and r.random() < 0.5:
            p["fam2"] = self.pick(c, "fam")
        if c == "south_indian" and r.random() < 0.4:
            p["initial"] = r.choice("RSKMVPNGAT") + "."
        return p

    def full(self, p):
        r = self.r
        c = p["c"]
        if c in ("chinese_pinyin",) or (c == "cantonese" and r.random() < 0.7):
            return f"{p['fam']} {p['given']}"
        if "initial" in p and r.random() < 0.7:
            return r.choice([f"{p['initial']} {p['given']}", f"{p['given']} {p['initial']}".rstrip(".")])
        if "fam2" in p:
            return f"{p['given']} {p['fam']} {p['fam2']}"
        if c == "egyptian" and r.random() < 0.3:
            return f"{p['given']} {self.pick(c, 'm')} {p['fam']}"
        return f"{p['given']} {p['fam']}"

    def title(self, p):
        tl = (TITLES_M if p["sex"] == "m" else TITLES_F)[p["c"]]
        return self.r.choice(tl)

    def nameform(self, p, form=None):
        r = self.r
        form = form or r.choice(["given", "full", "full", "full", "crm", "title", "title_suffix", "given",
                                 "full_title", "quoted", "initial_fam"])
        if form == "given":
            return [(p["given"], "name")]
        if form == "full":
            return [(self.full(p), "name")]
        if form == "crm":
            fam = p["fam"] + (" " + p["fam2"] if "fam2" in p else "")
            s = r.choice([f"{fam.upper()}, {p['given']}", f"{fam}, {p['given']}", f"{fam.lower()}, {p['given'].lower()}",
                          f"{fam.upper()} {p['given'].upper()}"])
            return [(s, "name")]
        if form == "title":
            return [(self.title(p) + " ", "o"), (r.choice([p["fam"], p["given"], self.full(p)]), "name")]
        if form == "title_suffix":
            suf = SUFFIX_T.get(p["c"])
            if suf:
                return [(p["given"], "name"), (" " + r.choice(suf), "o")]
            return [(self.title(p) + " ", "o"), (p["fam"], "name")]
        if form == "full_title":
            return [(self.title(p) + " ", "o"), (self.full(p), "name")]
        if form == "quoted":
            q = r.choice(['"', "'"])
            return [(q, "o"), (r.choice([p["given"], self.full(p)]), "name"), (q, "o")]
        if form == "initial_fam":
            return [(f"{p['given'][0]}. {p['fam']}", "name")]
        if form == "nick":
            return [(self.pick(p["c"], "nick"), "name")]
        raise ValueError(form)

    def cust_culture(self):
        return self.r.choice(CULTURES)

    def build(self, tpl, site, pii):
        r = self.r
        cc = self.cust_culture()
        country = r.choice(CULT_COUNTRIES[cc])
        cx = dict(site=site, cc=cc, country=country)
        p = self.person(cc)
        p2 = self.person(r.choice(CULTURES))
        agent_c = r.choice(SITE_CULT[site])
        ag = self.person(agent_c)
        ag2 = self.person(r.choice(SITE_CULT[site]))
        segs = []
        for tok in re.split(r"(\{[A-Z_0-9]+\})", tpl):
            if not tok:
                continue
            if not (tok.startswith("{") and tok.endswith("}")):
                segs.append((tok, "o"))
                continue
            k = tok[1:-1]
            if k in FILLERS:
                segs.append((FILLERS[k](r, cx), "o"))
            elif k == "N":
                segs += self.nameform(p)
            elif k == "N2":
                segs += self.nameform(p2)
            elif k == "G":
                segs += self.nameform(p, "given")
            elif k == "G2":
                segs += [(p2["given"], "name")]
            elif k == "GIVEN_UNCUED":
                segs += [(r.choice([p["given"], self.full(p)]), "name")]
            elif k == "F":
                segs += self.nameform(p, r.choice(["full", "full", "full_title", "crm", "initial_fam"]))
            elif k == "FAM":
                segs += [(p["fam"], "name")]
            elif k == "FAM2":
                segs += [(p2["fam"], "name")]
            elif k == "CRM":
                segs += self.nameform(p, "crm")
            elif k == "TN":
                segs += self.nameform(p, r.choice(["title", "full_title", "title_suffix"]))
            elif k == "NP":
                segs += self.nameform(p, r.choice(["given", "full", "title"])) + [("'s", "o")]
            elif k == "NICK":
                segs += self.nameform(p, "nick")
            elif k == "AG":
                segs += self.nameform(ag, r.choice(["given", "given", "given", "nick", "title_suffix"]))
            elif k == "AG2":
                segs += self.nameform(ag2, "given")
            elif k == "AGF":
                segs += self.nameform(ag, r.choice(["full", "full", "initial_fam"]))
            elif k == "AT":
                segs += [(r.choice([ag["given"], ag["given"].lower(), ag["given"] + " " + ag["fam"]]), "name")]
            elif k == "PHONE":
                segs.append((PHONES[country](r), "phone"))
            elif k == "EMAIL":
                segs.append((self.email(p, country), "email"))
            elif k == "CARD":
                segs.append((card_num(r), "card"))
            elif k == "GOVID":
                cue, v = ids_for(r, country)
                segs += [(cue, "o"), (v, "id")]
            elif k == "BIZ":
                cue, v = biz_id(r)
                segs += [(cue, "o"), (v, "id")]
            elif k == "USER":
                segs.append((self.username(p), "id"))
            elif k == "ADDR":
                segs += self.address(country)
            elif k == "PC":
                pcc = country if country in POSTCODES else r.choice(["ZA", "PH", "KE", "IN"])
                segs.append((POSTCODES[pcc](r), "postcode"))
                if r.random() < 0.5:
                    segs += [(" ", "o"), (r.choice(CITIES[pcc]), "~")]
            elif k == "IP":
                segs.append((ip_val(r), "ip"))
            elif k == "URL":
                segs.append((self.url(p), "url"))
            elif k == "IBAN":
                segs.append((iban_val(r), "iban"))
            elif k == "DOB":
                segs += [(r.choice(DOB_CUES), "o"), (dob_val(r, country), "dob")]
            else:
                raise KeyError(k)
        return segs

    def _slug(self, s):
        return re.sub(r"[^a-z0-9]", "", fold(s))

    def email(self, p, country):
        r = self.r
        g, f = self._slug(p["given"]), self._slug(p["fam"])
        user = r.choice([f"{g}.{f}", f"{g}{f}{r.randint(1, 99)}", f"{g[0]}{f}", f"{g}_{r.randint(70, 2005)}",
                         f"{f}.{g}", f"{g}.{f}{r.randint(1, 9)}"])
        dom = r.choice({"PH": ["gmail.com", "yahoo.com.ph"], "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
                        "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za"], "EG": ["gmail.com", "hotmail.com", "yahoo.com"],
                        "JM": ["gmail.com", "yahoo.com"], "KE": ["gmail.com", "yahoo.com"],
                        "CO": ["gmail.com", "hotmail.com", "outlook.es"]}.get(country, ["gmail.com", "outlook.com", "icloud.com"]))
        return f"{user}@{dom}"

    def username(self, p):
        r = self.r
        g, f = self._slug(p["given"]), self._slug(p["fam"])
        return r.choice([f"{g}_{r.randint(1, 999)}", f"{g}.{f[:4]}{r.randint(80, 99)}", f"x{g}x{r.randint(1, 99)}",
                         f"{f}{g[:1]}{r.randint(1, 9999)}"])

    def url(self, p):
        r = self.r
        g, f = self._slug(p["given"]), self._slug(p["fam"])
        return r.choice([f"facebook.com/{g}.{f}.{r.randint(1, 99)}", f"https://www.linkedin.com/in/{g}-{f}-{r.randint(1000, 99999):x}",
                         f"instagram.com/{g}_{f[:3]}", f"https://m.facebook.com/profile.php?id=1000{digits(r, 11)}",
                         f"https://tiktok.com/@{g}{r.randint(1, 999)}", f"https://shop.example.com/u/{digits(r, 8)}/orders"])

    def address(self, country):
        r = self.r
        segs = [(address_core(r, country), "address")]
        city = r.choice(CITIES[country])
        pc = POSTCODES.get(country)
        mode = r.randint(0, 3)
        if country == "KE" and segs[0][0].startswith("P.O. Box") and pc:
            segs += [("-", "o"), (pc(r), "postcode")]
            if r.random() < 0.7:
                segs += [(" ", "o"), (city, "~")]
            return segs
        if mode == 0:
            return segs
        if mode == 1 or not pc:
            return segs + [(", ", "o"), (city, "~")]
        if mode == 2:
            return segs + [(", ", "o"), (city, "~"), (" " if r.random() < 0.5 else ", ", "o"), (pc(r), "postcode")]
        return segs + [(", ", "o"), (pc(r), "postcode"), (" ", "o"), (city, "~")]


def _merge(segs):
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and l == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


def _typo(r, text):
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 3 and w.isalpha() and r.random() < 0.06:
            j = r.randrange(len(w) - 1)
            k = r.randint(0, 2)
            if k == 0:
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif k == 1:
                w = w[:j] + w[j + 1:]
            else:
                w = w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


def _style(r, segs, lower):
    out = []
    for t, l in segs:
        if l == "o":
            t = re.sub(r" {2,}", " ", t)
            if r.random() < 0.5:
                t = _typo(r, t)
            if r.random() < 0.15:
                t = t.replace(", ", " ").replace(". ", " ")
        if lower:
            t = t.lower()
        out.append((t, l))
    # tidy spacing at the ends / before commas
    out = _merge(out)
    if out and out[0][1] == "o":
        out[0] = (out[0][0].lstrip(), "o")
    if out and out[-1][1] == "o":
        out[-1] = (out[-1][0].rstrip(), "o")
    out = [(t, l) for t, l in out if t]
    return out


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(fold(x) for x in listed)
    g = _Gen(listed)
    r = g.r
    n_total, n_clean = 1000, 450
    kinds = [False] * n_clean + [True] * (n_total - n_clean)
    r.shuffle(kinds)
    notes, seen = [], set()
    for i, pii in enumerate(kinds):
        tpls = PII_T if pii else NOPII_T
        for _attempt in range(50):
            # cycle templates so all are used, then random
            tpl = tpls[i % len(tpls)] if _attempt == 0 and r.random() < 0.4 else r.choice(tpls)
            site = r.choice(AGENT_SITES)
            segs = _merge(g.build(tpl, site, pii))
            lower = r.random() < 0.33
            segs = _style(r, segs, lower)
            text = "".join(t for t, _ in segs)
            nw = len(text.split())
            if "\n" in text or not (5 <= nw <= 45) or text in seen:
                continue
            if any(l != "o" and t != t.strip() for t, l in segs):
                continue
            if pii and all(l in ("o", "~") for _, l in segs):
                continue
            seen.add(text)
            notes.append(segs)
            break
        else:
            raise RuntimeError("could not build note")
    return notes


def _selfcheck():
    sample = frozenset({"maria", "jose", "mohamed", "ahmed", "john", "santos", "reyes", "wang", "li", "chan",
                        "smith", "grace", "kamau", "van", "de", "juan", "carlos", "sipho", "dlamini", "lee"})
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == 1000
    counts = {l: 0 for l in LABELS}
    lower = clean = 0
    texts = set()
    for segs in a:
        text = "".join(t for t, _ in segs)
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts, text
        texts.add(text)
        for t, l in segs:
            assert l in LABELS, l
            if l != "o":
                assert t == t.strip() and t, repr(t)
            if l == "name":
                for part in name_parts(t):
                    assert fold(part) not in sample, t
            counts[l] += 1
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in segs):
            clean += 1
    print("notes:", len(a))
    for l in LABELS:
        print(f"  {l:9s} {counts[l]}")
    print(f"all-lower-case share: {lower / len(a):.3f}")
    print(f"no-personal-data share: {clean / len(a):.3f}")
    print("naming cultures:", len(CULTURES), "| templates with PII:", len(PII_T), "| without:", len(NOPII_T))


if __name__ == "__main__":
    _selfcheck()
