"""Blind evaluation set "F" for the carecli personal-data scrubber.

Setting: outsourced (BPO) contact centres in South Africa, the Philippines,
Jamaica, Trinidad & Tobago, the UAE and Malaysia.  Notes are short "customer
win" lines written by agents.  Every note is a list of (text, label) parts.

Labels: name, email, phone, card, id, address, postcode, ip, url, iban, dob
(personal data), "o" (ordinary text, must be kept), "~" (ambiguous, unscored).

Standard library only; deterministic (fixed seed, no hash()/set ordering).
"""
import random
import re
import unicodedata

SEED = 20240611
N_NOTES = 1000
CLEAN_SHARE = 0.37
LOWER_SHARE = 0.33

LABELS = {"name", "email", "phone", "card", "id", "address", "postcode",
          "ip", "url", "iban", "dob", "o", "~"}


def _fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).lower()


def _words(name):
    return [w for w in re.split(r"[\s\-]+", _fold(name)) if w]


def _split(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# ---------------------------------------------------------------------------
# Names (given, family) per naming culture.  Written by hand for this set.
# ---------------------------------------------------------------------------
CULTURES = {
    "xhosa": (
        "Lwazi, Siyabonga, Luthando, Anathi, Athenkosi, Mandisa, Nomvula, Zintle, "
        "Sinovuyo, Lulama, Thembeka, Xolani, Khanyisa, Unathi, Yonela, Asanda, "
        "Lithemba, Olwethu, Siphokazi, Akhona, Zukisa, Mzwandile, Ntsikelelo, "
        "Vuyolwethu, Nosipho, Lukhanyo, Onke, Noluthando, Sinethemba, Ziyanda, "
        "Bonisile, Nomakhosazana, Masixole, Luvuyo",
        "Mabandla, Mgcina, Dyantyi, Mqhayi, Nkonyeni, Sotyato, Qwabe, Ndamase, "
        "Gqirana, Tshangana, Makhaya, Nqakula, Sigcau, Mafu, Ntshona, Jikazana, "
        "Mtirara, Nonkonyana, Mvoko, Qumbisa, Ntlabati, Gxarhiso, Sobekwa, Booi, "
        "Matiwane, Mgqibelo, Dumezweni, Sityana, Nombembe, Mbatha-Dyantyi, Kwinana, "
        "Mlonyeni, Ngqondi"),
    "sotho": (
        "Palesa, Tumelo, Karabo, Lineo, Teboho, Puleng, Refiloe, Dineo, Nthabiseng, "
        "Lehlohonolo, Moeketsi, Tšepang, Relebohile, Mamello, Limpho, Retselisitsoe, "
        "Nthati, Lipuo, Motlatsi, Tlotliso, Keketso, Rethabile, Bokang, Mohau, "
        "Seipati, Masechaba, Katleho, Paballo, Mpolokeng, Tseliso, Matseliso, Tšeliso",
        "Mokoena, Mofokeng, Nthako, Letsie, Mokhothu, Sefako, Lekhanya, Ramakau, "
        "Mohapi, Lebona, Makhetha, Motaung, Ntsane, Seeiso, Thamae, Mosala, Koali, "
        "Phakisi, Ralebitso, Tsoeu, Mothibeli, Lerotholi, Sekese, Matsoso, Rampai, "
        "Mahase, Khabo, Pitso, Mphutlane, Leuta, Moqhali, Tšabalala"),
    "tswana": (
        "Kagiso, Boitumelo, Tshepiso, Onalenna, Gaone, Kabelo, Lesego, Kelebogile, "
        "Omphile, Oratile, Goitseone, Keabetswe, Masego, Bonolo, Kgomotso, "
        "Tlhalefang, Amogelang, Refilwe, Dikeledi, Kgosietsile, Obakeng, Itumeleng, "
        "Otsile, Kealeboga, Phenyo, Lorato, Thapelo, Resego, Tumisang, Oarabile, "
        "Boikanyo, Mmaboneng",
        "Molefi, Mogale, Motsumi, Tlhagale, Mokgosi, Seboko, Masire, Mosweu, "
        "Gaolathe, Ntsime, Mothusi, Kebonang, Sebego, Molosiwa, Dintwe, Modise, "
        "Setlhare, Pilane, Montsho, Keitumetse, Tshekedi, Mokwena, Sekgoma, "
        "Balepile, Mmusi, Rakgosi, Segokgo, Mogorosi, Kgafela, Tsheko, Motlhabane, "
        "Seitshiro"),
    "afrikaans": (
        "Riaan, Jannie, Marthinus, Annelie, Elmarie, Hennie, Wilna, Gerrit, Marlize, "
        "Ilse, Wessel, Hendrik, Suzelle, Karlien, Christo, Frikkie, Tiaan, Liezl, "
        "Jaco, Zelda, Ruan, Anri, Retha, Bertus, Koos, Magda, Dewald, Elsabé, "
        "Werner, Chanté, Danie, Lourens, Tertius, Carike, Jan-Hendrik, Marietjie",
        "van der Merwe, Botha, du Plessis, Coetzee, Pretorius, Venter, Steyn, "
        "Swanepoel, le Roux, Janse van Rensburg, Engelbrecht, Oosthuizen, Cronjé, "
        "Bezuidenhout, Grobler, Viljoen, du Toit, van Wyk, Erasmus, Joubert, "
        "Lombard, Fourie, Marais, de Villiers, Vermeulen, Potgieter, Strydom, "
        "Booysen, Labuschagne, van Zyl, Opperman, Terblanche, Badenhorst"),
    "pashto": (
        "Zarmina, Wazhma, Malalai, Mirwais, Khushal, Zalmai, Palwasha, Spogmai, "
        "Rahmatullah, Naqibullah, Hamidullah, Nazo, Zarghuna, Bakht Zada, Janan, "
        "Sher Ali, Ajmal, Lailuma, Wagma, Asadullah, Gulalai, Tor Jan, Nasrullah, "
        "Marjan, Durkhanai, Shahwali, Samiullah, Yalda, Gul Meena, Zmarai, "
        "Bibi Hawa, Ghotai, Storai",
        "Shinwari, Yousafzai, Afridi, Khattak, Mohmand, Durrani, Popalzai, "
        "Achakzai, Barakzai, Ahmadzai, Wardak, Zadran, Mangal, Niazi, Orakzai, "
        "Bangash, Kakar, Tarakai, Safi, Alokozai, Noorzai, Hotak, Ghilzai, "
        "Stanikzai, Mullagori, Daudzai, Sulaimankhel, Sabari, Muhammadzai, Tanai, "
        "Jaji, Momand"),
    "kurdish": (
        "Rojin, Dilan, Berivan, Zana, Hêvî, Bawar, Hawre, Soran, Shvan, Rebin, "
        "Nishtiman, Sarbast, Zhiyar, Kawa, Hozan, Rezan, Evîn, Nazdar, Ronak, "
        "Shilan, Gulistan, Perwin, Azad, Delal, Jiyan, Helin, Baran, Kardo, Awat, "
        "Chiya, Rêbaz, Shene, Serwan, Nerguz, Hejar",
        "Hawrami, Baban, Zebari, Dosky, Jaff, Mukriyani, Bradosti, Shexani, Rekani, "
        "Herki, Mizuri, Duhoki, Surchi, Berwari, Xoshnaw, Pishdari, Hamawandi, "
        "Garmiyani, Bilbas, Mangur, Zangana, Dizayee, Rozhbayani, Qaradaghi, "
        "Haweyzi, Shwani, Amedi, Barzinji, Talabani, Sindi, Hakkari, Dolamari"),
    "hazara": (
        "Farida, Ghulam Sakhi, Sakina, Masooma, Sayed Ali, Roya, Mahbooba, Taqi, "
        "Qurban, Nargis, Khadim Hussain, Jawad, Abdul Wahid, Zahir, Shakila, Razia, "
        "Batool, Kubra, Nasima, Sediqa, Hamida, Nazifa, Sultan Ali, Murtaza, "
        "Parwin, Gulsom, Sughra, Qasim, Latifa, Nawroz, Baqir, Sajad, Marzia",
        "Sultani, Rezaie, Mohammadi, Jafari, Hussaini, Akbari, Changezi, "
        "Yakawlangi, Behsudi, Jaghori, Naseri, Sadiqi, Qasimi, Bamyani, Danishyar, "
        "Rahyab, Mahdavi, Nawabi, Sharifi, Farahmand, Shirzad, Alizada, Ibrahimi, "
        "Haidari, Musawi, Rostami, Tavakoli, Mohseni, Urozgani, Sharestani, "
        "Dehzangi, Waezi"),
    "sindhi": (
        "Sassui, Marvi, Sohrab, Ghulam Hyder, Noor Jahan, Ayaz, Sanam, Lakhmir, "
        "Partab, Dayaram, Jhamandas, Kishinchand, Hiranand, Parmanand, Bhagwanti, "
        "Lachman, Tikamdas, Allah Bux, Ali Nawaz, Zulfiqar, Rubina, Shahnaz, "
        "Ghulam Mustafa, Mir Hassan, Zaibunnisa, Rasool Bux, Dodo, Chanesar, "
        "Sorath, Nooran, Hemu, Jeevat, Moomal, Sughran",
        "Memon, Soomro, Jatoi, Talpur, Abro, Panhwar, Chandio, Khuhro, Mahar, "
        "Jiskani, Sahito, Buriro, Lashari, Channa, Unar, Magsi, Dahri, Bhambhro, "
        "Kalhoro, Samejo, Mangrio, Advani, Lalwani, Mirchandani, Hiranandani, "
        "Shahani, Vaswani, Gidwani, Daryani, Jhangiani, Kripalani, Bijlani, "
        "Thadani, Sippy"),
    "hmong": (
        "Nou, Xee, Chue, Tou, Pao, Yer, Kou, Neng, Kia, Shoua, Blia, Ntxhi, Choua, "
        "Nhia, Houa, Pheng, Txawj, Zoua, Kalia, Maiv, Paj Ntaub, Ntxawm, Yeng, "
        "Youa, Nkauj Hli, Mai Nou, Pa Houa, Tswb, Kongmeng, Xai, Ntxoo",
        "Vang, Vaj, Xiong, Xyooj, Thao, Thoj, Yang, Yaj, Lor, Lauj, Her, Hawj, "
        "Moua, Muas, Lis, Ly, Hang, Vue, Vwj, Chang, Tsab, Cheng, Tsheej, Fang, "
        "Faj, Khang, Khab, Kue, Kwm, Pha, Phab, Kong"),
    "karen": (
        "Naw Paw Htoo, Saw Eh Doh, Eh Say, Hser Nay, Ler Wah, Htoo Htoo, Say Paw, "
        "Eh Kaw, Naw Mu Mu, Ku Ku, Thaw Thi, Blut Moo, Hsa Mu, Ta Mla, Dah Eh, "
        "Nay Htoo, Poe Poe, Htee Moo, Paw Lah, Shee Wah, Saw Kpaw, Soe Moo, "
        "Bway Paw, Eh Ywa, Hser Ku, Mu Naw, Pwee Ler, Gay Htoo, Ler Say, Hsa Eh, "
        "Doh Say, Naw Hser Gay",
        "Htoo, Paw, Moo, Wah, Shee, Hser, Soe, Thaw, Htun, Aung, Myint, Baw, Dee, "
        "Kpaw, Pler, Taw, Hla, Nu, Blay, Gyi, Doh, Lwin, Kyi, Dah, Thein, Khin, "
        "Mya, Tha Blay, Ler Moo, Wah Htoo"),
    "fijian": (
        "Jone, Sereana, Litia, Viliame, Josefa, Epeli, Isikeli, Salote, Losana, "
        "Tevita, Mosese, Akanisi, Maciu, Tomasi, Unaisi, Kelera, Semisi, Iliesa, "
        "Vasiti, Waisale, Sainimili, Timoci, Asena, Inoke, Alumita, Ateca, Jovesa, "
        "Lusiana, Savenaca, Makereta, Rusiate, Samisoni, Torika, Apisalome, "
        "Miliakere, Laisa",
        "Naivalu, Baleilevuka, Waqa, Nadolo, Ravuvu, Tikoduadua, Nawalu, Delana, "
        "Vakatawa, Raikadroka, Tuisawau, Matanitobua, Vunibaka, Koroivuki, Naidike, "
        "Seniloli, Tabualevu, Lutunatabua, Rokotuivuna, Vuetaki, Naulivou, "
        "Kuruvoli, Nasilasila, Cakau, Tawake, Radradra, Nakarawa, Vosawale, "
        "Talebula, Matavesi, Ravai, Qiolevu, Bulitavu"),
    "chamorro": (
        "Lourdes, Tomasa, Ignacio, Engracia, Remedios, Consolacion, Benigno, "
        "Teresita, Feliciano, Crisanto, Ascension, Candelaria, Gregoria, Amparo, "
        "Marcelino, Florencio, Soledad, Nieves, Rufina, Epifanio, Ramona, Herminia, "
        "Eulalia, Agapito, Lagrimas, Josefina, Vicenta, Juan Pedro, Rosa Maria, "
        "Hineti, Matapang, Kepuha, Hurao",
        "Aguon, Camacho, Tainatongo, Quitugua, Taitano, Sablan, Borja, Pangelinan, "
        "Manibusan, Quinata, Mendiola, Unpingco, Leon Guerrero, San Nicolas, "
        "Cepeda, Muña, Taitague, Blas, Mafnas, Tenorio, Babauta, Lujan, "
        "Charfauros, Fejeran, Manglona, Atalig, Hocog, Dueñas, Tudela, Indalecio, "
        "Kaipat, Taimanao, Limtiaco, Santos"),
    "amazigh": (
        "Idir, Massinissa, Tafsut, Tiziri, Dihya, Yuba, Anir, Amayas, Kahina, "
        "Lounes, Aksel, Menad, Tanirt, Tilelli, Taous, Amastan, Yugurten, Izem, "
        "Mazigh, Tinhinane, Tassadit, Ghilas, Makhlouf, Anzar, Lunja, Tudert, "
        "Ferhat, Mohand Ameziane, Ouiza, Fadma, Itto, Tafat, Aghilas, Thiziri, Yidir",
        "Aït Ahmed, Aït Menguellet, Matoub, Amrouche, Mammeri, Feraoun, Ouali, "
        "Ait Ouarab, Ouchene, Iguerbouchène, Ameziane, Haddadou, Akhiat, Oubella, "
        "Amellal, Ouhadj, Azzoug, Boulifa, Aït Hamou, Lounis, Oukaci, Tamzali, "
        "Ikhlef, Meziani, Oumeddah, Ait Boudaoud, Ighil, Hamitouche, Oussedik, "
        "Agouram, Ouaziz, Ait Lhaj, Oudjedi"),
    "jamaican": (
        "Kemoy, Jevaughn, Shamar, Nickoy, Tajay, Rushane, Oshane, Shanakay, "
        "Sheneil, Tavia, Rushawn, Kadeen, Jodian, Tashoya, Rickardo, Odean, "
        "Kashief, Chevelle, Shericka, Jhaniele, Sashakay, Annakay, Kimoya, Kerone, "
        "Navardo, Odane, Kayon, Shamoy, Nateisha, Rojay, Oraine, Tevaughn, Shantae, "
        "Demario, Kevaun, Shelly-Ann, Jovaniel",
        "Wauchope, Mullings, Blagrove, Facey, Dunkley, Goulbourne, Lindo, Messado, "
        "McFarlane, Tulloch, Mattis, Bogle, Minott, Ebanks, Rattray, Chin-Quee, "
        "Mahfood, Hylton, Ricketts, Gooden, Gentles, Creary, Rhoden, Samuda, "
        "Stultz, Anglin, Thwaites, Fraser-Pryce, McAnuff, Grizzle, Mowatt, "
        "Pottinger, Wedderburn"),
    "trini": (
        "Ayanna, Keron, Shervon, Kestor, Rhondel, Makeda, Jehue, Akeila, Kadiff, "
        "Jeron, Savitri, Chandradaye, Vidya, Rajindra, Nalini, Deokie, Parbatee, "
        "Latchmin, Rabindranath, Sattie, Chandrika, Omardath, Bissoondaye, Indira, "
        "Kwasi, Jerelle, Kerwin, Shyvonne, Rondell, Ashvani, Kenisha, Anisha Devi",
        "Rampersad, Maharaj, Ramdial, Boodram, Seepersad, Ramlogan, "
        "Persad-Bissessar, Sookdeo, Jaggernauth, Kissoon, Ramcharan, Dookeran, "
        "Baksh, Ramnarine, Gopeesingh, Beharry, Cudjoe, Alleyne, Bobb, Trotman, "
        "Lutchman, Dhanraj, Deosaran, Baboolal, Soogrim, Bisnath, Ramkissoon, "
        "Achong, Lee Poy, Sabga, Aboud, Hadeed, Mc Clean, Moonilal, Sealy"),
}
CULTURE_ORDER = sorted(CULTURES)

# ---------------------------------------------------------------------------
# Regions: places, brands, formats.
# ---------------------------------------------------------------------------
REGIONS = {
    "za": dict(
        city=_split("Gqeberha, Mthatha, Umlazi, Soweto, Khayelitsha, Mdantsane, "
                    "Polokwane, Mbombela, eMalahleni, Bloemfontein, Kimberley, "
                    "Stellenbosch, Paarl, Mitchells Plain, Tembisa, Soshanguve, "
                    "Mamelodi, Durbanville, Centurion, Sandton, Rustenburg, Mahikeng, "
                    "Qwaqwa, Thaba Nchu, Komani, Makhanda, Knysna, Upington, Kuruman, "
                    "Graaff-Reinet, Bellville, Ga-Rankuwa, KwaMashu, Pietermaritzburg, "
                    "Seshego, Joburg, Cape Town, Durban, Pretoria, East London, "
                    "Mossel Bay, Gansbaai, Inanda, Tzaneen"),
        telco=_split("Vodacom, MTN, Cell C, Telkom, Rain, Afrihost, Vumatel, Openserve"),
        bank=_split("Capitec, FNB, Absa, Nedbank, TymeBank, Discovery Bank, "
                    "Standard Bank, African Bank"),
        util=_split("Eskom, City Power, Joburg Water, eThekwini electricity, "
                    "City of Cape Town prepaid"),
        retail=_split("Takealot, Checkers Sixty60, Shoprite, Pick n Pay, Mr Price, "
                      "Woolworths, PEP, Makro, Superbalist, Clicks, Dis-Chem, "
                      "Ackermans, Bash"),
        ride=_split("Bolt, Uber, inDrive"),
        app=_split("Mr D, Uber Eats, SnapScan, Checkers Sixty60, Bolt Food"),
        airline=_split("FlySafair, Airlink, Lift, SAA, CemAir"),
        stream=_split("Showmax, DStv Stream, Netflix"),
        amount=["R{0}", "R{0}.99", "R {0}", "R{0} p/m"],
        amt_range=(49, 2499),
        title=["Mr ", "Mrs ", "Ms ", "Dr ", "Sis ", "Bra ", "Aunty ", "Mama ",
               "Ntate ", "Oom ", "Tannie "],
        slang=_split("eish, lekker, sharp sharp, ja no, now now, shame man, aweh"),
        tollfree=["0800 00 2255", "0860 100 100", "0800 111 211", "082 111",
                  "0861 10 20 30"],
        ussd=["*135#", "*136#", "*100#", "*111#", "*120*321#"],
        domains=["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                 "webmail.co.za", "mweb.co.za", "telkomsa.net"],
        plan=_split("Red 2GB, uncapped 50Mbps fibre, Smart M, 30GB LTE, "
                    "FlexiChat 99, Uncapped 20 Mbps"),
    ),
    "ph": dict(
        city=_split("Quezon City, Pasig, Taguig, Makati, Cebu City, Davao City, "
                    "Iloilo City, Bacolod, Cagayan de Oro, Baguio, Tacloban, "
                    "Dumaguete, Zamboanga, General Santos, Mandaue, Lapu-Lapu, "
                    "Antipolo, Marikina, Tagbilaran, Legazpi, Naga, Butuan, "
                    "Puerto Princesa, Vigan, Siargao, Caloocan, Valenzuela, "
                    "Bulacan, Pampanga, Batangas, Laguna, Cavite, Bohol"),
        telco=_split("Globe, Smart, DITO, TNT, TM, PLDT, Converge, Sky Fiber"),
        bank=_split("BDO, BPI, GCash, Maya, UnionBank, Metrobank, Landbank, "
                    "Security Bank, GoTyme, SeaBank, RCBC"),
        util=_split("Meralco, Manila Water, Maynilad, VECO, Davao Light"),
        retail=_split("Lazada, Shopee, Zalora, SM Store, Puregold, Robinsons, "
                      "Mercury Drug, Abenson, Jollibee"),
        ride=_split("Grab, Angkas, JoyRide, inDrive"),
        app=_split("Grab, foodpanda, Lalamove, GrabFood, Shopee app"),
        airline=_split("Cebu Pacific, Philippine Airlines, PAL, AirAsia Philippines, Cebgo"),
        stream=_split("iWantTFC, Viu, Netflix"),
        amount=["₱{0}", "P{0}", "PHP {0}", "{0} pesos"],
        amt_range=(99, 4999),
        title=["Ma'am ", "Sir ", "Ate ", "Kuya ", "Tita ", "Mr ", "Ms "],
        slang=_split("sana all, grabe, charot, ang galing, salamat po, solid, "
                     "petmalu"),
        tollfree=["(02) 8888-7777", "1-800-10-888-1111", "#8888", "(02) 7730-1000",
                  "1-800-8-789-0000"],
        ussd=["*143#", "*123#", "*888#", "*121#"],
        domains=["gmail.com", "yahoo.com.ph", "yahoo.com", "outlook.com",
                 "icloud.com"],
        plan=_split("GoSURF50, Unli 5G 599, Plan 999, Fiber 1699, Magic Data 99, "
                    "GoPlan 1299"),
    ),
    "jm": dict(
        city=_split("Kingston, Montego Bay, Spanish Town, Portmore, May Pen, "
                    "Mandeville, Ocho Rios, Negril, Port Antonio, Savanna-la-Mar, "
                    "Half Way Tree, Linstead, Old Harbour, St Ann's Bay, Black River, "
                    "Morant Bay, Falmouth, Lucea, Clarendon, St Catherine, Trelawny, "
                    "St Elizabeth, Cross Roads, Liguanea, New Kingston, Mona"),
        telco=_split("Digicel, Flow"),
        bank=_split("NCB, Scotiabank, JMMB, Sagicor, JN Bank, CIBC FirstCaribbean, Lynk"),
        util=_split("JPS, NWC"),
        retail=_split("Courts, Hi-Lo, PriceSmart, Megamart, Singer, Amazon"),
        ride=_split("JUTA taxi app, Knutsford Express, Uber"),
        app=_split("Lynk, WiPay, Digicel+ app, My Flow app"),
        airline=_split("Caribbean Airlines, JetBlue, interCaribbean, American Airlines"),
        stream=_split("Flow Sports, Netflix, Disney+"),
        amount=["J${0}", "${0} JMD", "JMD {0}", "${0}"],
        amt_range=(500, 25000),
        title=["Miss ", "Mr ", "Mrs ", "Aunty ", "Ms ", "Mister "],
        slang=_split("yeah man, bless up, wah gwaan, likkle more, big up, irie"),
        tollfree=["1-888-225-5477", "1-888-359-2580", "*120#", "1-888-991-2000"],
        ussd=["*120#", "*128#", "*100#"],
        domains=["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"],
        plan=_split("Prepaid Plus 7 day, Flow Postpaid 2500, Digicel 5GB weekly, "
                    "Home Fibre 100"),
    ),
    "tt": dict(
        city=_split("Port of Spain, San Fernando, Chaguanas, Arima, Point Fortin, "
                    "Couva, Sangre Grande, Diego Martin, Tunapuna, Siparia, Penal, "
                    "Princes Town, Tobago, Scarborough, Maraval, Curepe, Debe, "
                    "Fyzabad, Woodbrook, St Augustine, Carenage, Marabella, Chaguaramas"),
        telco=_split("bmobile, Digicel, Flow, Amplia"),
        bank=_split("Republic Bank, First Citizens, RBC Royal Bank, Scotiabank, JMMB"),
        util=_split("T&TEC, WASA"),
        retail=_split("Massy Stores, PriceSmart, Pennywise, Excellent Stores, "
                      "Courts, Amazon"),
        ride=_split("Drop, Allride"),
        app=_split("WiPay, bmobile app, Endcash, TTPost app"),
        airline=_split("Caribbean Airlines, interCaribbean, JetBlue"),
        stream=_split("Flow Sports, Netflix, Amazon Prime Video"),
        amount=["TT${0}", "${0} TT", "TTD {0}", "${0}"],
        amt_range=(50, 4500),
        title=["Miss ", "Mr ", "Mrs ", "Aunty ", "Ms ", "Tanty "],
        slang=_split("real vibes, allyuh good, doh study it, steups, lime after work, "
                     "oui"),
        tollfree=["800-4444", "800-2020", "1-800-327-5282", "800-TSTT"],
        ussd=["*120#", "*116#", "*127#"],
        domains=["gmail.com", "hotmail.com", "yahoo.com", "tstt.net.tt"],
        plan=_split("bmobile Xtra 299, Digicel Prime 250, Flow Home 50Mbps, "
                    "Amplia Fibre 100"),
    ),
    "ae": dict(
        city=_split("Dubai, Abu Dhabi, Sharjah, Ajman, Ras Al Khaimah, Fujairah, "
                    "Al Ain, Umm Al Quwain, Deira, Bur Dubai, Jumeirah, Al Barsha, "
                    "Karama, Mussafah, Khor Fakkan, Dubai Marina, JLT, "
                    "International City, Al Nahda, Mirdif, Khalifa City"),
        telco=_split("Etisalat, e&, du, Virgin Mobile UAE"),
        bank=_split("Emirates NBD, ADCB, Mashreq, FAB, Liv, Wio, Dubai Islamic Bank, "
                    "RAKBANK"),
        util=_split("DEWA, ADDC, SEWA, Etihad WE"),
        retail=_split("noon, Amazon.ae, Carrefour, Lulu, Sharaf DG, Namshi, Ounass"),
        ride=_split("Careem, Uber, Hala"),
        app=_split("Careem, Uber, Talabat, Hala, Deliveroo"),
        airline=_split("Emirates, flydubai, Etihad, Air Arabia"),
        stream=_split("OSN+, Shahid, STARZPLAY"),
        amount=["AED {0}", "{0} dhs", "Dh{0}", "AED{0}"],
        amt_range=(25, 3500),
        title=["Mr ", "Ms ", "Mrs ", "Dr ", "Madam "],
        slang=_split("yalla, inshallah sorted, khalas, mashallah, habibi it worked"),
        tollfree=["800 4663", "600 54 0000", "800 101", "800 4444", "04 601 9999"],
        ussd=["*101#", "*135#", "*121#"],
        domains=["gmail.com", "outlook.com", "yahoo.com", "emirates.net.ae",
                 "hotmail.com"],
        plan=_split("Freedom 150, Power Plan 300, eLife Home 500Mbps, du Home 1Gbps, "
                    "Flexi 100"),
    ),
    "my": dict(
        city=_split("Kuala Lumpur, KL, Petaling Jaya, PJ, Shah Alam, Johor Bahru, JB, "
                    "Penang, Ipoh, Kota Kinabalu, Kuching, Miri, Sibu, Melaka, "
                    "Seremban, Kuantan, Alor Setar, Kota Bharu, Subang Jaya, "
                    "Cyberjaya, Putrajaya, Klang, Sandakan, Tawau, Langkawi, Bangsar, "
                    "Cheras, Puchong, Bintulu"),
        telco=_split("Maxis, CelcomDigi, U Mobile, Unifi, Yes, Hotlink, TIME"),
        bank=_split("Maybank, CIMB, Public Bank, RHB, Hong Leong, Touch 'n Go, "
                    "Boost, GXBank, Bank Islam"),
        util=_split("TNB, Air Selangor, SESB, Sarawak Energy, Indah Water"),
        retail=_split("Shopee, Lazada, Zalora, Mr DIY, AEON, Lotus's, 99 Speedmart, "
                      "PGMall"),
        ride=_split("Grab, AirAsia Ride, inDrive, Maxim"),
        app=_split("Grab, foodpanda, ShopeeFood, MySejahtera, Lalamove"),
        airline=_split("AirAsia, Malaysia Airlines, MASwings, Batik Air, Firefly"),
        stream=_split("Astro, sooka, Viu"),
        amount=["RM{0}", "RM {0}", "RM{0}.90", "rm{0}"],
        amt_range=(10, 1800),
        title=["Encik ", "Puan ", "Cik ", "Mr ", "Ms ", "Dr ", "Uncle ", "Auntie "],
        slang=_split("can lah, alamak, boleh, tq, settle liao, steady lah"),
        tollfree=["1-300-88-1234", "1-800-82-6868", "1-300-300-888", "15454"],
        ussd=["*100#", "*124#", "*118#", "*128#"],
        domains=["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
        plan=_split("Hotlink Postpaid 40, Unifi 300Mbps, Yes 5G Infinite, "
                    "CelcomDigi Postpaid 60, Maxis Fibre 500"),
    ),
}
REGION_ORDER = ["za", "ph", "jm", "tt", "ae", "my"]

HOME = _split(
    "Kurdistan, Erbil, Sulaymaniyah, Duhok, Kabul, Kandahar, Jalalabad, Bamyan, "
    "Mazar-i-Sharif, Quetta, Peshawar, Swat, Karachi, Larkana, Sukkur, Hyderabad, "
    "Laos, Xieng Khouang, Chiang Mai, Mae Sot, Hpa-An, Karen State, Suva, Nadi, "
    "Lautoka, Labasa, Taveuni, Guam, Hagåtña, Dededo, Tamuning, Saipan, Rota, "
    "Tizi Ouzou, Béjaïa, Agadir, Tiznit, Ouarzazate, Nador, Kabylie, the Rif, "
    "Maseru, Mafeteng, Gaborone, Francistown, Maun, Serowe, the Eastern Cape, "
    "Limpopo, Mindanao, the Visayas, Tobago, Sabah, Sarawak")
LANGS = _split(
    "Pashto, Sorani, Kurmanji, Dari, Hazaragi, Sindhi, Hmong, Sgaw Karen, Fijian, "
    "Chamorro, Tamazight, Kabyle, Patois, Afrikaans, isiXhosa, Sesotho, Setswana, "
    "Tagalog, Cebuano, Ilocano, Bahasa, Arabic, Urdu, Bhojpuri")
DEVICES = _split(
    "Samsung Galaxy A15, Galaxy S23, iPhone 13, iPhone 15 Pro, Huawei Nova 11, "
    "Huawei B535 router, Oppo A58, Redmi Note 12, Vivo Y27, Realme C55, Nokia G21, "
    "Tecno Spark 10, Infinix Hot 30, TP-Link Deco mesh, PS5, Xbox Series S, "
    "Apple Watch, JBL Flip 6, Galaxy Tab A8, Xiaomi TV Box")
HANDSETS = [x for x in DEVICES if not any(k in x for k in
            ("router", "Deco", "PS5", "Xbox", "Watch", "JBL", "Tab", "TV"))]
GAMES = _split(
    "Mobile Legends, MLBB, Free Fire, PUBG Mobile, Genshin Impact, "
    "Call of Duty Mobile, Roblox, EA FC 24, Valorant, Honor of Kings, "
    "Clash of Clans, Fortnite, Ludo King")
STREAMS = _split(
    "Netflix, Spotify, YouTube Premium, Disney+, Amazon Prime Video, Apple Music, "
    "Viu, Crunchyroll")
TEAMS = _split(
    "Priority Desk, Team Phoenix, Tier 2 Billing, Retentions, Save Desk, "
    "Escalations, Collections, Tech Support L2, Fraud Ops, KYC Queue, Chargebacks, "
    "Onboarding, Back Office, Night Shift, Team Kingfisher, Team Protea, "
    "Team Sampaguita, Team Hibiscus, Team Falcon, Team Orchid, Social Media Desk, "
    "Email Queue, Porting Desk, Fibre Faults, Outage Bridge, WFM, Quality, "
    "Complaints Resolution, Loyalty Desk, Premier Banking, Ride Safety, "
    "Driver Support, Merchant Support, Refunds Queue, Disruptions Desk, VIP Line, "
    "Team Baobab, Team Blue Mountain, Team Steelpan, Team Mabuhay, Team Ubuntu, "
    "Team Rafflesia, Team Oryx, Pod 7, Cluster B, Tier 1 Tech, Arabic Queue, "
    "Gaming Support, Payments Desk, Upgrades Team, Field Dispatch, Tier 3 Network")
FLIGHTS = ["5J 560", "PR 2814", "EK 384", "FZ 1823", "AK 6120", "MH 2638",
           "BW 600", "FA 211", "4Z 132", "G9 551", "OD 1102", "B6 1859"]
PROMOS = ["GOSURF50", "SAVE20", "GRABPH100", "NOONSALE", "SIXTY60FREE",
          "RAYA2024", "EID25", "FREEDEL", "CARNIVAL15", "WELCOME100"]
MONTHS = _split("January, February, March, April, May, June, July, August, "
                "September, October, November, December")
DATES = ["14 March", "next Tues", "Friday", "the 25th", "end of month", "30/06",
         "1 Aug", "tmrw", "Mon 3 June", "15/11/2024", "the 1st", "Thursday",
         "20 Dec", "2024-09-30", "next week", "Sat", "12th", "31 Jan"]
TIMES = ["2:45pm", "14:10", "9am", "half 3", "17h00", "1600", "11:30", "8 pm",
         "10h15", "noon", "3pm", "07:40"]
DURS = ["6:12", "4m 30s", "11 mins", "2h", "7 min", "45 mins", "3:58", "20 min"]

# street material
ZA_STREETS = _split("Mthembu St, Ntuli Rd, Sisulu Ave, Makhubu Street, Jacaranda Cres, "
                    "Protea Rd, Kerk St, Voortrekker Rd, Mooi Ave, Mandela Drive, "
                    "Biko St, Bosbok Lane, Khumalo Rd, Umzimvubu St")
ZA_TOWNS = _split("Umlazi, Seshego, Mdantsane, Soshanguve, Khayelitsha, Tembisa, "
                  "Mamelodi, Soweto, Bellville, Gqeberha, Bloemfontein, KwaMashu, "
                  "Ga-Rankuwa, Mitchells Plain")
PH_STREETS = _split("Mabini St., Rizal Ave, Sampaguita St, Gen. Luna St, "
                    "Osmeña Blvd, Kalayaan Ave, P. Burgos St, Acacia Lane")
PH_BRGYS = _split("San Isidro, Poblacion, Lahug, Bagong Silang, Mambaling, "
                  "Sto. Niño, San Roque, Talamban, Maa, Pinagbuhatan")
PH_TOWNS = _split("Antipolo, Cebu City, Davao City, Taguig, Iloilo City, Caloocan, "
                  "Pasig, Mandaue, Bacolod")
JM_ADDR = ["Lot {n} Greater Portmore", "{n} Hope Road", "{n} Red Hills Rd",
           "Apt {s}, {n} Lady Musgrave Rd", "Lot {n} Phase 2 Caribbean Estates",
           "{n} Molynes Road", "{n} Barbican Heights", "{n} Coronation Ave"]
JM_TOWNS = _split("Kingston, Portmore, Spanish Town, Montego Bay, Mandeville, "
                  "May Pen, Ocho Rios")
TT_ADDR = ["LP {n} Caroni Savannah Rd", "#{n} Eastern Main Rd", "{n} Coffee St",
           "LP {n}A Rahamut Trace", "{n} Ariapita Ave", "{n} Cipero St",
           "LP {n} Mon Repos Rd", "{n} Pasea Main Rd"]
TT_TOWNS = _split("Charlieville, Tunapuna, San Fernando, Woodbrook, Penal, "
                  "Chaguanas, Arima, Couva")
AE_ADDR = ["Villa {n}, Street 23b", "Apt {n}04, Marina Heights Tower",
           "Flat {n}05, Al Noor Bldg, Street 7", "Villa {s}, 14 C St",
           "Apt {n}12, Building 4, Al Khail Gate", "PO Box {p}",
           "Flat {n}, Rolla Tower"]
AE_TOWNS = _split("Dubai Marina, Al Barsha, Mussafah, Al Nahda, Khalifa City, "
                  "Deira, International City, Al Qusais, Muwaileh")
MY_ADDR = ["No. {n}, Jalan SS 2/24", "Lot {n}, Jalan Kebun Teh 3",
           "B-{n}-3, Residensi Alam Damai, Jalan Cheras", "{n}, Lorong Maarof",
           "No {n} Jalan Bukit Bintang", "{n}-2, Jalan Puteri 2/4, Bandar Puteri",
           "{n} Taman Desa Jaya"]
MY_TOWNS = ["Petaling Jaya", "Johor Bahru", "Kuala Lumpur", "Cheras", "Puchong",
            "Shah Alam", "Kuching", "Ipoh"]

# ---------------------------------------------------------------------------
# Templates.  {slot} or {slot|upper} / {slot|lower}.  Literal text is "o".
# ---------------------------------------------------------------------------
PII_TEMPLATES = [
    "{cfull} on {telco} prepaid, ported to postpaid {plan}, num {phone}. happy cx",
    "cx {cg} {cf} called re double debit on {bank} app, refunded {amount} same call. acc {acc}",
    "- caller: {crm} - issue: no signal in {city} - fix: APN reset - FCR yes",
    "Spoke to {title}{cf} about the bill, will call back {date} if {util} still shows estimate. meter no {meter}",
    "thanks to {kg} from {team} for jumping on ticket {ticket}, cx {cg} super happy",
    "{cfull|upper} - DOB {dob} - verified, SIM swap done, new sim on {phone}",
    "cust said her email is {email} pls update.. done. NPS {nps}",
    "{title}{cf} ({cg}) from {home}, now in {city}, couldnt load {game} diamonds, refund {amount} to {bank}. order {order}",
    "delivery adress updated to {addrfull}, {retail} parcel rerouted, cx happy",
    "{ffirst} (surname first in CRM) - booking ref {booking} moved to {flight} after {airline} cancelled, cx v grateful",
    "@{kg} ty for the warm transfer lol, {cfull} got her {stream} sorted",
    "card ending {card4} blocked for fraud, new card to {addrfull}. cust {cfull}, {natid}",
    "big W: {cg} {cf}'s data bundle issue fixed, {telco} reversed {amount}",
    "cx calld frm {phone} abt late refund, {retail} order {order}, escalated to {team} tkt {ticket}",
    "IP {ip} flagged on {bank} login, cx {cfull} confirmed it was her on hotel wifi in {city}, unblocked",
    "refund to IBAN {iban} approved by {kg} ({team}), cx {crm}",
    "cx sent fb link {url} as proof of the scam page, reported to {team}",
    "{cg} {cf} dob {dob} {pcc} - KYC passed first time!!",
    "Customer {cfull}, acc no. {acc}, wanted to cancel {stream}; offered 3 months at {amount}, saved",
    "shoutout {kfull} for covering my queue while i was on the {telco} outage bridge",
    "{kg} and {k2g} from {team} stayed late to clear the {team2} backlog, mad respect",
    "sis {cg} from {city} called crying bc {util} cut her off, payment arrangement done, ref {ticket}",
    "bra {cg} wanted a {handset} on contract, credit check ok on {natid}, deal done {amount} pm",
    "\"{cg}\" (how she likes to be called) - {cfull} - email {email} - cb tmrw at {time}",
    "{crm|lower} dob {dob} ph {phone} - address {addr} - all verified",
    "{fjname} called from {home} about roaming on {telco}, bill shock {amount} waived 50%",
    "{ride} trip charged twice, rider {cfull} got {amount} back. trip id {booking}",
    "cx {cg} sent {amount} to wrong number {phone} on {bank}, reversal filed {ticket}",
    "customer {cfull} - meter {meter} - {util} token didnt load, regenerated, sorted in {dur}",
    "{game} ID {gameid} - player @{handle} - missing skin restored, {team} confirmed",
    "Dr {cf} called from {home} re roaming on {telco}, nps {nps} after",
    "{cf}, {cg} | postpaid | {plan} | upgraded to {handset} | nps {nps}",
    "Fwd from {kfull}: customer {cfull} ({email}) wants a callback on {phone} before {time}",
    "tech booked {date} for {addr}, near the {retail} in {city}, cx {cg} says gate code is on whatsapp",
    "Mr {cg} {cf} sd he will call back after work, acct {acc} left open",
    "driver no-show, pax {cfull} stranded at {city} airport, {ride} credit {amount} + apology. pax num {phone}",
    "{kg} ({team}) helped me w a chargeback, card last 4 {card4}, cx {cg} won the dispute",
    "verified name {cfull}, dob {dob}, {natid}. then cx hung up lol, called back on {phone} and finished",
    "email bounced - cx gave {email} but typo, correct one is {email2}",
    "cust {cg} (@{handle} on IG) DM'd the {brand} page, moved to {team}, resolved",
    "Aunty {cg} in {city} ({pcc}) finally got her parcel from {retail} after 3 wks",
    "Policy {acc} - {cfull} - beneficiary changed to {c2full}, docs in",
    "{c2full} called on behalf of {cfull} (mom), added as authorised user on {telco}",
    "great save on {team}: {cg} wanted to port to {telco2} over {amount}, offered loyalty and she stayed. msisdn {phone}",
    "{cg|upper} {cf|upper} IS A LEGEND, paid full arrears {amount} today, acc {acc}",
    "kuya {kg} the {ride} driver found cx's {device} in the car, returned it, pax {c2full} v happy",
    "wrap-up: cx {cfull} / ph {phone} / iss: wifi / res: ONT swap / AHT {dur}",
    "bday on file was wrong ({dob}), corrected w ID copy, cx {cg} happy",
    "cx {cg} from {home} only speaks {lang} - {kg} translated, case {ticket} closed",
    "ticket {ticket}: {ffirst} - ATM swallowed card at {bank} {city}, new card ready {date}",
    "sent reset link to {email}, cx {cg} logged into {app} again",
    "address: {addrfull} / contact {phone} / alt {phone2}",
    "{kg}'s tip about clearing cache saved me on the {game} call, cx {cg} got in",
    "senior discount: cx {cfull} DOB {dob} qualifies, applied on {util} acc {acc}",
    "cx wants statements to {email} instead of post to {addr}",
    "fraud attempt from ip {ip}, cx {cg} {cf} confirmed not her, pw reset, {team} notified",
    "transfer to {iban} recalled in time!! cx {cfull} owes {kg} a coffee",
    "customers linkedin {url} used to confirm employer for the {bank} loan",
    "Passport {passport} on file for {cfull}, {airline} name correction done free of charge",
    "custmer {cfull} recieved wrong {device} from {retail}, swap booked, order {order}, courier {date}",
    "ok so {cg} rang 3x today about the {util} outage and on the 3rd call i finally got her the ETR, {kg} from {team} pushed it through, she said we're the best lol",
    "GREAT CALL w {title}{cf}!!! {telco} fibre installed at {addr}, NPS {nps}",
    "new ticket for {cfull|lower} - {email} - {phone} - prio high",
    "cx {cg} from {city} - reg {plate} - {ride} driver complaint logged, {team} following up",
    "cx kept calling me {k2g} lol, anyway {bank} limit raised for {cfull}, happy",
    "@{khandle} pls check {ticket}, cx {cfull} waiting on refund {amount}",
    "thank u {kg} & {k2g}!! {team} carried today, {cg} {cf} left a 5 star review",
    "CX {cg} wAs SoOo happy, {telco} sim swap done in {dur}, {natid}",
    "pls update cx dob to {dob} and mobile to {phone}, requested by {cfull}",
    "{ffirst|upper} ACC {acc} PAID IN FULL",
    "spoke to {cfull}'s daughter {c2g}, she's the account holder now, acc {acc}",
    "cx {cfull} read out full card {cardfull} on the call (!!) - told her never to share, flagged to {team}",
    "wa link {url} from cx, {app} support continued on whatsapp",
    "cust {cg}, {addrfull}, wants {telco} fibre, feasible, order {order}",
    "{cg} {cf} - {email} - {phone} - {addrfull} - all good, kyc done",
    "ty {kfull} ({team}) - u saved my AHT on the {cfull} call",
    "cx: {cfull}\n ph: {phone}\n dob: {dob}\n win: upgraded to {device}",
    "called {title}{cg} back on {phone} at {time} as promised, {util} reconnected",
    "{cfull} ({home} diaspora) sent {amount} home via {bank}, stuck txn {ticket} released",
    "spoke to {cg} frm {city} - {bank} card {card4} was cloned, dispute lodged, new one in {date}",
    "customer {crm} born {dob}, ID checks matched, loan top-up approved {amount}",
    "{kf|upper}, {kg} from {team} is the goat, fixed {cfull}'s router remotely",
    "booking {booking} for {cfull} + {c2full} moved to {date}, no change fee, {airline}",
    "cx {cg} wanted bill sent to {email} not whatsapp, done. acc {acc}",
    "subscriber {cfull} ({phone}) asked why the {telco} bill went up, explained roaming, no dispute",
    "cx couldnt get thru on {tollfree} so i called her back on {phone} - {bank} card {card4} unblocked",
    "login from new IP {ip} in {city} blocked by {bank}, cx {cg} confirmed it was her, whitelisted",
    "{cfull} wants salary paid to IBAN {iban} from next month, form sent to {email}",
    "salary transfer to {iban} bounced, cx {cg} gave corrected iban {iban}, {bank} reprocessed",
    "cx {cg}'s insta {url} got hacked, {brand} impersonation page reported to {team}",
    "Mrs. {cf} from {city} - {util} acc {acc} - reconnection fee waived by {kg}",
    "cx Sis {cg} said the bill is too high, moved her to {plan}, saves {amount}/m. ID {natid}",
]

CLEAN_TEMPLATES = [
    "{telco} outage in {city} cleared by {time}, queue back to normal, AHT {dur}",
    "cx from {city} wanted a {device}, {retail} in {city2} had stock, reserved for pickup",
    "{team} hit NPS {nps} this week, big up everyone",
    "- 14 calls - 2 escalations to {team} - FCR {pct} - {stream} promo converting well",
    "customer from {home} now living in {city} asked abt roaming on {telco}, explained bundles, happy",
    "pls note {util} maintenance window moved to {time} {date}, tell cx to check the app",
    "grace period extended to {date} for {bank} personal loan cx, TL approved",
    "{team} vs {team2} {game} tourney on friday lol, winners get {retail} vouchers",
    "{airline} flight {flight} to {city} delayed 3h, rebooked 12 pax via {team}, no complaints",
    "cx couldnt top up via {ussd}, told to dial {tollfree} instead, sorted",
    "{app} promo code {promo} wasnt applying in {city}, fixed by {team}, refund {amount}",
    "QA score 98 on my {bank} call today!! ty {team} for the coaching",
    "{telco} x {stream} bundle selling like hotcakes in {city} rn",
    "Mr Price voucher wouldnt load on the app, got cx to update and retry, worked",
    "customer will call back tmrw after the {util} tech visit, case kept open",
    "the bill for {plan} showed {amount} instead of {amount2}, corrected, cx mad happy",
    "{telco|upper} FIBRE BACK UP IN {city|upper} !!! tell ur cx",
    "{city} store closed for Eid, redirected cx to the {city2} branch",
    "kudos to {team} for the {device} recall handling, 0 DSAT",
    "cx visiting family in {home}, {telco} roaming activated via app, {amount} bundle",
    "note to self: {game} top-up fails when {bank} OTP times out, advise retry after 2 mins",
    "wifi down across {city} + {city2} on {telco}, outage ref posted by {team}",
    "cx happy bc {stream} now bundled w {telco} {plan}",
    "{team} -> {team2} warm transfer worked smooth today, {slang}",
    "wave 14 first solo shift on {team}, 0 escalations, {slang}",
    "cx wanted to fly {airline} {city} to {city2} with a cat, checked pet policy, sorted",
    "{retail} sale starts {date}, expect queue spike, pls stay on top of ACW",
    "huddle {time} tmrw for {team}, bring ur headsets",
    "Sunny weather in {city} = more {ride} rides = longer queue on Driver Support",
    "got a cx from {home} who only speaks {lang}, used the language line, all good",
    "rn the {game} servers r down in {city}, dont troubleshoot, just log & tag {team}",
    "Priority Desk needs 2 more ppl on {date}, {team} pls volunteer",
    "{handset} update bricking phones in {city}? 4 calls so far, logged w {team}",
    "cx asked if her {bank} card works in {home}, said yes, nps {nps}",
    "mark as resolved - {telco} sms delay on {ussd} fixed at {time}",
    "{ride} driver in {city} returned a lost {device} to the pax, Lost & Found closed it",
    "cx from {city} was with {util} 20 yrs, gave loyalty credit {amount}",
    "FCR up to {pct} on {team} since the new KB article on {telco} APN settings",
    "ty {team} - {airline} disruption handled, 40 rebookings done by {time}",
    "{bank} {city} branch has no cards in stock till {date}, dont promise pickup",
    "heads up: {telco} business line {tollfree} is down, use the web form for now",
    "customer upset about the bill from {util}, explained tariff hike in {city}, calmed down, no escalation",
    "{team|upper} RULES nps {nps} again",
    "cx wanted {stream} on an old {device}, not supported, pointed to {retail} for a new box",
    "May promo for {telco} {plan} starts {date}, script updated in KB",
    "cx said {team} is the best team at {bank}, lol ok",
    "Chargebacks queue cleared, {bank} dispute SLA met for {month}",
    "{slang}! cx in {city} got {game} account back after 2 wks, {team} W",
    "TL said AHT target is {dur} now for {team}, pls use wrap-up codes properly",
    "cx tried {ride} in {home} while on holiday, doesnt operate there, explained, refunded {amount}",
    "{telco} {plan} vs {telco2} - cx chose us bc of the {stream} bundle, sale logged",
    "call from {city} about {util} estimated reading, booked meter reader for {date}",
    "pls dont promise {date} delivery for {retail} orders to {city}, courier backlog",
    "{airline} baggage claim for pax from {home}, bag found in {city}, delivered {date}",
    "frank chat w cx about the {bank} fees, she stayed, win for {team}",
    "cx cudnt login to {app} on {handset}, cleared cache, reinstalled, ok in {dur}",
    "CSAT {pct} for {month} on {team}!! {slang}",
    "cx in {city} asked for {util} payment plan, 6 months approved, no arrears fee",
    "{airline} {city}-{city2} route back from {date}, update the disruption macro",
]

PII_SLOTS = {"cg", "cf", "cfull", "crm", "ffirst", "c2full", "c2g", "kg", "kf",
             "kfull", "k2g", "khandle", "phone", "email", "acc", "meter", "order",
             "ticket", "booking", "card4", "cardfull", "natid", "dob", "pcc",
             "addr", "addrfull", "ip", "iban", "url", "handle", "gameid",
             "passport", "plate", "fjname"}

_SLOT = re.compile(r"\{([a-z0-9]+)(?:\|(upper|lower))?\}")


def _slots(tpl):
    return [re.sub(r"\d+$", "", m.group(1)) for m in _SLOT.finditer(tpl)]


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------
class _Note:
    def __init__(self, rng, region, pools):
        self.r = rng
        self.region = region
        self.R = REGIONS[region]
        self.pools = pools
        self.people = {}
        self.last = {}

    # --- helpers
    def d(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def person(self, key):
        if key not in self.people:
            used = {p for v in self.people.values() for p in v}
            for _ in range(20):
                cul = self.pick(self.pools["order"])
                g = self.pick(self.pools[cul][0])
                f = self.pick(self.pools[cul][1])
                if g not in used and f not in used:
                    break
            self.people[key] = (g, f)
        return self.people[key]

    def user(self, g, f):
        g2 = re.sub(r"[^a-z0-9]", "", _fold(g))
        f2 = re.sub(r"[^a-z0-9]", "", _fold(f))
        yy = str(self.r.randint(70, 99) if self.r.random() < .5 else self.r.randint(1, 30))
        forms = [g2 + "." + f2, g2 + f2 + yy, g2[0] + f2, f2 + "." + g2 + yy,
                 g2 + "_" + f2, g2 + yy, g2 + "." + f2[0] + yy]
        return self.pick(forms)

    # --- name slots
    def s_cg(self):
        return [(self.person("c")[0], "name")]

    def s_cf(self):
        return [(self.person("c")[1], "name")]

    def s_cfull(self):
        g, f = self.person("c")
        return [(g + " " + f, "name")]

    def s_crm(self):
        g, f = self.person("c")
        x = self.r.random()
        if x < .5:
            return [(f.upper() + ", " + g, "name")] if self.r.random() < .5 else \
                [(f.upper(), "name"), (", ", "o"), (g, "name")]
        if x < .8:
            return [(f, "name"), (", ", "o"), (g, "name")]
        return [(f.upper(), "name"), (",", "o"), (g.upper(), "name")]

    def s_ffirst(self):
        g, f = self.person("c")
        return [(f + " " + g, "name")]

    def s_c2full(self):
        g, f = self.person("c2")
        return [(g + " " + f, "name")]

    def s_c2g(self):
        return [(self.person("c2")[0], "name")]

    def s_kg(self):
        return [(self.person("k")[0], "name")]

    def s_kf(self):
        return [(self.person("k")[1], "name")]

    def s_kfull(self):
        g, f = self.person("k")
        return [(g + " " + f, "name")]

    def s_k2g(self):
        return [(self.person("k2")[0], "name")]

    def s_khandle(self):
        g, f = self.person("k")
        return [(self.user(g, f).split("_")[0], "name")]

    def s_handle(self):
        g, f = self.person("c")
        h = self.user(g, f)
        if self.r.random() < .4:
            h = h + self.pick(["876", "868", "_official", "x", "23", "ph"])
        return [(h, "name")]

    def s_fjname(self):
        pools = self.pools
        if "fijian" in pools["order"]:
            g = self.pick(pools["fijian"][0])
            f = self.pick(pools["fijian"][1])
            self.people.setdefault("c", (g, f))
            return [(self.pick(["Ratu ", "Adi "]), "o"), (g + " " + f, "name")]
        g, f = self.person("c")
        return [("Mr ", "o"), (g + " " + f, "name")]

    def s_title(self):
        return [(self.pick(self.R["title"]), "o")]

    # --- personal data slots
    def s_phone(self):
        r, d = self.region, self.d
        if r == "za":
            p = self.pick(["082", "083", "072", "071", "060", "079", "084", "061"])
            a, b = d(3), d(4)
            forms = [f"{p} {a} {b}", f"+27 {p[1:]} {a} {b}", f"{p}{a}{b}",
                     f"+27{p[1:]}{a}{b}", f"{p}-{a}-{b}"]
        elif r == "ph":
            p = self.pick(["0917", "0927", "0998", "0905", "0918", "0966", "0939"])
            a, b = d(3), d(4)
            forms = [f"{p} {a} {b}", f"+63 {p[1:]} {a} {b}", f"{p}{a}{b}",
                     f"+63{p[1:]}{a}{b}", f"{p}-{a}-{b}"]
        elif r in ("jm", "tt"):
            ac = "876" if r == "jm" else "868"
            a, b = self.pick(["555", "381", "422", "876", "620", "301", "798"]), d(4)
            if r == "tt":
                a = self.pick(["555", "678", "720", "463", "389", "305"])
            forms = [f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"1-{ac}-{a}-{b}",
                     f"+1 {ac} {a} {b}", f"{ac}{a}{b}"]
        elif r == "ae":
            p = self.pick(["050", "052", "055", "056", "054", "058"])
            a, b = d(3), d(4)
            forms = [f"{p} {a} {b}", f"+971 {p[1:]} {a} {b}", f"{p}{a}{b}",
                     f"+971-{p[1:]}-{a}-{b}", f"00971{p[1:]}{a}{b}"]
        else:
            p = self.pick(["012", "013", "016", "017", "019", "014"])
            a, b = d(3), d(4)
            forms = [f"{p}-{a} {b}", f"+60 {p[1:]}-{a} {b}", f"{p}-{a}{b}",
                     f"{p}{a}{b}", f"011-{d(4)} {d(4)}", f"+6011{d(8)}"]
        return [(self.pick(forms), "phone")]

    def s_email(self):
        g, f = self.person("c")
        return [(self.user(g, f) + "@" + self.pick(self.R["domains"]), "email")]

    def s_acc(self):
        d = self.d
        forms = [d(10), d(8), f"{d(4)}-{d(4)}-{d(2)}", "ACC" + d(7), "1" + d(11),
                 f"{d(3)} {d(3)} {d(4)}", "CUST-" + d(6)]
        return [(self.pick(forms), "id")]

    def s_meter(self):
        d = self.d
        forms = ["04" + d(9), f"{d(4)} {d(4)} {d(3)}", "1" + d(10), "MTR" + d(8)]
        return [(self.pick(forms), "id")]

    def _alnum(self, n):
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

    def s_order(self):
        d = self.d
        forms = ["TKL-" + d(8), "2405" + d(2) + self._alnum(8), d(15),
                 "N" + self.pick(["AE", "SA"]) + d(10), "ORD-" + d(7),
                 "MPR" + d(7), "#" + d(9)]
        v = self.pick(forms)
        if v.startswith("#"):
            return [("#", "o"), (v[1:], "id")]
        return [(v, "id")]

    def s_ticket(self):
        d = self.d
        forms = ["INC00" + d(5), "CS-" + d(6), "CAS-" + d(5) + "-" + self._alnum(4),
                 "#" + d(6), "SR" + d(8), "TT" + d(7), d(8)]
        v = self.pick(forms)
        if v.startswith("#"):
            return [("#", "o"), (v[1:], "id")]
        return [(v, "id")]

    def s_booking(self):
        if self.r.random() < .6:
            return [(self._alnum(6), "id")]
        return [(self.pick(["A-", "MY-", "PH-", ""]) + self._alnum(9), "id")]

    def s_card4(self):
        return [(self.d(4), "card")]

    def s_cardfull(self):
        first = self.pick(["4", "5", "4", "5"])
        digits = first + self.d(15)
        if self.r.random() < .7:
            digits = " ".join(digits[i:i + 4] for i in range(0, 16, 4))
        return [(digits, "card")]

    def s_natid(self):
        r, d = self.region, self.d
        y, m, dd = self.r.randint(55, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        ymd = f"{y:02d}{m:02d}{dd:02d}"
        if r == "za":
            cue = self.pick(["ID ", "ID no. ", "id number ", "SA ID "])
            val = ymd + d(4) + self.pick("01") + "8" + d(1)
        elif r == "my":
            cue = self.pick(["IC ", "IC no ", "MyKad "])
            val = f"{ymd}-{self.pick(['14', '10', '08', '01', '12', '13'])}-{d(4)}"
        elif r == "ae":
            cue = self.pick(["EID ", "Emirates ID ", "EID no. "])
            val = f"784-19{y}-{d(7)}-{d(1)}"
        elif r == "ph":
            k = self.r.randrange(3)
            if k == 0:
                cue, val = "SSS no. ", f"{d(2)}-{d(7)}-{d(1)}"
            elif k == 1:
                cue, val = "TIN ", f"{d(3)}-{d(3)}-{d(3)}-000"
            else:
                cue, val = "PhilSys ", f"{d(4)}-{d(4)}-{d(4)}-{d(4)}"
        elif r == "jm":
            cue, val = self.pick(["TRN ", "TRN# "]), f"1{d(2)}-{d(3)}-{d(3)}"
        else:
            cue, val = self.pick(["ID card ", "national ID "]), f"19{ymd}{d(3)}"
        return [(cue, "o"), (val, "id")]

    def s_dob(self):
        y = self.r.randint(1950, 2004)
        m = self.r.randint(1, 12)
        dd = self.r.randint(1, 28)
        mon = MONTHS[m - 1]
        suf = "th" if dd in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        forms = [f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {mon} {y}",
                 f"{dd}-{mon[:3]}-{y % 100:02d}", f"{dd:02d}.{m:02d}.{y}",
                 f"{dd}{suf} {mon[:3].lower()} {y}", f"{dd}/{m}/{y % 100:02d}",
                 f"{mon} {dd}, {y}", f"{y}/{m:02d}/{dd:02d}"]
        return [(self.pick(forms), "dob")]

    def _pc_value(self, region):
        if region == "za":
            return self.pick(["4031", "7784", "2090", "0157", "5201", "1619", "6070",
                              "9301", "0699", "4066", "7560", "1864", "2196", "8301"])
        if region == "ph":
            return self.pick(["6000", "1634", "8000", "1870", "5000", "1100", "6014",
                              "2600", "4500", "1800", "3019", "6300"])
        return self.pick(["50450", "47300", "81300", "93350", "88100", "40150",
                          "56100", "10200", "30450", "47100", "68000"])

    def s_pcc(self):
        reg = self.region if self.region in ("za", "ph", "my") else "za"
        cue = {"za": ["postal code ", "code ", "postcode ", "p/code "],
               "ph": ["zip ", "zip code ", "ZIP "],
               "my": ["poskod ", "postcode ", "post code "]}[reg]
        return [(self.pick(cue), "o"), (self._pc_value(reg), "postcode")]

    def _street(self):
        r = self.region
        n = str(self.r.randint(2, 480))
        s = str(self.r.randint(1, 30))
        p = self.d(5)
        if r == "za":
            k = self.r.randrange(4)
            if k == 0:
                return f"{n} {self.pick(ZA_STREETS)}"
            if k == 1:
                return f"{self.r.randint(100, 9999)} Zone {self.r.randint(1, 9)}"
            if k == 2:
                return f"{n} Section {self.pick('ABCDGHKLMNQUVW')}"
            return self.pick([f"{self.r.randint(1000, 9999)} Ext {self.r.randint(1, 12)}",
                              f"Erf {self.r.randint(1000, 9999)}",
                              f"Stand {self.r.randint(100, 9999)}"])
        if r == "ph":
            k = self.r.randrange(3)
            brgy = self.pick(["Brgy. ", "Barangay ", "brgy "]) + self.pick(PH_BRGYS)
            if k == 0:
                return (f"Blk {self.r.randint(1, 40)} Lot {self.r.randint(1, 60)} "
                        f"Phase {self.r.randint(1, 5)}, {brgy}")
            if k == 1:
                return f"{n} {self.pick(PH_STREETS)}, {brgy}"
            return f"Purok {self.r.randint(1, 9)}, {brgy}"
        tpl = self.pick({"jm": JM_ADDR, "tt": TT_ADDR, "ae": AE_ADDR, "my": MY_ADDR}[r])
        return tpl.format(n=n, s=s, p=p)

    def s_addr(self):
        return [(self._street(), "address")]

    def s_addrfull(self):
        r = self.region
        st = self._street()
        if r == "za":
            parts = [(st, "address"), (", " + self.pick(ZA_TOWNS), "o")]
            if self.r.random() < .6:
                parts += [(", " if self.r.random() < .5 else " ", "o"),
                          (self._pc_value("za"), "postcode")]
            return parts
        if r == "ph":
            parts = [(st, "address"), (", " + self.pick(PH_TOWNS), "o")]
            if self.r.random() < .6:
                parts += [(" ", "o"), (self._pc_value("ph"), "postcode")]
            return parts
        if r == "my":
            return [(st, "address"), (", ", "o"), (self._pc_value("my"), "postcode"),
                    (" " + self.pick(MY_TOWNS), "o")]
        towns = {"jm": JM_TOWNS, "tt": TT_TOWNS, "ae": AE_TOWNS}[r]
        return [(st, "address"), (", " + self.pick(towns), "o")]

    def s_ip(self):
        pre = {"za": ["41.13", "105.224", "197.229", "102.66"],
               "ph": ["112.198", "49.145", "110.54"],
               "jm": ["72.27", "63.143"], "tt": ["186.44", "190.213"],
               "ae": ["94.200", "2.51", "86.96"],
               "my": ["175.136", "113.210", "60.50"]}[self.region]
        return [(f"{self.pick(pre)}.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}",
                 "ip")]

    def s_iban(self):
        raw = "AE" + self.d(2) + self.pick(["033", "026", "035", "030", "044"]) + self.d(16)
        if self.r.random() < .5:
            raw = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return [(raw, "iban")]

    def s_url(self):
        g, f = self.person("c")
        g2 = re.sub(r"[^a-z0-9]", "", _fold(g))
        f2 = re.sub(r"[^a-z0-9]", "", _fold(f))
        forms = [f"facebook.com/{g2}.{f2}", f"https://www.instagram.com/{g2}_{f2}/",
                 f"tiktok.com/@{g2}{self.d(3)}", f"linkedin.com/in/{g2}-{f2}-{self.d(3)}a",
                 f"https://fb.com/{g2}{f2}{self.d(2)}", f"linktr.ee/{g2}{f2}"]
        if self.region in ("za", "ph", "ae", "my"):
            cc = {"za": "27", "ph": "63", "ae": "971", "my": "60"}[self.region]
            forms.append(f"wa.me/{cc}{self.d(9)}")
        return [(self.pick(forms), "url")]

    def s_gameid(self):
        if self.r.random() < .5:
            return [(f"{self.d(9)} ({self.r.randint(1000, 9999)})", "id")]
        return [(self.pick("123") + self.d(9), "id")]

    def s_passport(self):
        return [(self.pick("ANPKD") + self.d(self.pick([7, 8])), "id")]

    def s_plate(self):
        r = self.region
        L = lambda n: "".join(self.pick("BCDFGHJKLMNPRSTVWXYZ") for _ in range(n))
        v = {"za": f"{L(2)} {self.d(2)} {L(2)} GP", "ph": f"{L(3)} {self.d(4)}",
             "jm": f"{self.d(4)} {L(2)}", "tt": f"P{L(2)} {self.d(4)}",
             "ae": f"Dubai {L(1)} {self.d(5)}", "my": f"W{L(2)} {self.d(4)}"}[r]
        return [(v, "~")]

    # --- ordinary slots
    def _o(self, base, values):
        v = self.pick(values)
        for _ in range(6):
            if v != self.last.get(base):
                break
            v = self.pick(values)
        self.last[base] = v
        return [(v, "o")]

    def s_amount(self):
        lo, hi = self.R["amt_range"]
        n = self.r.randint(lo, hi)
        if n > 999 and self.r.random() < .6:
            num = f"{n:,}"
            if self.region == "za":
                num = num.replace(",", " ")
        else:
            num = str(n)
        return [(self.pick(self.R["amount"]).format(num), "o")]

    def ordinary(self, base):
        R = self.R
        table = {
            "city": R["city"], "telco": R["telco"], "bank": R["bank"],
            "util": R["util"], "retail": R["retail"], "app": R["app"],
            "airline": R["airline"], "ride": R["ride"], "handset": HANDSETS, "stream": R["stream"] + STREAMS,
            "brand": R["telco"] + R["bank"] + R["retail"] + R["app"] + R["airline"],
            "home": HOME, "lang": LANGS, "device": DEVICES, "game": GAMES,
            "team": TEAMS, "time": TIMES, "date": DATES, "dur": DURS,
            "tollfree": R["tollfree"], "flight": FLIGHTS, "promo": PROMOS,
            "plan": R["plan"], "ussd": R["ussd"], "slang": R["slang"],
            "month": MONTHS,
            "nps": ["9", "10", "10/10", "9/10", "+72", "100"],
            "pct": ["86%", "91%", "78%", "95%", "88.5%", "100%"],
        }
        if base == "amount":
            return self.s_amount()
        return self._o(base, table[base])

    def slot(self, name):
        if name == "email2":
            g, f = self.person("c")
            return [(self.user(g, f) + self.d(1) + "@" + self.pick(self.R["domains"]),
                     "email")]
        if name == "phone2":
            return self.s_phone()
        base = re.sub(r"\d+$", "", name)
        fn = getattr(self, "s_" + name, None) or getattr(self, "s_" + base, None)
        if fn is not None and name not in ("amount2",):
            return fn()
        return self.ordinary(base)


def _render(tpl, note):
    parts = []
    pos = 0
    for m in _SLOT.finditer(tpl):
        if m.start() > pos:
            parts.append((tpl[pos:m.start()], "o"))
        sp = note.slot(m.group(1))
        if m.group(2) == "upper":
            sp = [(t.upper(), l) for t, l in sp]
        elif m.group(2) == "lower":
            sp = [(t.lower(), l) for t, l in sp]
        parts.extend(sp)
        pos = m.end()
    if pos < len(tpl):
        parts.append((tpl[pos:], "o"))
    return parts


def _merge(parts):
    # a bare space or comma between two name parts of the same person
    # belongs to the name span ("Nou Xiong", "MULLINGS, Kemoy")
    fixed = list(parts)
    for i in range(1, len(fixed) - 1):
        t, l = fixed[i]
        if l == "o" and re.fullmatch(r"\s*,?\s*", t) and \
                fixed[i - 1][1] == "name" and fixed[i + 1][1] == "name":
            fixed[i] = (t, "name")
    parts = fixed
    out = []
    for t, l in parts:
        if not t:
            continue
        if out and out[-1][1] == l:
            out[-1] = (out[-1][0] + t, l)
        else:
            out.append((t, l))
    return out


def _pools(listed):
    pools = {"order": []}
    for cul in CULTURE_ORDER:
        gs, fs = CULTURES[cul]
        g = [x for x in _split(gs) if not any(w in listed for w in _words(x))]
        f = [x for x in _split(fs) if not any(w in listed for w in _words(x))]
        if len(g) >= 3 and len(f) >= 3:
            pools[cul] = (g, f)
            pools["order"].append(cul)
    if not pools["order"]:
        raise ValueError("every name is listed")
    return pools


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(_fold(w) for w in listed)
    pools = _pools(listed)
    rng = random.Random(SEED)
    n_clean = int(N_NOTES * CLEAN_SHARE)
    seq = [("c", CLEAN_TEMPLATES[i % len(CLEAN_TEMPLATES)]) for i in range(n_clean)]
    seq += [("p", PII_TEMPLATES[i % len(PII_TEMPLATES)])
            for i in range(N_NOTES - n_clean)]
    rng.shuffle(seq)
    notes = []
    for kind, tpl in seq:
        slots = _slots(tpl)
        if "iban" in slots:
            region = "ae"
        elif "pcc" in slots:
            region = rng.choice(["za", "ph", "my"])
        else:
            region = rng.choice(REGION_ORDER)
        note = _Note(rng, region, pools)
        parts = _render(tpl, note)
        if rng.random() < LOWER_SHARE:
            parts = [(t.lower(), l) for t, l in parts]
        notes.append(_merge(parts))
    return notes


TEMPLATE_COUNT = len(PII_TEMPLATES) + len(CLEAN_TEMPLATES)


def _check(notes, listed=frozenset()):
    for n in notes:
        assert isinstance(n, list) and n, n
        for p in n:
            assert isinstance(p, tuple) and len(p) == 2, p
            t, l = p
            assert isinstance(t, str) and t, n
            assert l in LABELS, (l, n)
        if listed:
            for t, l in n:
                if l == "name":
                    for w in _words(t):
                        assert w not in listed, (w, n)


def _report(notes, title):
    from collections import Counter
    total = len(notes)
    lower = sum(1 for n in notes if "".join(t for t, _ in n) ==
                "".join(t for t, _ in n).lower())
    clean = sum(1 for n in notes if all(l in ("o",) for _, l in n))
    labels = Counter(l for n in notes for _, l in n)
    print(f"== {title}")
    print(f"notes: {total}")
    print(f"share lower case: {lower / total:.3f}")
    print(f"share no personal data: {clean / total:.3f}")
    print("parts per label: " + ", ".join(f"{k}={labels[k]}" for k in sorted(labels)))
    print(f"templates: {TEMPLATE_COUNT} (pii {len(PII_TEMPLATES)}, clean {len(CLEAN_TEMPLATES)})")


if __name__ == "__main__":
    for tpl in CLEAN_TEMPLATES:
        assert not (set(_slots(tpl)) & PII_SLOTS), tpl
    for tpl in PII_TEMPLATES:
        assert set(_slots(tpl)) & PII_SLOTS, tpl
    a = blind_notes(frozenset())
    b = blind_notes(frozenset())
    assert a == b, "not deterministic"
    _check(a)
    _report(a, "listed = {}")
    demo = frozenset(_split(
        "lwazi, mqhayi, palesa, mokoena, kagiso, botha, van, der, merwe, riaan, "
        "afridi, zarmina, rojin, baban, sultani, farida, memon, soomro, nou, vang, "
        "xiong, htoo, paw, jone, waqa, santos, cruz, idir, kemoy, mullings, "
        "rampersad, maharaj, ayanna"))
    c = blind_notes(demo)
    _check(c, demo)
    _report(c, f"listed = {len(demo)} demo words")
    print("checks ok")
