#!/usr/bin/env python3
"""Blind evaluation set k: agents' "customer wins" notes from English-language and
bilingual contact centres (Gulf, Levant, Egypt, Maghreb, Israel, Iran-facing diaspora
desks, West and Central Africa).  Standard library only, deterministic."""
import random
import re
import unicodedata

SEED = 4471
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def L(s):
    out = []
    for x in s.split(","):
        x = x.strip()
        if x and x not in out:
            out.append(x)
    return out


# ---------------------------------------------------------------- names
CULT = {
    "gulf": (
        L("Mohammed, Khalifa, Hamdan, Saif, Rashid, Sultan, Mansour, Humaid, Khalfan, Obaid, Juma, Saeed, Hazza, Theyab, Mubarak, Faisal, Turki, Fahad, Bandar, Nawaf, Mishari, Abdulaziz, Abdulrahman, Majed, Meshal, Thamer, Mutlaq, Dhafer, Hamad, Jassim, Ghanim, Saud, Badr, Nasser, Eissa, Rakan, Shaheen, Hamoud, Salem, Khalid, Abdulla, Mohsin"),
        L("Mouza, Shamsa, Hessa, Maitha, Latifa, Shamma, Mariam, Noura, Alyazia, Meera, Moza, Reem, Hind, Sheikha, Fakhra, Amna, Nouf, Ghala, Jawaher, Lulwa, Haya, Shaikha, Maha, Aljohara, Bashayer, Wadha, Anoud, Asma, Khulood, Afra, Hamda, Wafa, Sumaya, Dalal, Abeer, Muneera"),
        L("Al Nuaimi, Al Mazrouei, Al Shamsi, Al Ketbi, Al Dhaheri, Al Mansoori, Al Falasi, Al Suwaidi, Al Qasimi, Al Muhairi, Al Hammadi, Al Marri, Al Kaabi, Al Zaabi, Al Ameri, Al Otaibi, Al Qahtani, Al Ghamdi, Al Harbi, Al Dosari, Al Shehri, Al Zahrani, Al Mutairi, Al Anazi, Al Subaie, Al Kuwari, Al Balushi, Al Hinai, Al Rawahi, Al Busaidi, Al Ajmi, Al Rashidi, Lootah, Galadari, Al Habtoor, Bukhatir, Al Ghurair, Belhoul"),
    ),
    "levant": (
        L("Ziad, Wissam, Fadi, Rami, Samer, Ghassan, Elie, Nabil, Jihad, Bassam, Marwan, Walid, Hadi, Nizar, Rabih, Wael, Toufic, Fouad, Imad, Ayman, Jad, Issam, Majd, Nidal, Hani, Munir, Shadi, Raed, Firas, Maher, Ghaith, Tarek, Suhail, Bashar, Charbel, Boutros, Mazen, Anas, Mahmoud"),
        L("Rania, Lama, Rana, Zeina, Nour, Hiba, Rasha, Joumana, Nisrine, Dima, Ghada, Lina, Mirna, Yara, Tala, Razan, Lubna, Rima, Suha, Hanadi, Rouba, Samar, Ruba, Sawsan, Najwa, Hala, Layal, Manal, Wafaa, Maysaa, Rola, Farah, Jana, Dalia"),
        L("Haddad, Khoury, El Khoury, Nassar, Saab, Hayek, Frem, Geagea, Aoun, Gemayel, Karam, Matar, Azar, Bitar, Chidiac, Daher, Fakhoury, Ghanem, Hobeika, Kassab, Mrad, Nahas, Rizk, Sfeir, Tannous, Zakhour, Obeid, Abu Ghazaleh, Masri, Tamimi, Nabulsi, Qasem, Zoubi, Majali, Hijazi, Abu Shakra, Barakat, Bishara, Sabbagh, Al Khatib, Shehadeh, Qawasmi, Odeh, Haddadin, Twal"),
    ),
    "egypt": (
        L("Mahmoud, Mostafa, Moustafa, Mohamed, Amr, Tamer, Sherif, Hossam, Hatem, Sameh, Ashraf, Magdy, Hany, Ehab, Essam, Karim, Ramy, Sayed, Reda, Shady, Hazem, Medhat, Osama, Hisham, Mina, Bishoy, Girgis, Fady, Abanoub, Mounir, Galal, Fawzy, Samir, Atef, Wagdy, Emad, Tarek, Mahrous, Sabry"),
        L("Nesma, Heba, Dina, Rehab, Marwa, Shaimaa, Doaa, Nagwa, Mervat, Samia, Inas, Eman, Yasmine, Sahar, Hoda, Nermeen, Amany, Safaa, Abeer, Radwa, Mai, Engy, Nevine, Soad, Ola, Aya, Menna, Habiba, Salma, Basma, Mona, Fayza, Azza, Naglaa, Hanan, Esraa, Nada"),
        L("Abdel Fattah, Abdel Rahman, El Sayed, Mansour, Soliman, Hegazy, Fahmy, Shawky, Ragab, Zaki, Abdelaziz, El Masry, Hanna, Girgis, Mikhail, Tawfik, Shenouda, Salama, Gomaa, Abou Zeid, El Shazly, Badawi, Ezzat, Sabry, Lotfy, Helmy, Farouk, Morsi, Naguib, Sobhy, Rashwan, El Gendy, Abou El Ela, Abdel Meguid, El Sherbiny, Metwally, Shalaby, Darwish, Ashour, Abdelhamid"),
    ),
    "maghreb": (
        L("Youssef, Mehdi, Hamza, Anouar, Said, Hicham, Rachid, Abdelkader, Mustapha, Abdellah, Driss, Brahim, Lahcen, Mohand, Nabil, Yassine, Ayoub, Amine, Zakaria, Soufiane, Othmane, Ilyes, Sofiane, Mourad, Noureddine, Abdelhak, Larbi, Aziz, Bilal, Tarik, Chokri, Hédi, Slim, Mounir, Fethi, Abderrahim, Azzedine, Redouane, Hakim, Khalil, M'hamed, Lamine"),
        L("Khadija, Fatima-Zahra, Fatima Zahra, Meriem, Imane, Salma, Hajar, Siham, Houda, Naima, Malika, Zineb, Ikram, Soukaina, Kawtar, Chaimae, Ghizlane, Loubna, Samira, Wafae, Hafsa, Asmae, Ouiam, Dounia, Yousra, Sanaa, Latifa, Rim, Amel, Nesrine, Lilia, Amira, Fatiha, Zahia, Ouafa, Hasna, Btissam, Najat, Leïla, Saïda, Yamina"),
        L("El Idrissi, Benjelloun, Bennani, Tazi, Alaoui, El Amrani, Berrada, Chraibi, Benkirane, El Fassi, Lahlou, Sqalli, Ouazzani, Bouzidi, Belkacem, Benali, Brahimi, Boudiaf, Mebarki, Zerrouki, Saidi, Hamdi, Trabelsi, Ben Salah, Jaziri, Mejri, Chebbi, Ben Ammar, Ould Abbes, Benyahia, Bensaid, Ait Ahmed, Ait Ouali, Oukacha, Ouahbi, Zeroual, Bouhlel, Gharbi, Jendoubi, Ben Youssef, El Ouardi, Amrani, Bekkali, Tahiri, Rahmouni"),
    ),
    "persian": (
        L("Reza, Mehdi, Hossein, Hosein, Mohsen, Farhad, Behnam, Babak, Kourosh, Dariush, Daryoush, Arash, Siavash, Kaveh, Payam, Pouya, Shahram, Bijan, Hamid, Majid, Saeed, Navid, Omid, Ramin, Behrouz, Farshid, Mehrdad, Afshin, Keyvan, Kayvan, Hooman, Houman, Sohrab, Parviz, Jamshid, Ardeshir, Morteza, Mojtaba, Ehsan, Milad, Alireza, Amirhossein, Pejman, Shahab, Vahid"),
        L("Maryam, Fatemeh, Zahra, Leila, Shirin, Parisa, Nasrin, Mahsa, Niloufar, Niloofar, Golnaz, Roya, Azadeh, Mitra, Nazanin, Sepideh, Elham, Fereshteh, Mahnaz, Farnaz, Setareh, Yasaman, Bahar, Shabnam, Soheila, Parvaneh, Mehrnoosh, Tahmineh, Ladan, Nooshin, Pegah, Negar, Ziba, Homa, Forough, Mahtab, Taraneh, Golshifteh, Atefeh, Marjan"),
        L("Mohammadi, Hosseini, Ahmadi, Rezaei, Rezaee, Moradi, Karimi, Jafari, Rahimi, Ghorbani, Sadeghi, Hashemi, Tehrani, Esfahani, Shirazi, Kermani, Tabrizi, Farahani, Najafi, Abbasi, Bagheri, Ebrahimi, Mousavi, Musavi, Sharifi, Soltani, Rostami, Golshiri, Afshar, Nazari, Safavi, Khorasani, Ghaffari, Amini, Yazdani, Jahanbani, Dehghan, Farhadi, Mirzaei, Asadi, Zarei, Heydari, Kazemi, Salehi, Taheri, Shahbazi, Pourmand, Khosravi, Nikpour, Sotoudeh"),
    ),
    "hebrew": (
        L("Yossi, Moshe, Itzik, Avi, Eyal, Yaniv, Oren, Gilad, Doron, Amit, Nadav, Ronen, Tomer, Yair, Shlomi, Eitan, Uri, Noam, Ido, Erez, Dror, Asaf, Boaz, Shai, Yehuda, Tzvi, Elad, Ofer, Roi, Lior, Itamar, Nir, Yoav, Gal, Yigal, Meir, Avner, Yehoshua, Shimon, Tzachi, Moti, Kobi, Yonatan, Nitzan, Amichai, Oded, Hagai"),
        L("Tamar, Noa, Shira, Michal, Yael, Ayelet, Hila, Keren, Limor, Orit, Sigal, Shani, Efrat, Merav, Tali, Osnat, Galit, Dafna, Maayan, Inbal, Hadas, Liat, Ortal, Sivan, Adi, Moran, Nofar, Shiran, Anat, Ronit, Tzipi, Rivka, Batsheva, Yehudit, Nurit, Einat, Dikla, Hagit, Revital, Shoshana, Tova, Racheli, Chani, Yaffa"),
        L("Cohen, Levi, Mizrahi, Peretz, Biton, Dahan, Avraham, Malka, Azoulay, Katz, Yosef, Amar, Ohayon, Hadad, Gabay, Ben-David, Ben David, Ben-Haim, Shapira, Ashkenazi, Elbaz, Vaknin, Sabag, Alon, Golan, Barak, Shalom, Tal, Ben-Ami, Harel, Segal, Aharoni, Shitrit, Abutbul, Edri, Zohar, Ben-Shimon, Avitan, Levy-Tzur, Ben Hamo, Amsalem, Tzur, Zilberman, Yitzhaki, Dayan, Ben-Ari, Sasson, Hazan"),
    ),
    "bambara": (
        L("Moussa, Mamadou, Seydou, Bakary, Boubacar, Modibo, Souleymane, Sékou, Sekou, Adama, Drissa, Lassana, Siaka, Yacouba, Daouda, Fousseyni, Mamoutou, Bourama, Soumaïla, Zoumana, Bréhima, Brehima, Madou, Sidiki, Oumar, Nouhoum, Tiémoko, Kalifa, Sidi, Moriba, Salif, Fodé, Moctar, Dramane, Mahamadou, Bakari, Lassina, Aboubacar, Youssouf, Mamadi, Karamoko, Tiéba"),
        L("Aminata, Fatoumata, Kadiatou, Mariam, Oumou, Rokia, Assitan, Kadidia, Salimata, Djénéba, Djeneba, Awa, Maïmouna, Mah, Fanta, Sira, Bintou, Korotoumou, Sitan, Hawa, Ramata, Nassira, Mariétou, Tènin, Tenin, Safiatou, Kadi, Niakalé, Sanata, Mamou, Nènè, Aissata, Massitan, Fatim, Saran, Kandia"),
        L("Traoré, Traore, Coulibaly, Kulibali, Keïta, Keita, Diarra, Konaté, Koné, Sangaré, Dembélé, Doumbia, Camara, Kanté, Sissoko, Diakité, Sacko, Samaké, Bagayoko, Cissé, Touré, Fofana, Kouyaté, Dao, Togola, Mariko, Sidibé, Tangara, Berthé, Sanogo, Goïta, Konaré, Ballo, Niaré, Kamissoko, Tounkara, Dabo, Diabaté, Dramé, Dagnoko, Coumaré, Sylla"),
    ),
    "moore": (
        L("Ousmane, Boukary, Issaka, Salif, Adama, Hamidou, Inoussa, Rasmané, Rasmane, Idrissa, Lassané, Noufou, Moumouni, Seydou, Souleymane, Tasséré, Wendkouni, Wendyam, Pengdwendé, Relwendé, Nabonswendé, Kiswendsida, Saïdou, Abdoulaye, Boureima, Harouna, Dramane, Yacouba, Sibiri, Mahamadi, Sayouba, Zakaria, Tinga, Wendlassida, Raogo, Bila, Boukaré, Noaga, Ousseni, Amidou, Madi, Tégawendé"),
        L("Alimata, Salamata, Bibata, Awa, Zalissa, Assèta, Asséta, Rasmata, Mariam, Sakinata, Azèta, Abibata, Safiata, Haoua, Rakiéta, Pousga, Kadidia, Fatimata, Minata, Adjara, Djamila, Rihanata, Aguiratou, Wendpanga, Nafissatou, Aïcha, Bintou, Kountoum, Poko, Wendkouni, Pengdwendé, Ramata, Zénabo, Zenabou, Maimouna"),
        L("Ouédraogo, Ouedraogo, Sawadogo, Savadogo, Zongo, Kaboré, Compaoré, Zoungrana, Nikiéma, Ilboudo, Tapsoba, Kiemdé, Yaméogo, Bamogo, Kafando, Belem, Nana, Rouamba, Sana, Tiendrébéogo, Tiendrebeogo, Zida, Porgo, Sorgho, Bonkoungou, Koanda, Kinda, Bikienga, Nacoulma, Tiemtoré, Damiba, Kientega, Guiro, Ouandaogo, Yabré, Simporé, Zoundi, Nébié, Bouda, Kagoné, Pafadnam, Zagré, Dipama, Yonaba"),
    ),
    "hausa": (
        L("Abubakar, Aminu, Sani, Musa, Bello, Nasiru, Lawal, Yakubu, Umaru, Garba, Shehu, Bashir, Danjuma, Haruna, Kabiru, Mustapha, Nuhu, Sagir, Tukur, Usman, Zubairu, Auwalu, Babangida, Dahiru, Hamisu, Idris, Jibril, Muhammadu, Salisu, Rabiu, Tijjani, Isa, Awwal, Ahmadu, Sadiq, Nura, Mansur, Bala, Dauda, Inuwa, Surajo, Lawan, Magaji, Habibu, Jamilu"),
        L("Aisha, Hauwa, Zainab, Maryam, Halima, Hadiza, Khadija, Amina, Binta, Rakiya, Hafsat, Safiya, Zuwaira, Balaraba, Asabe, Ladidi, Hajara, Jummai, Laraba, Talatu, Rabi, Rukayya, Sadiya, Maimuna, Saratu, Hindatu, Bilkisu, Murja, Lubabatu, Ummi, Firdausi, Nafisa, Sa'adatu, Jamila, Salamatu, Zulaihat, Asma'u, Hussaina, Rahma, Sakina, Mariya"),
        L("Abdullahi, Danladi, Mohammed, Bello, Garba, Yusuf, Sule, Aliyu, Usman, Abubakar, Dantata, Ado-Bayero, Sanusi, Lamido, Shagari, Yar'Adua, Bagudu, Gwarzo, Kwankwaso, Tambuwal, Ganduje, Wali, Dikko, Kurfi, Zango, Jibrin, Maikudi, Adamu, Jega, Shinkafi, Dankwambo, Gumi, Bichi, Daura, Tofa, Dambatta, Dutsinma, Ringim, Kazaure, Gusau, Bakori, Sambo, Inuwa"),
    ),
    "fula": (
        L("Amadou, Amadu, Oumar, Alpha, Thierno, Tierno, Boubacar, Mamadou, Souleymane, Ibrahima, Hamadou, Abdoulaye, Ousmane, Saïkou, Mamoudou, Aliou, Alioune, Demba, Samba, Hamidou, Yero, Hammadi, Ismaïla, Abdourahmane, Bocar, Sadio, Saliou, Mody, Tidiane, Alhassane, Hassimiou, Djibril, Elhadj, Hamady, Sory, Cellou, Oury, Harouna, Mouctar, Bademba, Sadou, Boubou, Hamath, Daouda"),
        L("Kadiatou, Mariama, Aïssatou, Aissatou, Diariatou, Hawa, Oumou, Dienaba, Kadidiatou, Djenabou, Aïssata, Coumba, Dieynaba, Penda, Houleye, Djeneba, Safiatou, Kumba, Néné, Habi, Hadiatou, Fatimatou, Raky, Maïmouna, Hapsatou, Assanatou, Ramatoulaye, Aminata, Dado, Bilguissa, Mariame, Kadia, Fanta, Sarata, Ramata, Rougui, Tiguidanké, Hassanatou"),
        L("Diallo, Bah, Barry, Sow, Baldé, Balde, Jalloh, Bâ, Kane, Ly, Sy, Wane, Dia, Thiam, Tall, Dicko, Boye, Deme, Kah, Sall, Djigo, Diao, Sougou, Diakhaby, Talla, Ndiath, Bary, Diaw, Boiro, Bayo, Sidibé, Sangaré, Jallow, Bari, Diakité, Souaré, Sakho, Soumaré, Ndongo"),
    ),
    "akan": (
        L("Kwame, Kofi, Kwabena, Kwaku, Kwadwo, Yaw, Kwasi, Kojo, Kobina, Ekow, Kweku, Kwesi, Fiifi, Kwamena, Kobby, Kwaw, Osei, Agyei, Kyei, Boakye, Kouamé, Kouassi, Konan, Kouadio, Koffi, N'Guessan, Yao, Kouakou, Atta, Kakra, Ato, Kwadjo, Kodwo, Ebo, Kwamina, Opoku, Adu, Owusu"),
        L("Akosua, Adwoa, Abenaa, Akua, Yaa, Afua, Ama, Efua, Esi, Aba, Araba, Ekua, Adjoa, Abena, Afia, Efia, Maame, Serwaa, Konadu, Pokua, Agyeiwaa, Afriyie, Oforiwaa, Asantewaa, Dufie, Boatemaa, Adomaa, Obenewaa, Akyaa, Ohemaa, Akissi, Affoué, Amenan, Adjoua, Ahou, Amoin, Nhyira, Gyamfua, Kukua, Ewurabena, Ewurama, Kyerewaa"),
        L("Mensah, Owusu, Boateng, Asante, Osei, Appiah, Acheampong, Agyeman, Amoah, Ansah, Antwi, Asamoah, Badu, Bonsu, Darko, Donkor, Frimpong, Gyamfi, Kuffour, Kufuor, Kyei, Nkrumah, Nyarko, Ofori, Opoku, Oppong, Sarpong, Takyi, Wiredu, Yeboah, Adjei, Amponsah, Asiedu, Baah, Danquah, Kwarteng, Ampofo, Obeng, Sarfo, Twumasi, Agyapong, Konan, Kouassi, Kouadio, N'Guessan, Koffi, Kouamé, Akoto, Manu, Nketia, Owusu-Ansah, Boakye-Danquah, Osei-Bonsu"),
    ),
    "ewe": (
        L("Kossi, Kodjo, Komla, Kwami, Kokou, Yao, Mawuli, Sélom, Selom, Edem, Elikem, Senyo, Dela, Kafui, Mawuena, Setor, Yayra, Delali, Etornam, Kekeli, Kwadzo, Atsu, Etse, Agbenyega, Selasi, Worlanyo, Makafui, Nutifafa, Edzordzi, Kudzo, Yawo, Komi, Koami, Kossivi, Kodzo, Kwashie, Kwasivi, Ametefe, Dodzi, Elorm, Sedem, Eyram"),
        L("Ablavi, Akossiwa, Kossiwa, Adjowa, Abla, Akouvi, Afi, Afiwa, Yawa, Ayawa, Kafui, Mawuena, Enyonam, Dzifa, Sena, Selali, Elinam, Esinam, Dzidzor, Xorlali, Eyram, Mawunyo, Akpene, Nunana, Aseye, Delali, Edinam, Yayra, Sitsofe, Kekeli, Elorm, Fafali, Etornam, Makafui, Senam, Amavi, Mawuse, Adzo, Dzigbordi, Elikplim"),
        L("Agbodjan, Amegah, Agbeko, Kpodo, Ahiable, Amedzro, Agbenyo, Dzokoto, Fiadzigbe, Gbedemah, Kpeglo, Kudjawu, Ladzekpo, Sedzro, Tsikata, Gbeho, Awoonor, Dogbe, Amenyo, Hodzi, Akakpo, Adzogble, Agbemabiese, Afeti, Gadzekpo, Kpelly, Amouzou, Attipoe, Agbossou, Kuevi, Apedo, Klutse, Agbozo, Adjavon, Agbobli, Akue, Ayivi, Gbikpi, Kponton, Kumordzi, Tamakloe, Nyaho, Ameko, Dzakpasu, Gbadago, Amedeka, Anku"),
    ),
    "kikongo": (
        L("Nsimba, Nzuzi, Mabiala, Lukeni, Mbemba, Nkanga, Kiala, Luzolo, Nlandu, Mavungu, Matondo, Makaya, Bakala, Tsimba, Ngoma, Massamba, Mpanzu, Zola, Diambu, Nkuka, Mvemba, Mampuya, Lutete, Ndombasi, Nsiala, Exaucé, Glody, Dieumerci, Héritier, Trésor, Fiston, Bienvenu, Espoir, Patient, Nkiambi, Kinkela, Malonga, Milandou, Bouanga, Moussounda, Nkounkou, Loutete, Dieudonné, Nsumbu"),
        L("Kimpa, Luzolo, Matondo, Nsona, Ndona, Makiese, Kiese, Nzola, Mavambu, Ngudi, Mpemba, Nsilulu, Mbala, Bilongo, Nkenda, Mafuta, Kimbuta, Sunda, Merveille, Divine, Gloire, Grâce, Nsimba, Nzuzi, Exaucée, Prisca, Chancelvie, Bénédicte, Ornella, Plamedi, Naomie, Rachelle, Jolie, Nkusu, Lusamba, Nsunda, Makengo, Mamie"),
        L("Nsimba, Mabiala, Mbemba, Kiala, Nlandu, Lutete, Makiadi, Ndombe, Kasa-Vubu, Mavungu, Massamba, Matondo, Mpanzu, Nzuzi, Kiakanda, Luzolo, Tsimba, Diambu, Ngoma, Makanzu, Kinkela, Mbuku, Lusala, Mbungu, Nsumbu, Bazonzi, Kimbembe, Ngimbi, Nzau, Makiona, Vangu, Mbenza, Kuvuna, Mayamba, Dianzenza, Nkodia, Malonga, Milandou, Mampouya, Nkounkou, Bouanga, Loutete, Moussounda, Kimbembé, Nsiala, Mvemba, Kiese, Nkanga, Landu, Ntoto"),
    ),
    "sango": (
        L("Faustin, Ange-Félix, Anicet, Simplice, Firmin, Bienvenu, Fidèle, Cyriaque, Sylvestre, Thierry, Mathurin, Désiré, Gervais, Rodrigue, Hyacinthe, Guy-Roger, Jean-Sylvestre, Parfait, Brice, Landry, Aristide, Jean-Eudes, Prosper, Dieudonné, Léopold, Clotaire, Ghislain, Gildas, Arsène, Apollinaire, Timoléon, Yvon, Josué, Lambert, Sosthène, Crépin, Boniface, Achille, Wilfried, Blaise"),
        L("Pulchérie, Chancelvie, Bienvenue, Fidélia, Ornella, Armelle, Gisèle, Clémentine, Odette, Solange, Jocelyne, Prisca, Edwige, Rosalie, Nadège, Mireille, Honorine, Félicité, Espérance, Perpétue, Léontine, Blandine, Ghislaine, Raïssa, Josiane, Pélagie, Eulalie, Dorothée, Flore, Sidonie, Georgette, Huguette, Agathe, Ginette, Elodie, Estelle"),
        L("Touadéra, Patassé, Bozizé, Dacko, Kolingba, Djotodia, Nzapayéké, Dologuélé, Ziguélé, Tiangaye, Ngrébada, Sarandji, Goumba, Samba-Panza, Ngaïssona, Yékatom, Mokom, Meckassoua, Nguendet, Kamoun, Mandaba, Gazam-Betty, Poukré-Kono, Doubane, Kongbo, Koyara, Ndémanga, Nakombo, Zingas, Bokassa, Ngakola, Maïdou, Ngaïkosset, Sayo, Ndoutingaï, Ngoupandé, Boganda, Ngouandjika, Yangongo, Sanze"),
    ),
    "beti": (
        L("Ateba, Ayissi, Essomba, Ondoa, Mballa, Owona, Abega, Edzoa, Olinga, Ndzana, Mvondo, Nkodo, Tsimi, Amougou, Essama, Mbida, Awono, Zambo, Mebenga, Ela, Ngah, Etoundi, Ebogo, Mendo, Onguene, Essono, Ondoua, Abessolo, Nnanga, Mbassi, Bikoula, Ekani, Nkolo, Fouda, Manga, Atangana, Mbarga, Onana, Ambassa, Eloundou, Bekono, Belinga"),
        L("Ngono, Biloa, Efoua, Mengue, Ntsama, Mbazoa, Eyenga, Ekobena, Edima, Ngoa, Nnomo, Akono, Essindi, Bilo'o, Mvogo, Nkoa, Mekongo, Ndongo, Amombo, Ayinda, Onomo, Ebene, Menye, Angoula, Metogo, Pélagie, Hortense, Ghislaine, Murielle, Nadège, Clarisse, Sandrine"),
        L("Mbarga, Atangana, Essomba, Ondoa, Mballa, Owona, Manga, Abega, Ateba, Ayissi, Bella, Edzoa, Eto'o, Fouda, Mvondo, Nkodo, Olinga, Onana, Tsimi, Amougou, Ndzana, Zambo, Essama, Nguini, Mbida, Awono, Ela, Mebenga, Etoundi, Ebogo, Onguene, Essono, Ondoua, Abessolo, Nnanga, Mbassi, Bikoro, Ngoa, Eloundou, Bekono, Belinga, Ambassa, Ekani, Nkolo, Messina, Mbarga Atangana, Owona Nguini, Ntsama, Bilo'o"),
    ),
    "duala": (
        L("Ekwalla, Ebongue, Ngando, Epee, Kotto, Priso, Ekindi, Essaka, Ebelle, Dipoko, Doumbe, Eboa, Ngosso, Njoh, Kingue, Mpondo, Ekollo, Elame, Ekambi, Toko, Mbella, Din, Ndoumbe, Moudiki, Lobe, Sike, Kwedi, Mbende, Dikongue, Ngalle, Ekeke, Essombe, Moukoko, Mouangue, Nkotto, Bekombo, Mandessi, Eyoum, Ndedi, Mbongo, Etame, Ekwe"),
        L("Ewodi, Engome, Dina, Ndolo, Ebenye, Eyango, Ndome, Mouelle, Sone, Ewane, Epanya, Solange, Viviane, Rosine, Marthe, Odile, Henriette, Célestine, Léonie, Régine, Yolande, Esther, Ngo Ekwe, Essewe, Mbonjo, Dibonge"),
        L("Ekwalla, Dikongue, Ebongue, Ekambi, Epee, Ngando, Kotto, Moukoko, Mbappé, Ngalle, Priso, Ekindi, Essaka, Ebelle, Mbongo, Toko, Ekwe, Elame, Dipoko, Doumbe, Eboa, Ngosso, Mandessi, Njoh, Kingue, Manga Bell, Mpondo, Ekollo, Nkotto, Din, Ndoumbe, Bekombo, Essombe, Moudiki, Lobe, Sike, Mouangue, Ekeke, Kwedi, Mbende, Eyoum, Ndedi, Etame, Doualla"),
    ),
}

GROUP = {"gulf": "arab", "levant": "arab", "egypt": "arab", "maghreb": "maghreb",
         "persian": "persian", "hebrew": "hebrew", "bambara": "fra", "moore": "fra",
         "fula": "fra", "hausa": "hausa", "akan": "gha", "ewe": "gha",
         "kikongo": "cen", "sango": "cen", "beti": "cen", "duala": "cen"}

HON = {
    "arab": (["Mr", "Mr.", "Eng.", "Eng", "Dr", "Sheikh", "Hajj", "Ustaz", "uncle", "ammo"],
             ["Ms", "Mrs", "Mrs.", "Dr", "Madam", "Sheikha", "Hajja", "auntie", "teta", "Sitt", "Ustaza"]),
    "maghreb": (["Mr", "M.", "Si", "Hajj", "Monsieur", "tonton", "Dr"],
                ["Mme", "Madame", "Lalla", "Hajja", "tata", "Mlle", "Ms"]),
    "persian": (["Mr", "Agha", "Aghaye", "Dr", "Ostad", "Mr."],
                ["Mrs", "Ms", "Khanum", "Khanom", "Dr", "Mrs."]),
    "hebrew": (["Mr", "Mr.", "Dr", "Adv.", "Rav"], ["Mrs", "Ms", "Dr", "Adv.", "Gveret"]),
    "fra": (["M.", "Mr", "Monsieur", "El Hadj", "Elhadji", "Tonton", "Vieux", "Papa", "Oustaz", "Dr", "grand frère"],
            ["Mme", "Madame", "Hadja", "Tantie", "Maman", "Mama", "Mlle", "Mrs"]),
    "hausa": (["Mr", "Alhaji", "Alh.", "Mallam", "Malam", "Chief", "Engr.", "Oga", "Dr", "Barr."],
              ["Mrs", "Hajiya", "Haj.", "Madam", "Aunty", "Mama", "Dr", "Ms"]),
    "gha": (["Mr", "Nana", "Uncle", "Togbe", "Bro", "Papa", "Opanyin", "Agya", "Rev.", "Dr"],
            ["Mrs", "Auntie", "Aunty", "Madam", "Maame", "Sister", "Nana", "Mama", "Ms"]),
    "cen": (["M.", "Monsieur", "Papa", "Tonton", "Pasteur", "Maître", "Dr", "Yaya", "Me"],
            ["Mme", "Madame", "Maman", "Mama", "Tantine", "Mlle", "Sœur"]),
}
POST_HON = {"persian": (["jan", "agha", "joon"], ["khanum", "jan", "joon"])}

# ---------------------------------------------------------------- regions
def R(**kw):
    for k, v in list(kw.items()):
        if isinstance(v, str) and k not in ("key", "lang"):
            kw[k] = [x.strip() for x in v.split("|") if x.strip()]
    return kw


REGIONS = [
    R(key="ae", lang="en", cult=["gulf", "gulf", "levant", "egypt", "persian", "maghreb"],
      city="Dubai|Abu Dhabi|Sharjah|Ajman|Al Ain|RAK|Fujairah|Umm Al Quwain",
      hood="Deira|Bur Dubai|JLT|Dubai Marina|Al Barsha|Mirdif|Khalifa City|Al Nahda|JVC|Business Bay|Karama|Musaffah|Al Reem Island|Dubai Mall|Mall of the Emirates|Ibn Battuta Mall|Yas Mall|City Centre Deira",
      cur="AED {n}|{n} AED|{n} dhs|AED{n}",
      tel="e&|Etisalat|du|Virgin Mobile UAE|Etisalat eLife|du Home",
      mm="Careem Pay|Apple Pay|e& money|Payit|Botim|Al Ansari Exchange|LuLu Exchange",
      bank="Emirates NBD|ENBD|ADCB|FAB|Mashreq|Mashreq Neo|RAKBANK|Liv|Wio|ADIB|DIB|CBD",
      util="DEWA|SEWA|ADDC|FEWA|Empower|Salik",
      shop="noon|Amazon.ae|Namshi|Carrefour|Lulu|Sharaf DG|Spinneys|Talabat|Deliveroo|Instashop|Dubizzle|Emax|Jumbo|Noon Minutes|Ounass|Max Fashion",
      ride="Careem|Uber|Hala Taxi|Yango|RTA",
      air="Emirates|Etihad|flydubai|Air Arabia",
      phone=["+971 5{0|2|4|5|6|8} ### ####", "05{0|2|4|5|6|8}-###-####", "05{0|2|4|5|6|8}#######", "00971 5{0|5|6} #######", "+9715{0|2|5}#######", "04 ### ####"],
      addr=["Villa !#, {Street|St|st} !#, Al Barsha {1|2|3}", "Apt !##, {Marina Pinnacle|Al Noor Tower|Zumurud Tower|Princess Tower|Lake Shore Tower}, {Dubai Marina|JLT}", "flat !0#, bldg !#, Al Nahda {1|2} near Sahara Centre", "villa !!, 1{2|3|4}a st, Mirdif", "Office !0#, {Al Attar Business Tower|Churchill Tower|Bay Square Bldg !}, Business Bay", "{room|flat} !##, {Al Majaz 2|Al Taawun|Al Khan} bldg, behind {Safeer Mall|Lulu}", "Villa !##, Khalifa City A, sector SE-!#", "!#th st, Al Karama, bldg !#, flat !0#"],
      pobox=["P.O. Box !####", "PO Box !#####", "POB !####", "p.o box !####"],
      post=[],
      ids=[("Emirates ID|EID|emirates id no|EmID", "784-19{6|7|8|9}#-#######-#"), ("plate|car plate|plate no", "{A|B|C|D|K|L|M|N|P|R|S|T} !####"), ("passport|PP no", "%#######")],
      iban=("AE", "###################"),
      ),
    R(key="sa", lang="en", cult=["gulf", "gulf", "egypt", "levant"],
      city="Riyadh|Jeddah|Dammam|Khobar|Makkah|Madinah|Abha|Tabuk|Taif|Buraidah",
      hood="Al Olaya|Al Malaz|Al Nakheel|Al Rawdah|Al Safa|Al Hamra|Granada Mall|Red Sea Mall|Riyadh Park|Kingdom Centre|Al Nahdah|KAFD",
      cur="SAR {n}|{n} SAR|{n} riyals|SR {n}",
      tel="STC|stc|Mobily|Zain KSA|Salam|Virgin Mobile KSA|Lebara|Jawwy",
      mm="STC Pay|stc pay|urpay|Mada Pay|Apple Pay|Tamara|Tabby|Enjaz",
      bank="Al Rajhi|Al Rajhi Bank|SNB|Riyad Bank|SAB|Alinma|Bank Albilad|D360|Banque Saudi Fransi|Arab National Bank",
      util="SEC|Saudi Electricity|NWC|Marafiq|Absher",
      shop="noon|Amazon.sa|Jarir|eXtra|Panda|Tamimi|HungerStation|Jahez|Mrsool|Nana|Ninja|Salla|Danube|Centrepoint|SHEIN",
      ride="Careem|Uber|Jeeny|Bolt|Kaiian",
      air="Saudia|flynas|flyadeal|Riyadh Air",
      phone=["+966 5# ### ####", "05########", "05# ### ####", "00966 5########", "+9665########", "011 ### ####"],
      addr=["!### King Fahd Rd, Al Olaya", "!### Prince Sultan St, {Al Rawdah|Al Zahra}, additional no !###", "!### {Tahlia St|Prince Mohammed bin Abdulaziz Rd}, {Al Andalus|Al Safa}", "villa !#, {Al Nakheel|Al Yasmin|Hittin} district, st !#", "bldg !###, Al Nahdah, unit !#", "{%%%%####|RRR%####}"],
      pobox=["P.O. Box !####", "PO Box !#####"],
      post=["1####", "2####", "3####", "1#### - !###"],
      ids=[("national id|NID|ID|hawiya", "1#########"), ("iqama|iqama no|resident id", "2#########"), ("absher ref", "!#########")],
      iban=("SA", "####################"),
      ),
    R(key="gcc", lang="en", cult=["gulf", "gulf", "levant", "egypt", "persian"],
      city="Doha|Lusail|Al Wakrah|Kuwait City|Salmiya|Hawalli|Jahra|Manama|Muharraq|Riffa|Muscat|Seeb|Salalah|Sohar",
      hood="The Pearl|West Bay|Villaggio|Msheireb|Avenues Mall|Marina Mall|City Centre Bahrain|Seef|Muscat Grand Mall|Qurum|Al Khuwair|Souq Waqif",
      cur="QAR {n}|{n} QR|KWD {n}|{n} KD|BHD {n}|{n} BD|OMR {n}|{n} rials",
      tel="Ooredoo|Vodafone Qatar|Zain|stc Kuwait|Batelco|Zain Bahrain|Omantel|Ooredoo Oman|Vodafone Oman",
      mm="Benefit Pay|BenefitPay|KNET|Ooredoo Money|Tap|OmanNet",
      bank="QNB|CBQ|Doha Bank|QIB|NBK|KFH|Boubyan|BBK|NBB|Bank Muscat|Bank Dhofar|Warba",
      util="Kahramaa|MEW|EWA|Nama|Haya Water",
      shop="Talabat|Snoonu|Carriage|Lulu|Sultan Center|Xcite|Blink|Jazp|Keeta|Rafeeq|Carrefour|Virgin Megastore",
      ride="Uber|Careem|Karwa|Otaxi|Bolt",
      air="Qatar Airways|Kuwait Airways|Jazeera Airways|Gulf Air|Oman Air|SalamAir",
      phone=["+974 {3|5|6|7}### ####", "+965 {5|6|9}### ####", "+973 3### ####", "+968 9### ####", "{5|6|9}#######", "00974{3|5|6|7}#######"],
      addr=["Zone !#, Street !##, Building !#", "Block !, St !#, House !#, {Salmiya|Jabriya|Mishref}", "Flat !#, Bldg !###, Road !###, Block !##", "Way !###, House !###, Al Khuwair", "block !#, jaddah !, st !#, house !#, {Rumaithiya|Salwa}", "villa !#, Al Waab st, compound {Al Jazi|Ezdan !#}"],
      pobox=["P.O. Box !####", "PO Box !###, PC !##", "POB !#####"],
      post=["!##", "{1|2|3}####"],
      ids=[("QID|qatar id", "2{7|8|9}#########"), ("civil id|civil ID no", "2{8|9}##########"), ("CPR", "{8|9|0}#######"), ("civil no", "!#######")],
      iban=("KW", "%%%%######################"),
      ),
    R(key="eg", lang="en", cult=["egypt"],
      city="Cairo|Giza|Alexandria|Alex|Mansoura|Tanta|Assiut|Luxor|Aswan|Hurghada|Sharm|Zagazig|Ismailia|Port Said|6th of October",
      hood="Maadi|Nasr City|Heliopolis|Zamalek|Dokki|Mohandessin|New Cairo|Sheikh Zayed|Smouha|Cairo Festival City|Mall of Egypt|City Stars|Tagamo3|Rehab|Madinaty",
      cur="EGP {n}|{n} EGP|{n} LE|{n} gneih|LE{n}",
      tel="Vodafone Egypt|Orange Egypt|Etisalat by e&|WE|Telecom Egypt|Etisalat Misr",
      mm="Vodafone Cash|InstaPay|Fawry|Orange Cash|ValU|Meeza|Aman|Khazna",
      bank="CIB|NBE|Banque Misr|QNB Alahli|Banque du Caire|AAIB|HSBC Egypt|Alex Bank",
      util="North Cairo Electricity|South Cairo Electricity|Alex Water|Egypt Gas|Town Gas|Petrotrade",
      shop="Jumia|noon Egypt|Amazon.eg|Talabat|Breadfast|Rabbit|Elmenus|B.TECH|2B|Carrefour|Raya|Kheir Zaman|Seoudi",
      ride="Uber|Careem|inDrive|DiDi|Swvl|Halan",
      air="EgyptAir|Nile Air|Air Cairo",
      phone=["+20 1{0|1|2|5} #### ####", "01{0|1|2|5}########", "01{0|1|2|5}-####-####", "01{0|1|2|5} ### #####", "002 01{0|1|2}########", "02 ####-####"],
      addr=["!# Shaarawy St, Maadi", "apt !, {3rd|4th|5th} flr, !# Abbas El Akkad, Nasr City", "bldg !#, Mostafa El Nahas st, {8th|10th} district", "villa !##, compound {Mivida|Palm Hills|Mountain View}, New Cairo", "!# El Nasr st, in front of {Metro market|Seoudi}, Heliopolis", "!## Gameat El Dewal, Mohandessin, flat !#", "!# {Syria|Lebanon|Shehab} st, Mohandessin", "!# shar3 el tahrir, dokki, ta2 !"],
      pobox=["P.O. Box !###", "PO Box !##"],
      post=["11###", "12###", "21###", "1####"],
      ids=[("national id|NID|ra2m qawmi|national no", "{2|3}{6|7|8|9}{0|1}#{0|1|2}#{01|02|12|13|21|88}######"), ("passport", "A########")],
      iban=("EG", "#########################"),
      ),
    R(key="mg", lang="fr", cult=["maghreb"],
      city="Casablanca|Casa|Rabat|Marrakech|Fès|Tanger|Agadir|Oujda|Meknès|Kénitra|Alger|Oran|Constantine|Annaba|Sétif|Tunis|Sfax|Sousse|Bizerte|Nabeul",
      hood="Maarif|Hay Riad|Agdal|Gauthier|Ain Diab|Sidi Maarouf|Guéliz|Bab Ezzouar|Hydra|El Menzah|La Marsa|Lac 2|Morocco Mall|Anfa Place|Tunisia Mall",
      cur="{n} MAD|{n} DH|{n} dhs|{n} DA|{n} DZD|{n} DT|{n} TND|MAD {n}",
      tel="Maroc Telecom|IAM|inwi|Orange Maroc|Djezzy|Mobilis|Ooredoo Algérie|Ooredoo Tunisie|Tunisie Telecom|Orange Tunisie",
      mm="Wafacash|CashPlus|Barid Cash|D17|Baridimob|Flouci|Orange Money|Inwi Money|CIH Mobile",
      bank="Attijariwafa|CIH|Bank of Africa|BMCE|Banque Populaire|Al Barid Bank|BNA|CPA|BEA|BIAT|STB|Amen Bank|CCP",
      util="ONEE|Lydec|Redal|Amendis|Sonelgaz|SEAAL|STEG|SONEDE",
      shop="Jumia|Avito|Marjane|Carrefour|Glovo|Kitea|Electroplanet|Aziza|Monoprix|Ouedkniss|BIM|Label'Vie|Yassir Express",
      ride="Yassir|Heetch|inDrive|Careem|Bolt|Uber",
      air="Royal Air Maroc|RAM|Air Algérie|Tunisair|Nouvelair|Air Arabia Maroc",
      phone=["+212 6##-######", "06 ## ## ## ##", "07########", "+213 {5|6|7}## ## ## ##", "0{5|6|7}## ## ## ##", "+216 {2|5|9}# ### ###", "{2|5|9}# ### ###", "05 22 ## ## ##"],
      addr=["!# rue Ibn Batouta, Maarif", "Résidence {Al Amal|Les Jardins|Nassim} imm !# appt !#, Hay Riad", "lot Al Wifaq n° !##, Témara", "cité !00 logts bt !# n°!#, Bab Ezzouar", "!# avenue Habib Bourguiba, El Menzah {5|6}", "!# bd Zerktouni, {3e|4e} étage, appt !", "hay {Mohammadi|Hassani|Salam} rue !# n° !#", "derb {Sultan|Omar} rue !# n°!#, près de la mosquée", "!# rue Didouche Mourad, {Sacré-Cœur|El Biar}"],
      pobox=["BP !###", "B.P. !####", "BP !### RP"],
      post=["{1|2|3|4|5}0###", "{1|2|3}6###", "!0##"],
      ids=[("CIN|cin|N° CIN", "{A|B|BE|BK|BJ|EE|G|J}!#####"), ("NIN", "!#################"), ("CIN tn|carte d'identité", "0#######"), ("passeport", "%%!######")],
      iban=("MA", "########################"),
      ),
    R(key="lv", lang="en", cult=["levant"],
      city="Beirut|Jounieh|Tripoli|Saida|Zahle|Byblos|Amman|Irbid|Zarqa|Aqaba|Ramallah|Nablus|Bethlehem|Damascus",
      hood="Hamra|Achrafieh|Gemmayzeh|Verdun|Dbayeh|ABC Mall|City Mall|Abdali|Sweifieh|Jabal Amman|Khalda|Taj Mall|Mecca Mall|Al Masyoun",
      cur="{n} USD|fresh ${n}|{n} LBP|{n} JOD|JD {n}|{n} JD|{n} shekel|${n}",
      tel="Alfa|touch|Ogero|Zain Jordan|Orange Jordan|Umniah|Jawwal|Ooredoo Palestine|Syriatel|IDM",
      mm="Whish Money|OMT|BOB Finance|CliQ|Zain Cash|Orange Money|PalPay|Jawwal Pay|eFAWATEERcom",
      bank="Bank Audi|Blom|Byblos Bank|BankMed|Fransabank|Arab Bank|Housing Bank|Cairo Amman Bank|Bank of Palestine|Capital Bank",
      util="EDL|JEPCO|Miyahuna|Jerusalem District Electricity|Beirut Water",
      shop="Toters|Talabat|Careem|Carrefour|Spinneys|ABC|Cozmo|Aramex|OpenSooq|Tawseel|Safeway JO|Smart Buy",
      ride="Careem|Uber|Jeeny|Allo Taxi|Bolt",
      air="MEA|Royal Jordanian|RJ|Cham Wings|flydubai",
      phone=["+961 3 ### ###", "03/### ###", "+961 7{0|1|6|8|9} ### ###", "7{0|1|6|9} ### ###", "+962 7{7|8|9} ### ####", "07{7|8|9}#######", "+970 59# ### ###", "059#######"],
      addr=["Hamra, Makdisi St, bldg {Saab|Rizk|Najjar} {2nd|3rd|4th} floor", "Achrafieh, Sassine, near ABC, bldg !#", "Jabal Amman, {2nd|3rd} circle, st !#, bldg !#", "Khalda, {Wasfi Al Tal st|Amer bin Malik st} bldg !#, apt !", "Sweifieh, !# Mecca st, {1st|2nd} flr", "al masyoun, near {Arab Bank|Rukab}, bldg !#", "Mar Elias st, bldg !#, {ground|1st} floor"],
      pobox=["P.O. Box !###", "PO Box !####-!###", "POB !###"],
      post=["11###", "1{1|2|3}## 20{1|2|3}0", "!####"],
      ids=[("national no|NN|national number", "9{7|8|9}########"), ("ID no|hawiya", "{4|8|9}########"), ("passport", "%{0|1|2|3}######")],
      iban=("JO", "%%%%######################"),
      ),
    R(key="il", lang="en", cult=["hebrew", "hebrew", "hebrew", "levant", "maghreb"],
      city="Tel Aviv|Jerusalem|Haifa|Beersheba|Be'er Sheva|Ashdod|Netanya|Rishon LeZion|Petah Tikva|Holon|Eilat|Nazareth|Ramat Gan|Herzliya|Modiin",
      hood="Florentin|Ramat Aviv|Dizengoff Center|Azrieli|Malha Mall|Grand Canyon|Kiryat Yam|Neve Tzedek|BIG Fashion|Ramat Hasharon",
      cur="{n} ILS|{n} NIS|₪{n}|{n} shekel|{n} shekels",
      tel="Partner|Cellcom|Pelephone|HOT Mobile|Golan Telecom|019 Mobile|Bezeq|We4G|Rami Levy Communications",
      mm="Bit|PayBox|Pepper|Isracard|Max|Cal",
      bank="Hapoalim|Leumi|Discount|Mizrahi-Tefahot|FIBI|Beinleumi|One Zero|Bank Yahav|Mercantile",
      util="IEC|Israel Electric|Mei Avivim|Gihon|Super-Gas|Amisragas|Hagihon|Cellcom TV",
      shop="Shufersal|Rami Levy|KSP|Ivory|Super-Pharm|Wolt|10bis|Zap|Yad2|Victory|Osher Ad|Hamashbir",
      ride="Gett|Yango|Uber|HopOn",
      air="El Al|Israir|Arkia",
      phone=["+972-5{0|2|3|4|8}-###-####", "05{0|2|3|4|8}-###-####", "05{0|2|3|4|8}-#######", "05{0|2|3|4|8}#######", "+972 5{0|2|4} ### ####", "03-###-####"],
      addr=["Rehov Dizengoff !## apt !", "Herzl !#/!", "Sderot Rothschild !#, dira !#", "Ben Yehuda !## dira !", "Rehov Jabotinsky !#, koma !", "!# Weizmann St apt !#", "Hagefen !#, entrance {A|B}, apt !#", "rechov haarbaa !#"],
      pobox=["P.O.B. !####", "PO Box !###", "ת.ד. !###"],
      post=["!######", "!## ####"],
      ids=[("TZ|teudat zehut|ID no|ID", "{0|2|3}########"), ("plate|car no|rechev", "!##-##-!##"), ("plate", "!#-###-!#")],
      iban=("IL", "###################"),
      ),
    R(key="ir", lang="en", cult=["persian"],
      city="Tehran|Karaj|Isfahan|Shiraz|Tabriz|Mashhad|Rasht|Kish|Toronto|North York|Richmond Hill|Vancouver|Los Angeles|Irvine|London|Hamburg",
      hood="Tajrish|Vanak|Saadat Abad|Jordan st|Westwood|Tehrangeles|Yonge and Finch|North Vancouver|Golders Green|Scarborough|Kensington",
      cur="{n} tomans|{n} toman|{n} rials|CAD {n}|${n}|£{n}|{n} USD|{n} EUR",
      tel="Irancell|MCI|Hamrah-e Aval|RighTel|Shatel|Mokhaberat|Rogers|Bell|Telus|Freedom Mobile|T-Mobile|Vodafone UK|giffgaff|Lebara",
      mm="Wise|Remitly|Western Union|MoneyGram|sarraf|Interac|Zelle|Revolut",
      bank="Bank Melli|Bank Mellat|Saman|Pasargad|Tejarat|Sepah|Parsian|RBC|TD|Scotiabank|Chase|Barclays|Monzo|HSBC UK",
      util="Toronto Hydro|Enbridge|Hydro One|SoCal Edison|British Gas|Octopus Energy|Tehran Gas",
      shop="Digikala|Snapp Market|Divar|Torob|Snappfood|Amazon|Sheypoor|Bamilo|Basalam|Costco|Walmart|Argos|Tavazo",
      ride="Snapp|Tapsi|Uber|Lyft|Bolt",
      air="Iran Air|Mahan Air|Qeshm Air|Turkish Airlines|Air Canada|Lufthansa|flydubai",
      phone=["+98 9{0|1|2|3}# ### ####", "09{0|1|2|3}########", "0912 ### ####", "+98 21 #### ####", "+1 (416) ###-####", "(647) ###-####", "+1 818-###-####", "+44 7### ######", "07### ######"],
      addr=["Valiasr St, Kuche Golestan, Pelak !#, Vahed !", "Khiaban Shariati, Kuche !#, No !#", "Pasdaran, Golestan {5|7}, pelak !#, tabaghe !", "!###-{5 Northtown Way|18 Harding Blvd|1 Empress Walk}", "!## Yonge St unit !##!", "!#### {Westwood Blvd|Santa Monica Blvd|Ventura Blvd} apt !#", "Flat !, !# {Finchley Rd|Edgware Rd|Kensington High St}", "!# Sheikh Bahaei Jonubi, vahed !#"],
      pobox=["PO Box !####", "P.O. Box !###"],
      post=["!#########", "!####-#####", "M{2|3|4}{N|M|H} !%!", "L4{C|B|J} !%!", "9{0|1}###", "{NW3|N12|W2|HA8} !{A|B|D|E}{F|G|H|L|Q|R|T}"],
      ids=[("code melli|national code|kart melli", "{0|1|2|4}#########"), ("code melli", "{0|1}##-######-#"), ("passport|gozarnameh", "{K|P|X}########"), ("SIN", "!## ### ###")],
      iban=("IR", "######################"),
      ),
    R(key="sn", lang="fr", cult=["fula", "fula", "bambara"],
      city="Dakar|Thiès|Saint-Louis|Touba|Kaolack|Ziguinchor|Mbour|Rufisque|Pikine|Guédiawaye",
      hood="Plateau|Almadies|Ouakam|Mermoz|Sacré-Cœur|Liberté 6|HLM|Grand Yoff|Parcelles|Sea Plaza|Dakar City|Marché Sandaga|Colobane|Keur Massar",
      cur="{n} FCFA|{n} F|{n} CFA|{n} XOF|{n}f",
      tel="Orange Sénégal|Orange|Sonatel|Free Sénégal|Yas|Expresso",
      mm="Wave|Orange Money|Free Money|Wari|Kpay|Wizall",
      bank="CBAO|SGBS|Ecobank|BOA Sénégal|BHS|UBA|Banque Atlantique|LBA",
      util="Senelec|Woyofal|SEN'EAU|SDE|Canal+|ISI",
      shop="Jumia|Auchan|Coin Afrique|Expat Dakar|Carrefour|Yango Deli|Senegal Shopping|Marché Tilène",
      ride="Yango|Heetch|Uber|Allô Dakar|DDD|BRT",
      air="Air Sénégal|Transair|ASKY|Air Côte d'Ivoire",
      phone=["+221 7{0|6|7|8} ### ## ##", "7{0|6|7|8} ### ## ##", "7{6|7|8}#######", "00221 7{7|8}#######", "33 8## ## ##"],
      addr=["Sicap Liberté {3|4|5|6}, villa !###", "Cité Keur Gorgui, imm {A|B|C}, appt !#", "Parcelles Assainies unité !#, villa !##", "Médina rue !# x !#", "HLM Grand Yoff villa !## près de la mosquée", "Ouakam cité Avion villa n°!##", "Mermoz pyrotechnie, lot !##", "Keur Massar, unité !#, villa !##, derrière le marché"],
      pobox=["BP !###", "B.P. !####", "BP !#### Dakar-Fann"],
      post=["1{0|1|2}###"],
      ids=[("CNI|cni|carte d'identité|N° CNI", "!##############"[:13]), ("CNI", "! ### #### #####"), ("passeport", "A0######"), ("NINEA", "!#######")],
      iban=("SN", "SN######################"),
      ),
    R(key="mb", lang="fr", cult=["bambara", "bambara", "moore", "moore", "fula"],
      city="Bamako|Kati|Ségou|Sikasso|Mopti|Kayes|Ouagadougou|Ouaga|Bobo-Dioulasso|Bobo|Koudougou|Ouahigouya|Kaya",
      hood="ACI 2000|Hamdallaye|Badalabougou|Kalaban Coura|Baco Djicoroni|Grand Marché|Ouaga 2000|Gounghin|Tampouy|Pissy|Zone du Bois|Marché Rood Woko|Dassasgho",
      cur="{n} FCFA|{n} F CFA|{n} francs|{n} XOF",
      tel="Orange Mali|Moov Africa Malitel|Malitel|Telecel Mali|Orange Burkina|Moov Africa|Telecel Faso|Onatel",
      mm="Orange Money|Moov Money|Wave|Sank Money|Coris Money|Ligdicash|Mobicash",
      bank="BDM|BMS|Ecobank|Coris Bank|BOA|UBA|Société Générale|BICIA-B|Orabank|BNDA",
      util="EDM-SA|EDM|SOMAGEP|SONABEL|ONEA|Canal+",
      shop="Yango|Sodishop|Marina Market|Azalaï|Jumia|Kokoshop|Shopping Mali",
      ride="Yango|Heetch|Teliman|Gozem",
      air="Sky Mali|Air Burkina|ASKY|Air Côte d'Ivoire|Air Sénégal",
      phone=["+223 {6|7|9}# ## ## ##", "{6|7|9}# ## ## ##", "+226 {5|6|7}# ## ## ##", "{5|6|7}# ## ## ##", "{6|7}#######", "00226 7#######"],
      addr=["ACI 2000, rue !##, porte !#", "Hamdallaye ACI rue !## porte !#", "Badalabougou rue !## porte !#", "secteur !#, Ouaga 2000, villa !##", "Karpala, derrière le marché, porte !#", "quartier Patte d'Oie, rue !#.!# porte !#", "Kalaban Coura, rue !##, près de la pharmacie", "Tampouy secteur !#, rue !#.!#"],
      pobox=["BP !###", "01 BP !### Ouagadougou 01", "BP E!###"],
      post=[],
      ids=[("CNIB|cnib|N° CNIB", "B!#######"), ("NINA|nina", "!##############"[:15] + "%"), ("passeport", "{AA|B}!######")],
      iban=("ML", "%#######################"),
      ),
    R(key="gh", lang="en", cult=["akan", "akan", "ewe", "hausa"],
      city="Accra|Kumasi|Tema|Takoradi|Cape Coast|Tamale|Ho|Koforidua|Kasoa|Madina|Sunyani",
      hood="East Legon|Osu|Spintex|Dansoman|Adum|Kejetia|Achimota Mall|Accra Mall|West Hills Mall|Circle|Lapaz|Kaneshie|Airport Residential|Makola",
      cur="GHS {n}|GH₵{n}|{n} cedis|{n} ghc|GHC {n}",
      tel="MTN Ghana|MTN|Telecel|Telecel Ghana|AirtelTigo|AT",
      mm="MTN MoMo|MoMo|Telecel Cash|AT Money|Zeepay|G-Money|Hubtel|ExpressPay",
      bank="GCB|Ecobank|Stanbic|Fidelity|CalBank|Absa|Zenith Ghana|ADB|Access Bank Ghana|Republic Bank",
      util="ECG|GWCL|NEDCo|Ghana Water|DStv|GOtv",
      shop="Jumia|Tonaton|Melcom|Shoprite|Palace|Franko Phones|Compu Ghana|Glovo|Max Mart|Koala",
      ride="Bolt|Uber|Yango|inDrive",
      air="Africa World Airlines|AWA|PassionAir|KLM",
      phone=["+233 {2|5}# ### ####", "0{20|24|26|27|50|54|55|59} ### ####", "0{24|54|55}#######", "0{24|20}-###-####", "+233{24|54|55}#######", "030 ### ####"],
      addr=["House No. !#, Ablade Rd, Kanda", "plot !# Sakumono Estates, behind the Methodist church", "near Shell filling station, Dansoman Last Stop, hse !#", "Hse !, {3rd|5th} Close, East Legon", "!# Oxford St, Osu", "Plot !##, Block {A|B|C}, Ahinsan Estate", "hse no {AK|AS}-!##-!###, Asokwa", "flat !, Roman Ridge, off Ako Adjei rd"],
      pobox=["P.O. Box !####", "P. O. Box KS !####", "PO Box AN !####", "P.O.Box CT !###"],
      post=["{GA|GE|GT|AK|WS|CG}-!##-!###", "{GA|AK|GT}-!###-!###"],
      ids=[("Ghana Card|ghana card no|NIA no", "GHA-!########-#"), ("plate|reg no|car no", "{GR|GT|GW|AS|GE|GN} !###-{19|20|21|22|23}"), ("voter id", "!#########")],
      iban=None,
      ),
    R(key="ng", lang="en", cult=["hausa", "hausa", "fula"],
      city="Lagos|Abuja|Kano|Kaduna|Ibadan|Port Harcourt|PH|Enugu|Jos|Sokoto|Maiduguri|Zaria|Katsina|Bauchi|Yola",
      hood="Ikeja|Lekki|Yaba|Victoria Island|VI|Gwarinpa|Wuse 2|Garki|Maitama|Sabon Gari|Kantin Kwari|Computer Village|Ikeja City Mall|Jabi Lake Mall|Balogun market",
      cur="₦{n}|N{n}|NGN {n}|{n} naira",
      tel="MTN|Glo|Airtel|9mobile|MTN Nigeria|Airtel Nigeria|Spectranet|Smile",
      mm="OPay|PalmPay|Moniepoint|Paga|Kuda|MoMo PSB|Carbon|FairMoney|Palmpay",
      bank="GTBank|GTCO|Access Bank|Zenith|First Bank|UBA|Fidelity|Sterling|Wema|Jaiz Bank|Union Bank|Keystone|Taj Bank",
      util="IKEDC|Ikeja Electric|EKEDC|AEDC|KEDCO|Kaduna Electric|JED|DStv|GOtv|StarTimes",
      shop="Jumia|Konga|Jiji|Chowdeck|Glovo|Shoprite|Spar|Slot|Ebeano|Jumia Food|Supermart|Pointek",
      ride="Bolt|Uber|inDrive|Rida|Gokada|Max",
      air="Air Peace|Arik Air|Ibom Air|Max Air|Azman Air|United Nigeria|Overland",
      phone=["+234 {70|80|81|90|91}# ### ####", "0{70|80|81|90|91}# ### ####", "0{803|806|813|703|816|905|802|808|812}-###-####", "0{803|806|813|810|906}#######", "+234{803|703|805}#######", "234 8## ### ####"],
      addr=["!# Adeola Odeku St, VI", "plot !#, Ahmadu Bello Way, Garki", "No !# Zoo Road, Gidan Murtala", "house !#, {3rd|6th|23} avenue, Gwarinpa Estate", "flat !, block {C|D|F}, Area !#", "!# Bompai rd, opposite {First Bank|NNPC filling station}", "no !## Murtala Mohammed way, Sabon Gari", "!# Allen Avenue, Ikeja, off Opebi", "Plot !##, Cadastral Zone B0!, Jabi"],
      pobox=["P.O. Box !###", "PMB !###", "P.M.B. !####", "GPO Box !###"],
      post=["{1|9|7|8}0{0|1|2}###", "!00!##"],
      ids=[("NIN|nin|NIN no", "!##########"), ("BVN|bvn", "22#########"), ("plate|plate no|reg no", "{ABJ|KAN|LSR|KRD|EKY|APP|AAA|GGE}-!##-{%%|XY|AB|KA}"), ("meter no|meter", "{0|4|6}###########"), ("NUBAN|acct no|account number", "{0|1|2|3}#########")],
      iban=None,
      ),
    R(key="cm", lang="fr", cult=["beti", "beti", "duala", "duala", "fula", "hausa"],
      city="Douala|Yaoundé|Yaounde|Bafoussam|Garoua|Maroua|Limbe|Buea|Kribi|Bamenda|Ngaoundéré|Ebolowa",
      hood="Akwa|Bonapriso|Bonanjo|Deïdo|Makepe|Bastos|Biyem-Assi|Mvan|Mokolo|Marché Central|Carrefour Warda|Mvog-Mbi|Ndokoti|Bonamoussadi",
      cur="{n} FCFA|{n} F|{n} XAF|{n} frs",
      tel="MTN Cameroon|MTN|Orange Cameroun|Orange|Camtel|Nexttel|Blue",
      mm="MTN MoMo|Orange Money|Express Union|YUP|Mobile Money|EU Mobile",
      bank="Afriland First Bank|SCB|SGC|UBA|Ecobank|BICEC|CCA Bank|Bange",
      util="ENEO|Camwater|CDE|Canal+|StarTimes",
      shop="Glotelho|Santa Lucia|Mahima|Carrefour Market|Dovv|Niki|Jumia Deals|Kilimanjaro",
      ride="Gozem|Yango|Heetch|moto-taxi",
      air="Camair-Co|ASKY|Air Côte d'Ivoire|Ethiopian",
      phone=["+237 6## ## ## ##", "6{5|7|8|9}# ## ## ##", "6{5|7|9}#######", "+237 6{7|9}#######", "00237 6########", "2 33 ## ## ##"],
      addr=["Bonapriso, rue Koloko, derrière Total", "Akwa, bd de la Liberté, imm. {Ekwalla|Socar|Hintz} {2e|3e} étage", "Bastos, rue !.!##, porte !#", "Biyem-Assi, lieu dit Acacias, face pharmacie", "Makepe Missoké, carrefour {Tôle|BM}, maison !#", "Mvog-Mbi, rue !##, derrière l'école publique", "Bonamoussadi, rue !##, villa !#", "Deïdo, rue Mermoz, face boulangerie"],
      pobox=["BP !###", "B.P. !####", "BP !### Yaoundé"],
      post=[],
      ids=[("CNI|cni|N° CNI", "!#########{0|1}#{0|1|2}"), ("CNI", "{1|2}#######"), ("passeport", "{AA|BA}!######"), ("NIU", "P!##########%")],
      iban=("CM", "#######################"),
      ),
    R(key="ci", lang="fr", cult=["akan", "akan", "moore", "bambara", "fula"],
      city="Abidjan|Cocody|Yopougon|Plateau|Treichville|Marcory|Abobo|Bouaké|Yamoussoukro|San-Pédro|Korhogo|Daloa|Grand-Bassam",
      hood="Riviera 3|Angré|Deux Plateaux|Zone 4|Adjamé|Koumassi|Playce Marcory|Cap Sud|Sococé|Cosmos Yopougon|Bingerville|Marché d'Adjamé",
      cur="{n} FCFA|{n} F|{n} francs|{n}f|{n} XOF",
      tel="Orange CI|Orange|MTN CI|MTN|Moov Africa|Moov",
      mm="Wave|Orange Money|MTN MoMo|Moov Money|Djamo|Push",
      bank="SGCI|Ecobank|NSIA Banque|BICICI|BNI|SIB|Coris Bank|Banque Atlantique|BACI",
      util="CIE|SODECI|Canal+|StarTimes",
      shop="Jumia|Carrefour|Prosuma|CDCI|Glovo|Yango Deli|Coin Afrique|King Cash|Hayat",
      ride="Yango|Heetch|Uber|Gozem|woro-woro",
      air="Air Côte d'Ivoire|ASKY|Air France|Brussels Airlines",
      phone=["+225 0{1|5|7} ## ## ## ##", "0{1|5|7} ## ## ## ##", "0{1|5|7}########", "+2250{7|5}########", "27 2# ## ## ##"],
      addr=["Cocody Riviera 3, cité {Les Lauriers|Palmeraie|SIR}, villa !#", "Yopougon Niangon, près de la pharmacie, lot !##", "Marcory Zone 4, rue du Dr Blanchard, imm. {Le Fromager|Kalao} apt !#", "Angré 8e tranche, ilot !##, lot !###", "Deux Plateaux Vallon, rue J!#, villa !#", "Abobo Baoulé, derrière le maquis, lot !##", "Koumassi Remblais, rue !#, porte !#"],
      pobox=["01 BP !### Abidjan 01", "BP V !##", "08 BP !### Abidjan 08"],
      post=[],
      ids=[("CNI|cni|N° CNI", "C00!########"), ("NNI", "!##########"), ("attestation", "A!#######"), ("passeport", "{18|19|20}%%!####")],
      iban=("CI", "CI######################"),
      ),
    R(key="cd", lang="fr", cult=["kikongo", "kikongo", "kikongo", "sango", "sango"],
      city="Kinshasa|Kin|Lubumbashi|Goma|Matadi|Boma|Kisangani|Bukavu|Brazzaville|Brazza|Pointe-Noire|Bangui|Berbérati|Bambari",
      hood="Gombe|Limete|Ngaliema|Matonge|Bandalungwa|Kintambo|Marché central|Kin Plaza|UPN|Victoire|Poto-Poto|Bacongo|PK5|Lakouanga|Sica 2",
      cur="{n} FC|{n} CDF|{n} USD|${n}|{n} dollars|{n} XAF|{n} FCFA",
      tel="Vodacom|Airtel RDC|Orange RDC|Africell|MTN Congo|Airtel Congo|Orange Centrafrique|Telecel Centrafrique|Moov Centrafrique",
      mm="M-Pesa|Airtel Money|Orange Money|Illicocash|MTN MoMo|Afrimoney",
      bank="Rawbank|Equity BCDC|TMB|Ecobank|FBNBank|Access Bank RDC|BGFIBank|Ecobank Centrafrique|Afriland",
      util="SNEL|REGIDESO|ENERCA|SODECA|E2C|Canal+|Startimes",
      shop="Kin Marché|City Market|Peloustore|Hasson & Frères|Shoprite|Yango|Kelasi|Super U",
      ride="Yango|taxi-bus|Heetch|Uber",
      air="Congo Airways|CAA|Air Congo|ASKY|Ethiopian|Kenya Airways",
      phone=["+243 8{1|2|4|5|9} ### ####", "08{1|2|4|5|9} ### ####", "08{1|2|9}#######", "+243 9{7|9} ### ####", "+242 06 ### ####", "06 ### ## ##", "+236 7{2|5|7} ## ## ##"],
      addr=["av. Kasa-Vubu n°!#, Q. Matonge, C. Kalamu", "n° !#, av. de la Justice, Gombe", "av. Lumumba !##, Q/Kingabwa, C/Limete", "quartier Sica 2, rue !#, porte !#", "PK5, près de la mosquée centrale, maison !#", "!# rue Mbochis, Poto-Poto", "av. {Tombalbaye|du Commerce|des Aviateurs} n°!##, Gombe", "Q. Righini, av. {Mont Ngafula|Lutendele} n° !#, C. Lemba"],
      pobox=["BP !###", "B.P. !###", "BP !### Kin I"],
      post=[],
      ids=[("carte d'électeur|electeur|voter card", "!#########"), ("passeport", "OP!######"), ("CNI", "!#######")],
      iban=("CG", "#######################"),
      ),
]

# ---------------------------------------------------------------- shared o vocab
DEVICES = L("iPhone 15 Pro, iPhone 13, iPhone 11, Galaxy A15, Galaxy S24, Galaxy A05s, Tecno Camon 20, Tecno Spark 10, Infinix Hot 40, Infinix Note 30, itel A70, Redmi Note 13, Huawei B535, ZTE MF286, TP-Link Deco, Oppo A78, Nokia 105, Apple Watch, AirPods Pro, PS5, Samsung QLED TV, Huawei Y9, MiFi, Honor X8, Xiaomi 14, Pixel 8, LG fridge, Hisense AC")
PLANS = L("Freedom plan, Power Plan, Smart Pack, Internet bundle, Night bundle, Social bundle, Wi-Fi box, 5G Home, Fibre 100, Postpaid 150, Super Sawa, eLife Unlimited, Pass Internet, Mega Pass, Yakhlé, Kado, Awa Pass, Weekend pass, data rollover, roaming pack, eSIM, Flexi plan, Illimix, Pass Jour, XtraValue, SME data, Yellow bundle")
STREAM = L("Shahid VIP, OSN+, beIN Connect, STARZPLAY, Anghami, Netflix, Spotify, Canal+, DStv Compact, GOtv Max, StarTimes, Showmax, Boomplay, Audiomack, YouTube Premium, TOD, Watch It, Yango Play, Filimo, Namava")
COURIER = L("Aramex, DHL, SMSA, Naqel, Bosta, Amana, GIG Logistics, Kwik, Speedaf, Yalidine, Chronopost, Emirates Post, SPL, Israel Post, Ghana Post, NIPOST, FedEx, J&T, Quiqup, iMile, Shipa, DHL Express")
TOOLS = L("Genesys, Salesforce, Siebel, Zendesk, Freshdesk, Avaya, CRM, Five9, WhatsApp Business, Teams, Oracle BRM, Amdocs, Sprinklr, Verint, SAP, Kustomer, Jira")
TEAMS = L("Tier 2, L2, L3, Retention, Collections, Billing, Fraud desk, Back Office, KYC team, NOC, Field Ops, Escalations, VIP queue, Arabic queue, French queue, Chargebacks, Disputes, Refunds, Baggage Services, Loyalty desk, Complaints, Social Media team, Quality, Tech Support, Sales, Recovery, Dealer support, Merchant desk, Agent network team, Care Ops, WFM, Team Lead, SME desk")
JARGON = L("FCR, AHT, CSAT, NPS, SLA, TAT, RCA, KYC, OTP, PIN reset, PUK, SIM swap, MNP, port-in, USSD, APN, 4G, LTE, FTTH, ONT, PNR, NDC, EMD, PIR, MCO, eKYC, chargeback, DC, ACW, hold, warm transfer, cold transfer, callback, dispo, wrap-up, ticket, SR, P1, P2, RMA, DOA, COD, OOS, ETA, POD, IVR, CLI, QA, DSAR, goodwill credit, pro-rata, top-up, airtime, recharge, float, cash-in, cash-out, reversal")
SHORT = L("pls, thx, tmrw, asap, fyi, w/, b4, bc, r/s, eta, np, tbh, wrt, acc, acct, txn, ref, amt, bal, esc, cb, vm, xfer, cx, cust, msg, info, approx, re, abt, ok, k, btw, nvm, idk")
LOCAL = L("yalla, inshallah, khalas, wallah, ma3lesh, mafi mushkil, habibi, abeg, wahala, chale, ça va aller, on est ensemble, dêh, walahi, sha, ehn, no wahala, bsahtek, 3adi, tayeb, merci, wesh, bezzaf, yani, akwaaba, dank, chai")
MISC_PLACES = L("Dubai Airport T3, Hamad Airport, King Khalid Airport, Cairo Airport T2, Mohammed V Airport, Ben Gurion, Imam Khomeini Airport, Blaise Diagne Airport, Kotoka, Murtala Muhammed Airport, Nnamdi Azikiwe Airport, Aéroport de Douala, FHB Airport, N'Djili, Modibo Keita Airport, Ouagadougou airport, Queen Alia Airport, Rafic Hariri Airport")
TAGS = L("#win, #fcr, #retention, #upsell, #goodwill, #happycx, #savedcx, #kyc, #refund, #escalation")

ISSUES = L("double charge, failed top-up, no network, slow internet, wrong bill, bundle not activated, refund not received, late delivery, damaged parcel, card declined, app login issue, OTP not coming, blocked SIM, missing cashback, baggage delayed, seat change, meter not loading token, wrong item delivered, driver overcharged, account frozen, reversal pending, promo not applied, roaming not working, router offline, pin locked, KYC rejected, subscription auto-renewed, flight cancelled, boarding pass not issued")
FIXES = L("reset done, reversed the txn, resent token, refund raised, reactivated bundle, rebooked, waived the fee, applied goodwill credit, re-provisioned line, unlocked acct, pushed OTP again, raised ticket to L2, swapped SIM, updated profile, sent new voucher, credited miles, reset APN, re-sent boarding pass, cleared cache, restarted router remotely")
OUTCOMES = L("cx happy, cx very happy, cust satisfied, resolved on 1st call, FCR, issue fixed, closed, sorted, cx thanked us, WIN, great call, happy ending, cx said we saved the day, no more complaint, cx will stay with us, retention saved, cx promised 5 stars, done and dusted, case closed")

FRAGS_PRE = L("update:, fyi, note:, wins:, quick one -, NB, pls note, good one -, call summary:, chat:, email case:, WA chat:, outbound:, inbound call,, escalation -, callback -")
FRAGS_POST = L("thx, pls fu, fu tmrw, cx happy, closed, FCR, noted, done, DONE, win, resolved, no further action, will monitor, tagged for QA, awaiting L2, good vibes, pending cx confirmation, sorted, 5/5 CSAT, survey sent")


# ---------------------------------------------------------------- generators
def luhn_complete(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


class Ctx:
    def __init__(self, rng, listed):
        self.r = rng
        self.listed = listed
        self.given_pool = {}
        self.fam_pool = {}
        for cult in CULT:  # dict order is fixed by definition
            m, f, fam = CULT[cult]
            self.given_pool[(cult, "m")] = [x for x in m if self.ok(x)]
            self.given_pool[(cult, "f")] = [x for x in f if self.ok(x)]
            self.fam_pool[cult] = [x for x in fam if self.ok(self.core(x))]
        self.reg = REGIONS[0]

    # ---- name helpers
    PARTS = ("Al ", "El ", "Ben ", "Ould ", "Ait ", "Abu ", "Abou ", "Abdel ")

    def core(self, fam):
        for p in self.PARTS:
            if fam.startswith(p):
                return fam[len(p):]
        return fam

    def ok(self, s):
        for w in re.split(r"[\s\-'’.]+", s):
            if w and fold(w) in self.listed:
                return False
        return True

    def render_family(self, fam):
        r = self.r
        for p in self.PARTS:
            if fam.startswith(p):
                core = fam[len(p):]
                pp = p.strip()
                opts = [pp + " " + core, pp + "-" + core, pp.lower() + "-" + core,
                        pp.lower() + " " + core, pp + core, pp + core.lower()]
                x = r.choice(opts)
                if self.ok(x):
                    return x
                return pp + core.lower()
        return fam

    def given(self, cult, g):
        pool = self.given_pool[(cult, g)] or self.given_pool[("ewe", g)]
        return self.r.choice(pool)

    def family(self, cult):
        pool = self.fam_pool[cult] or self.fam_pool["ewe"]
        return self.render_family(self.r.choice(pool))

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    # ---- region vocab
    def f(self, pat):
        r = self.r
        out = []
        i = 0
        while i < len(pat):
            ch = pat[i]
            if ch == "#":
                out.append(str(r.randrange(10)))
            elif ch == "!":
                out.append(str(r.randrange(1, 10)))
            elif ch == "%":
                out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            elif ch == "{":
                j = pat.index("}", i)
                out.append(self.f(r.choice(pat[i + 1:j].split("|"))))
                i = j
            else:
                out.append(ch)
            i += 1
        return "".join(out)

    def v(self, key):
        return self.pick(self.reg[key])

    def amt(self):
        r = self.r
        n = r.choice([r.randrange(5, 100), r.randrange(100, 1000), r.randrange(1000, 50000),
                      r.randrange(1, 60) * 500])
        if n >= 1000 and r.random() < 0.6:
            sep = r.choice([",", " ", "."])
            s = "{:,}".format(n).replace(",", sep)
        else:
            s = str(n)
        return self.pick(self.reg["cur"]).replace("{n}", s)

    def brand(self):
        key = self.pick(["tel", "mm", "bank", "util", "shop", "ride", "air"])
        return self.v(key)

    # ---- person
    def person(self, cult=None, g=None):
        r = self.r
        cult = cult or self.pick(self.reg["cult"])
        g = g or r.choice("mf")
        grp = GROUP[cult]
        giv = self.given(cult, g)
        fam = self.family(cult)
        for _ in range(5):
            if fold(fam) not in fold(giv) and fold(giv) not in fold(fam):
                break
            fam = self.family(cult)
        hon = self.pick(HON[grp][0 if g == "m" else 1])
        k = r.random()
        N = lambda s: (s, "name")
        O = lambda s: (s, "o")
        segs = None
        if k < 0.17:
            segs = [N(giv)]
        elif k < 0.38:
            segs = [N(giv + " " + fam)]
        elif k < 0.50:
            segs = [O(hon + " "), N(fam)]
        elif k < 0.57:
            segs = [O(hon + " "), N(giv)]
        elif k < 0.61:
            segs = [N(fam)]
        elif k < 0.67:
            segs = [N(fam.upper() if r.random() < 0.7 else fam), O(", "), N(giv)]
        elif k < 0.74:
            if grp in ("fra", "cen") or r.random() < 0.3:
                segs = [N((fam.upper() if r.random() < 0.6 else fam) + " " + giv)]
            else:
                segs = [N(giv + " " + fam)]
        elif k < 0.79:
            ini = fold(giv)[0].upper()
            segs = [N(r.choice([ini + ". " + fam, ini + "." + fam, fam + " " + ini, ini + " " + fam]))]
        elif k < 0.94:
            segs = self.special(cult, g, giv, fam, hon)
        elif k < 0.97:
            segs = [N(giv + " " + fam.upper())]
        else:
            segs = [O(hon + " "), N(giv + " " + fam)]
        return segs, {"g": g, "cult": cult, "giv": giv, "fam": fam}

    def special(self, cult, g, giv, fam, hon):
        r = self.r
        N = lambda s: (s, "name")
        O = lambda s: (s, "o")
        grp = GROUP[cult]
        giv2 = self.given(cult, "m")
        if grp == "arab":
            opts = []
            kunya = {"gulf": ["Abu", "Umm", "Um"], "levant": ["Abu", "Umm", "Em", "Imm"],
                     "egypt": ["Abu", "Om", "Umm"]}[cult]
            kp = kunya[0] if g == "m" else r.choice(kunya[1:])
            if self.ok(kp):
                opts.append([N(kp + " " + giv2)])
            if cult == "gulf":
                link = "bin" if g == "m" else "bint"
                if self.ok(link):
                    opts.append([N(giv + " " + link + " " + giv2 + (" " + fam if r.random() < 0.6 else ""))])
            opts.append([N(giv + " " + giv2 + " " + fam)])
            opts.append([O(hon + " "), N(giv + " " + fam)])
            return r.choice(opts)
        if grp == "maghreb":
            opts = [[N(giv + " " + giv2 + " " + fam)], [O(hon + " "), N(giv)]]
            for link in ("ben", "ould", "Ben", "Ould"):
                if self.ok(link) and r.random() < 0.5:
                    opts.append([N(giv + " " + link + " " + giv2)])
            return r.choice(opts)
        if grp == "persian":
            ph = self.pick(POST_HON["persian"][0 if g == "m" else 1])
            return r.choice([[N(giv), O(" " + ph)], [N(giv + " " + fam), O(" " + ph)],
                             [N(giv + "-" + self.given(cult, g))] if g == "f" else [N("Amir-" + giv if self.ok("Amir") else giv)],
                             [N(fam), O(", "), N(giv)]])
        if grp == "hebrew":
            fam2 = self.family(cult)
            return r.choice([[N(giv + " " + fam + "-" + fam2)], [N(giv + " " + fam)], [O(hon + " "), N(fam + "-" + fam2)]])
        if grp == "fra":
            g2 = self.given(cult, g)
            return r.choice([[N(fam.upper() + " " + giv + " " + g2)], [N(giv + " " + g2 + " " + fam)],
                             [O(hon + " "), N(giv + " " + fam)], [O(hon + " "), N(giv)]])
        if grp == "hausa":
            return r.choice([[N(giv + " " + giv2 + " " + fam)], [O(hon + " "), N(giv + " " + fam)],
                             [O(hon + " "), N(giv)], [N(fam + " " + giv)]])
        if grp == "gha":
            fam2 = self.family(cult)
            return r.choice([[N(giv + " " + fam + "-" + fam2)], [O(hon + " "), N(giv + " " + fam)],
                             [N(fam + " " + giv)], [N(giv + " " + self.given(cult, g) + " " + fam)]])
        # cen
        fam2 = self.family(cult)
        return r.choice([[N(fam.upper() + " " + fam2.upper() + " " + giv)], [N(giv + " " + fam + " " + fam2)],
                         [O(hon + " "), N(giv)], [N(fam + "-" + fam2)], [N(fam.upper() + " " + giv)]])

    # ---- PII values
    def phone(self):
        return [(self.f(self.pick(self.reg["phone"])), "phone")]

    def email(self, info=None):
        r = self.r
        if info is None:
            info = {"giv": self.given(self.pick(self.reg["cult"]), r.choice("mf")),
                    "fam": self.family(self.pick(self.reg["cult"]))}
        a = re.sub(r"[^a-z]", "", fold(info["giv"]))
        b = re.sub(r"[^a-z]", "", fold(info["fam"]))
        n = str(r.randrange(1, 99)) if r.random() < 0.5 else r.choice(["", "19" + str(r.randrange(60, 99)), str(r.randrange(70, 99))])
        local = r.choice([a + "." + b, a + b, a[0] + b, a + "_" + b + n, b + "." + a + n, a + n, a + "." + b[0] + n])
        dom = self.pick(["gmail.com", "gmail.com", "yahoo.fr", "yahoo.com", "hotmail.com", "hotmail.fr",
                         "outlook.com", "icloud.com", "live.fr", "ymail.com", "yahoo.co.uk", "outlook.sa",
                         "orange.fr", "aol.com", "gmx.de", "live.com", "proton.me", "emirates.net.ae"])
        return [(local + "@" + dom, "email")]

    def address(self, with_city=None):
        r = self.r
        segs = [(self.f(self.pick(self.reg["addr"])), "address")]
        if with_city or (with_city is None and r.random() < 0.5):
            segs += [(r.choice([", ", " ", " - "]), "o"), (self.v("city"), "~")]
        return segs

    def postcode(self):
        if self.reg["post"]:
            return [(self.f(self.pick(self.reg["post"])), "postcode")]
        return [(self.f(self.pick(self.reg["pobox"])), "address")]

    def pobox(self):
        return [(self.f(self.pick(self.reg["pobox"])), "address")]

    NOT_PERSON_ID = re.compile(r"plate|car|reg no|meter|NUBAN|acct|account|rechev")

    def natid(self, plate=False):
        ents = [e for e in self.reg["ids"] if bool(self.NOT_PERSON_ID.search(e[0])) == plate
                and (not plate or "meter" not in e[0] and "acct" not in e[0])]
        if not ents:
            ents = self.reg["ids"][:1] if not plate else [("plate", "{%|%%} !####")]
        cue, pat = self.pick(ents)
        cue = self.pick(cue.split("|"))
        sep = self.pick([" ", ": ", " # ", " - "] + ([] if cue.endswith("no") else [" no "]))
        return [(cue + sep, "o"), (self.f(pat), "id")]

    def order(self, kind=None):
        r = self.r
        kind = kind or r.choice(["order", "order", "ticket", "acct", "booking", "ref", "cust", "policy", "meter", "txn"])
        if kind == "order":
            cue = self.pick(["order", "order no", "ord", "order #", "Order ID", "order id"])
            pat = self.pick(["{ORD-|}!########", "!##-#######-#######", "N!#######%", "{JUM|KNG}!#######", "!#########"])
        elif kind == "ticket":
            cue = self.pick(["ticket", "case", "SR", "TT", "complaint no", "inc", "ticket #"])
            pat = self.pick(["INC0######", "CS-202{3|4|5}-!#####", "SR!#######", "TKT-!#####", "!#######", "CAS-!####-%!%!"])
        elif kind == "acct":
            cue = self.pick(["acct", "account no", "a/c", "acc no", "customer no", "CIF", "MSISDN acct", "BAN"])
            pat = self.pick(["!#########", "ACC-!#####", "{1|2|3}#######", "!###-####-##", "CIF!######"])
        elif kind == "booking":
            cue = self.pick(["PNR", "booking ref", "booking", "pnr", "e-ticket"])
            pat = self.pick(["%{%|#}%{%|#}%%", "%%%{%|#}%{%|#}", "{176|065|157|077|147|114|071|607|072}-!#########"])
        elif kind == "ref":
            cue = self.pick(["ref", "ref no", "reference", "claim ref"])
            pat = self.pick(["{RF|CLM|REF}!#######", "!#####/{23|24|25}", "%%!#####"])
        elif kind == "cust":
            cue = self.pick(["cust id", "customer ID", "user id", "member no", "Skywards no", "loyalty no"])
            pat = self.pick(["{EK|EY|}!########", "U!######", "!##########"])
        elif kind == "policy":
            cue = self.pick(["policy", "policy no", "pol"])
            pat = self.pick(["POL-!######", "{MTR|HLT|TRV}/{23|24}/!#####", "!#########"])
        elif kind == "meter":
            cue = self.pick(["meter no", "meter", "contract no", "premise no", "DEWA acc"])
            pat = self.pick(["!##########", "0{1|4}########", "!### #### ###"])
        else:
            cue = self.pick(["txn id", "trans id", "txn ref", "MoMo ref", "Wave ref"])
            pat = self.pick(["{MP|CI|PP|OM}!#####.!###.%!####", "T_!%!%!%!%", "!##########", "{FT|TRF}!#########"])
        sep = self.pick([" ", ": ", " #", " - ", " no. "]) if not cue.endswith("#") else " "
        return [(cue + sep, "o"), (self.f(pat), "id")]

    def card4(self):
        cue = self.pick(["card ending ", "card ending in ", "visa ending ", "mastercard ending ", "mada card ending ",
                         "card last 4 ", "last 4 digits ", "debit card ending ", "cc ending ", "card xxxx", "card ***", "Verve card ending "])
        return [(cue, "o"), ("%04d" % self.r.randrange(10000), "card")]

    def cardfull(self):
        r = self.r
        pre = r.choice(["4", "5" + str(r.randrange(1, 6)), "5061", "4847", "5297", "4390"])
        ln = 19 if pre == "5061" and r.random() < 0.5 else 16
        digits = pre + "".join(str(r.randrange(10)) for _ in range(ln - 1 - len(pre)))
        num = luhn_complete(digits)
        if r.random() < 0.6:
            num = r.choice([" ", "-"]).join(num[i:i + 4] for i in range(0, len(num), 4))
        return [(num, "card")]

    def iban(self):
        r = self.r
        spec = self.reg["iban"] or self.pick([REGIONS[0]["iban"], REGIONS[1]["iban"], REGIONS[3]["iban"]])
        cc, pat = spec
        bban = self.f(pat)
        ib = cc + iban_check(cc, bban) + bban
        if r.random() < 0.55:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return [(ib, "iban")]

    def ip(self):
        r = self.r
        if r.random() < 0.1:
            return [("2c0f:{f248|fb50|f4c0}:%x:%x::%x" .replace("{f248|fb50|f4c0}", r.choice(["f248", "fb50", "f4c0"])) % (r.randrange(4096), r.randrange(65536), r.randrange(1, 65536)), "ip")]
        first = r.choice([41, 102, 105, 154, 196, 197, 5, 31, 37, 94, 151, 185, 212, 2, 62, 86, 176])
        return [("%d.%d.%d.%d" % (first, r.randrange(256), r.randrange(256), r.randrange(1, 255)), "ip")]

    def url(self, info=None):
        r = self.r
        if info is None:
            info = {"giv": self.given(self.pick(self.reg["cult"]), "m"), "fam": self.family(self.pick(self.reg["cult"]))}
        a = re.sub(r"[^a-z]", "", fold(info["giv"]))
        b = re.sub(r"[^a-z]", "", fold(info["fam"]))
        ph = re.sub(r"\D", "", self.f(self.pick(self.reg["phone"])))
        u = r.choice([
            "https://wa.me/" + ph,
            "wa.me/" + ph,
            "facebook.com/" + a + "." + b + "." + str(r.randrange(1, 99)),
            "https://www.facebook.com/profile.php?id=1000" + str(r.randrange(10 ** 10, 10 ** 11)),
            "instagram.com/" + a + "_" + b + str(r.randrange(1, 99)),
            "https://crm.internal/customers/" + str(r.randrange(100000, 9999999)),
            "https://portal.care.local/case/" + str(r.randrange(10 ** 6, 10 ** 8)) + "/profile",
            "linkedin.com/in/" + a + "-" + b + "-" + "%x" % r.randrange(4096, 65535),
            "tiktok.com/@" + a + b[:3] + str(r.randrange(10, 999)),
            "https://x.com/" + a + "_" + b[:4],
        ])
        return [(u, "url")]

    def dob(self):
        r = self.r
        y = r.randrange(1950, 2006)
        m = r.randrange(1, 13)
        d = r.randrange(1, 29)
        mon_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        mon_full = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        mon_fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        opts = ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%02d" % (d, m, y % 100),
                "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mon_en[m - 1], y),
                "%s %d, %d" % (mon_full[m - 1], d, y), "%d%s %s %d" % (d, "th" if d > 3 and d < 21 else ["st", "nd", "rd"][d % 10 - 1] if d % 10 in (1, 2, 3) else "th", mon_full[m - 1], y),
                "%d %s %02d" % (d, mon_en[m - 1].upper(), y % 100)]
        if self.reg["lang"] == "fr":
            opts += ["%d %s %d" % (d, mon_fr[m - 1], y)] * 3
        if self.reg["key"] == "ir":
            opts += ["13%d/%02d/%02d" % (r.randrange(30, 84), m, d)] * 3
        if self.reg["key"] in ("sa", "gcc"):
            opts += ["14%02d/%02d/%02d" % (r.randrange(0, 25), m, d)]
        return [(r.choice(opts), "dob")]

    def dobcue(self):
        if self.reg["lang"] == "fr" and self.chance(0.4):
            return self.pick(["né le ", "née le ", "DDN ", "date de naissance ", "ddn: "])
        return self.pick(["DOB ", "dob ", "DOB: ", "D.O.B ", "born ", "b. ", "date of birth ", "birthdate ", "dob - ", "DoB "])


# ---------------------------------------------------------------- templates
def J(*parts):
    out = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            if p:
                out.append((p, "o"))
        else:
            out.extend(p)
    return out


def P(c, **kw):
    return c.person(**kw)[0]


def he(info):
    return "he" if info["g"] == "m" else "she"


def his(info):
    return "his" if info["g"] == "m" else "her"


def cx(c):
    return c.pick(["cx", "cust", "customer", "caller", "client", "cx", "Cx", "Customer"])


# --- templates with personal data
def t01(c):
    p, i = c.person()
    return J(cx(c) + " ", p, " called re " + c.pick(ISSUES) + " on " + c.v("tel") + ", " + c.pick(FIXES) + ". cb on ", c.phone())

def t02(c):
    p, i = c.person()
    return J(p, " (", c.phone(), ") - " + c.pick(ISSUES) + " w/ " + c.brand() + ", " + c.pick(OUTCOMES))

def t03(c):
    p, i = c.person()
    return J("verified ", p, " via " + c.pick(["security q", "OTP", "last txn", "ID + DOB", "voice biometrics", "selfie KYC"]) + ", " + c.dobcue(), c.dob(), ", " + c.pick(FIXES))

def t04(c):
    segs, i = c.person()
    return J(c.pick(["", "CRM: ", "name on file: "]), segs, " " + c.pick(["-", "|", "//"]) + " ", c.order(), " - " + c.pick(ISSUES) + ". escalated to " + c.pick(TEAMS))

def t05(c):
    p, i = c.person()
    return J("refund of " + c.amt() + " back to ", c.card4(), " for ", c.order(), " - ", p, " " + c.pick(["happy", "v happy", "relieved", "ok with it", "thanked us"]))

def t06(c):
    p, i = c.person()
    return J("sent " + c.pick(["e-statement", "invoice", "new contract", "refund confirmation", "ticket copy", "clearance letter", "proforma"]) + " to ", c.email(i if c.chance(0.7) else None), " for ", p)

def t07(c):
    p, i = c.person()
    return J(p, " moving to ", c.address(), c.pick(["", " ", ", "]) if False else "", " - updated billing addr in " + c.pick(TOOLS) + ", " + c.pick(OUTCOMES))

def t08(c):
    p, i = c.person()
    pc = c.postcode() if c.chance(0.5) else None
    return J("delivery addr: ", c.address(), (" " if pc else ""), pc, " . " + cx(c) + " ", p, " says " + c.v("ride") + c.pick([" rider", " driver", " courier"]) + c.pick([" couldnt find it", " cant find the gate", " went to wrong bldg", " keeps calling"]))

def t09(c):
    p, i = c.person()
    return J("IBAN ", c.iban(), " added for ", p, " " + c.pick(["payout", "refund", "salary transfer", "cashback", "claim"]) + ", " + c.v("bank") + " " + c.pick(["confirmed", "to validate", "verified name match"]))

def t10(c):
    p, i = c.person()
    return J("login from IP ", c.ip(), " flagged by " + c.pick(["Fraud desk", "fraud team", "risk", "SOC"]) + ", ", p, " confirmed it was " + ("him" if i["g"] == "m" else "her") + " on " + c.pick(["holiday", "VPN", "work laptop", "new phone"]) + ", unblocked")

def t11(c):
    p, i = c.person()
    return J(p, " booked " + c.v("air") + " ", c.order("booking"), " " + c.v("city") + "-" + c.pick(["DXB", "CAI", "JED", "IST", "CDG", "ADD", "LHR", "DOH", "CMN", "LOS", "ACC", "DKR"]) + ", name " + c.pick(["mismatch", "typo", "spelling"]) + " on ticket fixed, " + c.pick(OUTCOMES))

def t12(c):
    p, i = c.person(g="f")
    cult = i["cult"]
    p2 = [(c.given(cult, c.pick("mf")), "name")]
    grp = GROUP[cult]
    kin = c.pick(HON[grp][1])
    return J(kin + " ", [(i["giv"], "name")] if c.chance(0.6) else p[-1:], " + her " + c.pick(["son", "daughter", "nephew", "niece", "grandson"]) + " ", p2, " both on " + c.v("tel") + " " + c.pick(PLANS) + ", " + c.pick(OUTCOMES))

def t13(c):
    p, i = c.person()
    return J("sim swap for ", p, ", ", c.natid(), " checked, new sim active " + c.pick(["in 10 min", "straight away", "after 2h", ""]))

def t14(c):
    p, i = c.person()
    return J(p, "'s " if c.chance(0.7) else "s ", c.pick(DEVICES) + " stuck in repair at " + c.v("shop") + " " + c.v("hood") + ", ", c.order(c.pick(["ticket", "order", "ref"])))

def t15(c):
    p, i = c.person()
    return J("wallet ", c.phone(), " (", p, ") sent " + c.amt() + " to wrong no. ", c.phone(), " on " + c.v("mm") + ", reversal raised ", c.order(c.pick(["txn", "ticket", "ref"])))

def t16(c):
    p, i = c.person()
    return J(c.pick(["meter no ", "meter ", "meter number "]), [(c.f("{0|4|6|1}##########"), "id")], " - ", p, " bought " + c.v("util") + " token " + c.amt() + " didnt load, " + c.pick(["resent", "regenerated", "sent KCT codes", "manual load done"]))

def t17(c):
    p, i = c.person()
    return J(c.pick(["profile link: ", "link to profile ", "social: ", "ref link "]), c.url(i if c.chance(0.6) else None), " - ", p, " " + c.pick(["complained publicly", "tagged us", "DMed us", "asked for refund"]) + ", " + c.pick(OUTCOMES))

def t18(c):
    p, i = c.person()
    return J("spoke w/ ", p, " @ ", c.phone(), ", " + he(i) + " wants callback tmrw " + c.pick(["10am", "after 4", "after maghrib", "morning", "2pm", "b4 noon"]))

def t19(c):
    p, i = c.person()
    return J("name: ", p, c.pick([" | tel: ", " / ph ", " tel "]), c.phone(), c.pick([" | mail: ", " / email ", " "]), c.email(i), " | " + c.pick(ISSUES))

def t20(c):
    p, i = c.person()
    return J("ID check: ", c.natid(), ", " + c.dobcue(), c.dob(), " - match ok for ", p)

def t21(c):
    p, i = c.person()
    return J(c.pick(["statements to ", "mail to ", "courier docs to ", "letters to "]), c.pobox(), ", " + c.v("city") + " for ", p, ", " + c.pick(["confirmed", "updated", "per cx request"]))

def t22(c):
    p, i = c.person()
    return J(p, " " + c.pick(["very upset", "angry", "shouting", "calm but firm", "disappointed"]) + " re " + c.pick(ISSUES) + ", " + c.pick(TEAMS) + " to call back on ", c.phone(), " b4 " + c.pick(["5pm", "Friday", "end of day", "Eid", "tmrw"]))

def t23(c):
    p, i = c.person()
    return J("new acct opened for ", p, ", ", c.order(), ", " + c.dobcue(), c.dob(), ", ", c.email(i))

def t24(c):
    p, i = c.person()
    cult = i["cult"]
    p2, i2 = c.person(cult=cult, g="f" if i["g"] == "m" else "m")
    return J(p, " and ", p2, " (" + c.pick(["wife", "husband", "brother", "sister", "mum", "son", "cousin"]) + ") both called abt same bill, ", c.order())

def t25(c):
    p, i = c.person()
    return J(c.natid(plate=True), " - " + c.v("ride") + " driver ", p, " overcharged " + c.amt() + ", refunded to wallet")

def t26(c):
    p, i = c.person()
    return J(c.pick(["colleague ", "my TL ", "agent ", "", "supervisor "]), [(i["giv"], "name")] if c.chance(0.6) else p, " from " + c.pick(TEAMS) + " took over, ", c.order())

def t27(c):
    p, i = c.person()
    return J("pin sent to ", p, ": ", c.address(True), c.pick([" gate 2", " blue door", " - 3rd floor", ", next to mosque", " (opp pharmacy)", ""]))

def t28(c):
    p, i = c.person()
    return J(c.dobcue().upper() if c.chance(0.2) else "DOB mismatch: system has ", c.dob(), ", ", p, " says ", c.dob(), " - " + c.pick(["sent to KYC team", "pending docs", "corrected after passport check"]))

def t29(c):
    p, i = c.person()
    return J("card ", c.cardfull(), " blocked after " + c.pick(["fraud alert", "3 wrong PINs", "lost wallet", "suspicious txn"]) + ", ", p, " to visit " + c.v("bank") + " " + c.v("hood") + " branch")

def t30(c):
    p, i = c.person()
    return J("Tel ", c.phone(), " // ", p, " // " + c.brand() + " " + c.pick(PLANS + DEVICES) + " // " + c.pick(OUTCOMES))

def t31(c):
    p, i = c.person()
    return J(p, " asked to change email from ", c.email(i), " to ", c.email(i), ", " + c.pick(["OTP verified", "done", "verified via call back", "pending 24h"]))

def t32(c):
    p, i = c.person()
    return J("whatsapp ", c.phone(), " - ", [(i["giv"], "name")], " sent pics of damaged " + c.pick(DEVICES + ["parcel", "box", "suitcase", "fridge"]) + ", ", c.order("order"))

def t33(c):
    p, i = c.person()
    return J(p, " - passport ", [(c.f("{%|%%}!#######"), "id")], " - " + c.v("air") + " " + c.pick(["visa issue", "API data wrong", "name change", "OK to board"]) + ", " + c.pick(OUTCOMES))

def t34(c):
    p, i = c.person()
    return J("lives ", c.address(), ", " + he(i) + " " + c.pick(["asked for technician", "wants fibre", "reported cable cut", "has no signal indoors"]) + " (", p, ")")

def t35(c):
    p, i = c.person()
    return J(c.pick(["duplicate profiles ", "2 accounts "]), [(c.f("!########"), "id")], " & ", [(c.f("!########"), "id")], " merged, both ", p)

def t36(c):
    p, i = c.person()
    return J("pls note ", p, " prefers " + c.pick(["Arabic", "French", "English", "Farsi", "Hebrew", "Hausa", "Twi", "Wolof", "Lingala", "Bambara", "Pidgin"]) + ", calls from ", c.phone(), " only")

def t37(c):
    p, i = c.person()
    return J(c.pick(["gps addr ", "digital address ", "zip ", "postcode ", "postal code "]), c.postcode(), " for ", p, ", " + c.v("shop") + " delivery " + c.pick(["rescheduled", "confirmed", "ok"]))

def t38(c):
    p, i = c.person()
    p2, _ = c.person()
    return J(p, " transferred " + c.amt() + " to ", p2, " via " + c.v("mm") + " but " + c.pick(["no SMS", "receiver didnt get it", "debited twice", "stuck pending"]) + ", ", c.order())

def t39(c):
    p, i = c.person()
    return J(cx(c) + " ", p, " " + c.pick(["wants", "asked for"]) + " " + c.pick(["bank details update", "refund via IBAN", "transfer to"]) + " ", c.iban())

def t40(c):
    p, i = c.person()
    return J(p, c.pick([": ", " - ", " says "]), c.pick(["no network since Tues", "bill too high", "need PUK", "lost phone", "line barred", "wants to upgrade"]) + ", ", c.natid(), ", " + c.pick(FIXES))

def t41(c):
    p, i = c.person()
    return J(c.pick(["addr ", "address ", "ship to ", "new addr "]), c.address(), c.pick([" ", ", "]), c.postcode(), " - ", p)

def t42(c):
    p, i = c.person()
    return J(c.pick(["spoke to ", "talked to ", "chat with ", "called "]), p, " " + c.pick(["again", "", "finally", "2nd time"]) + ", " + c.pick(ISSUES) + ", " + c.pick(FIXES) + ", " + c.pick(OUTCOMES))

def t43(c):
    p, i = c.person()
    return J("email from ", c.email(i), " re " + c.pick(ISSUES) + ", replied to ", p, " w/ " + c.pick(["steps", "refund ETA", "apology + voucher", "ticket no"]))

def t44(c):
    p, i = c.person()
    return J(c.pick(["shukran to ", "big thx to ", "shoutout to ", "kudos "]), [(i["giv"], "name")], " in " + c.pick(TEAMS) + " for fixing " + c.pick(ISSUES) + " for ", P(c))

def t45(c):
    p, i = c.person()
    return J(c.pick(["cx ", "cust ", ""]), p, " paid " + c.amt() + " w/ ", c.card4(), " but " + c.v("shop") + " order not created, ", c.order(c.pick(["txn", "ticket", "order"])))

def t46(c):
    p, i = c.person()
    return J(c.natid(), " + ", c.phone(), " verified, ", p, " " + c.pick(["upgraded to tier 2 KYC", "got new wallet", "limits raised", "SIM re-registered"]))

def t47(c):
    p, i = c.person()
    return J(p, " " + c.pick(["DOB", "dob", "born"]) + " ", c.dob(), ", " + c.pick(["senior cx discount applied", "age check ok", "student plan not eligible", "minor - needs guardian"]))

def t48(c):
    p, i = c.person()
    return J(c.pick(["fwd to ", "cc'd "]), c.email(), " as asked by ", p, " " + c.pick(["(her accountant)", "(his son)", "(office)", ""]))

def t49(c):
    p, i = c.person()
    return J(p, " " + c.pick(["lost", "damaged", "left"]) + " bag on " + c.v("air") + " " + c.pick(["flight", ""]) + ", PIR ", [(c.f("{DXB|CAI|LOS|ACC|DKR|ABJ|CMN|TLV|AMM}{EK|MS|AT|KQ|HF|LY|RJ}!####"), "id")], ", delivery to ", c.address(True))

def t50(c):
    p, i = c.person()
    return J(c.pick(["ip ", "IP addr ", "device ip "]), c.ip(), " + ", c.url(i), " both belong to ", p)


# --- templates with no personal data
def n01(c):
    return J(c.v("tel") + " " + c.pick(["outage", "4G down", "fibre cut", "no data", "SMS delay"]) + " in " + c.v("hood") + ", " + c.v("city") + ", " + str(c.r.randrange(3, 90)) + " calls in " + c.pick(TEAMS) + ", NOC aware")

def n02(c):
    return J(cx(c) + " asked abt " + c.pick(PLANS) + " on " + c.v("tel") + ", explained " + c.pick(JARGON) + " + " + c.pick(JARGON) + ", " + c.pick(OUTCOMES))

def n03(c):
    return J(c.v("mm") + " txn failed, told " + cx(c) + " to dial " + c.pick(["*144#", "*123#", "#144#", "*170#", "*555#", "*126#", "*110#", "*901#", "*737#", "*894#"]) + " and retry, " + c.pick(OUTCOMES))

def n04(c):
    fl = c.pick(["EK", "EY", "QR", "SV", "MS", "AT", "RJ", "ME", "LY", "HF", "KP", "P4", "W3", "QP", "G9", "FZ", "XY", "ET", "KQ", "AH", "TU"]) + " " + str(c.r.randrange(10, 999))
    return J(c.v("air") + " " + fl + " " + c.v("city") + "-" + c.pick(MISC_PLACES) + " delayed " + str(c.r.randrange(2, 9)) + "h, rebooked on next flight, meal voucher given")

def n05(c):
    return J(c.v("shop") + " order late, " + c.pick(COURIER) + " hub in " + c.v("city") + " backlog, " + c.pick(["ETA 2 days", "promised tmrw", "cx ok to wait", "refund if not by Sun"]))

def n06(c):
    return J(c.v("bank") + " app down since " + c.pick(["9am", "last night", "noon", "3pm"]) + ", " + c.pick(TEAMS) + " aware, " + c.pick(JARGON) + " thru the roof")

def n07(c):
    return J("transfer to " + c.pick(TEAMS) + " - " + c.pick(ISSUES) + ", " + c.pick(["warm xfer", "cold xfer", "ticket logged", "cx on hold 4 min"]))

def n08(c):
    return J(c.v("util") + " prepaid token not loading in " + c.v("hood") + " area, advised to retry after " + str(c.r.randrange(5, 60)) + " mins")

def n09(c):
    return J("compared " + c.pick(DEVICES) + " vs " + c.pick(DEVICES) + " for " + cx(c) + ", went with " + c.pick(DEVICES) + " on " + c.v("tel") + " " + c.pick(PLANS))

def n10(c):
    return J(c.v("ride") + " driver cancelled x" + str(c.r.randrange(2, 5)) + " at " + c.v("hood") + ", promo code " + c.pick(["SORRY20", "WELCOME10", "RAMADAN25", "EID50", "TABASKI"]) + " applied, " + c.pick(OUTCOMES))

def n11(c):
    return J("CSAT " + str(c.r.randrange(3, 6)) + "/5, " + cx(c) + " pleased w " + c.pick(TEAMS) + " + " + c.v("shop") + " " + c.pick(["refund", "exchange", "replacement"]))

def n12(c):
    return J(" ".join(c.r.sample(SHORT, 4)) + " " + c.v("tel") + " " + c.pick(JARGON) + " " + c.pick(LOCAL))

def n13(c):
    return J(c.pick(TOOLS) + " " + c.pick(["freezing", "slow", "logging me out", "not saving notes"]) + " again, raised w/ IT, " + c.pick(JARGON) + " impacted")

def n14(c):
    return J(cx(c) + " wants to port from " + c.v("tel") + " to " + c.v("tel") + ", MNP explained, " + c.pick(["PUK not needed", "needs ID copy", "takes 24h", "keep old SIM active"]))

def n15(c):
    return J(c.v("city") + " branch of " + c.v("bank") + " closed for " + c.pick(["Eid", "Tabaski", "Magal", "Independence Day", "Nowruz", "Yom Kippur", "National Day", "Christmas", "Maouloud"]) + ", told " + cx(c) + " to use " + c.v("mm"))

def n16(c):
    return J("roaming in " + c.pick(["Turkey", "KSA", "France", "UK", "Egypt", "Morocco", "Dubai", "Mali", "Ghana", "Canada", "Germany", "China"]) + " not working on " + c.v("tel") + ", APN reset, " + c.pick(OUTCOMES))

def n17(c):
    return J(c.pick(STREAM) + " charged twice via " + c.v("tel") + " billing, refund " + c.amt() + ", " + c.pick(FIXES))

def n18(c):
    return J("delivery to " + c.v("city") + " takes " + str(c.r.randrange(1, 8)) + " days via " + c.pick(COURIER) + ", " + cx(c) + " " + c.pick(["ok", "not happy", "will wait", "cancelled"]))

def n19(c):
    return J("general enquiry re " + c.pick(DEVICES) + " stock at " + c.v("shop") + " " + c.v("hood") + ", " + c.pick(["in stock", "OOS", "pre-order only", "told to check app"]))

def n20(c):
    return J(c.pick(TEAMS) + " queue at " + str(c.r.randrange(10, 200)) + " waiting, " + c.pick(["pls help", "all hands", "TL approved OT", "skip breaks"]) + " - " + c.pick(LOCAL))

def n21(c):
    return J("handover to " + c.pick(TEAMS) + " for " + c.pick(JARGON) + " on " + c.brand() + " case, " + c.pick(["pending", "done", "ETA 48h"]))

def n22(c):
    return J(c.v("air") + " bag lost at " + c.pick(MISC_PLACES) + ", PIR filed at " + c.pick(["Baggage Services", "the desk", "counter"]) + ", " + c.pick(COURIER) + " delivering")

def n23(c):
    return J(cx(c) + " in " + c.v("city") + " asks if " + c.v("shop") + " accepts " + c.v("mm") + " - yes " + c.pick(["since last month", "for orders above " + c.amt(), "on app only"]))

def n24(c):
    return J(c.pick(DEVICES) + c.pick(["", " (" + c.pick(["imported", "grey import", "2nd hand", "bought in " + c.v("city")]) + ")"]) + " out of warranty, quoted " + c.amt() + " at " + c.v("shop"))

def n25(c):
    return J("fx rate " + c.pick(["AED", "USD", "EUR", "SAR", "XOF", "GHS", "NGN", "EGP", "MAD"]) + " to " + c.pick(["EGP", "INR", "PKR", "XOF", "NGN", "IRR", "TND", "JOD"]) + " query, pointed " + cx(c) + " to " + c.v("bank") + " site / " + c.v("mm"))

def n26(c):
    return J("promo " + c.pick(["Ramadan Kareem", "White Friday", "Black Friday", "Yellow Friday", "11.11", "back to school", "Eid Mubarak", "Nowruz", "Tabaski"]) + " ended " + c.pick(["yesterday", "Sunday", "on the 15th", "last week", "31 Mar"]) + ", " + cx(c) + " upset, gave " + c.pick(["10% code", "free delivery", "goodwill credit"]))

def n27(c):
    return J(c.pick(["Ramadan", "Eid", "Tabaski", "Magal", "Passover", "Nowruz", "summer"]) + " hours for " + c.v("shop") + " " + c.v("hood") + " confirmed " + c.pick(["10am-2am", "till midnight", "closed Fri am", "9-17"]) + ", " + cx(c) + " " + c.pick(["ok", "happy", "noted"]))

def n28(c):
    return J("speed test " + str(c.r.randrange(1, 300)) + " Mbps on " + c.v("tel") + " " + c.pick(PLANS) + " in " + c.v("hood") + ", " + c.pick(["ONT rebooted", "tech visit booked", "within SLA", "Wi-Fi channel changed"]))

def n29(c):
    return J(c.pick(["pickup point", "collection point", "agent shop"]) + " at " + c.v("hood") + " closed, redirected " + cx(c) + " to " + c.v("hood") + " " + c.v("shop"))

def n30(c):
    return J("KYC tier upgrade on " + c.v("mm") + " explained, needs " + c.pick(["ID selfie", "utility bill", "NIN slip", "passport scan", "carte consulaire", "Ghana Card"]) + ", " + c.pick(OUTCOMES))

def n31(c):
    return J("no answer x" + str(c.r.randrange(2, 4)) + ", sms sent via " + c.pick(TOOLS) + ", " + c.pick(["will retry tmrw", "closing per SOP", "case on hold"]) + " " + c.pick(TAGS))

def n32(c):
    return J(c.brand() + " vs " + c.brand() + " - " + cx(c) + " says " + c.pick(["other one cheaper", "we are better", "switching back", "our coverage best in " + c.v("city")]) + ", offered " + c.pick(PLANS))

def n33(c):
    return J(c.pick(["Tier 2", "L2", "Fraud desk", "Back Office"]) + " confirmed " + c.v("bank") + " " + c.pick(["chargeback", "dispute", "reversal"]) + " won, " + c.amt() + " credited, " + c.pick(OUTCOMES))

def n34(c):
    return J(cx(c) + " " + c.pick(["was patient", "very patient", "super nice", "calm", "patient and kind"]) + " during " + c.v("util") + " outage in " + c.v("city") + ", " + c.pick(["restored 6pm", "back online", "ETA tonight"]))

def n35(c):
    return J(c.pick(STREAM) + " " + c.pick(["not loading", "asks for re-login", "bundle missing"]) + " on " + c.pick(DEVICES) + ", " + c.pick(FIXES) + ", " + c.pick(SHORT) + " " + c.pick(LOCAL))

def n36(c):
    return J("iftar rush: " + c.v("shop") + " + " + c.v("shop") + " orders " + c.pick(["late", "delayed", "cancelled"]) + " all over " + c.v("city") + ", scripted apology + " + c.pick(["voucher", "free delivery"]))

def n37(c):
    return J(c.pick(JARGON) + " " + c.pick(JARGON) + " " + c.pick(JARGON) + " - " + c.v("tel") + " " + c.pick(PLANS) + " " + c.pick(OUTCOMES))

def n38(c):
    return J("airtime " + c.amt() + " bought via " + c.v("bank") + " app not received, " + c.v("tel") + " confirmed delay, " + c.pick(["came thru after 20 min", "manual credit", "reversed"]))

def n39(c):
    return J(c.pick(["visa", "transit", "baggage allowance", "excess baggage", "lounge access", "upgrade"]) + " question for " + c.v("air") + " via " + c.pick(MISC_PLACES) + ", checked " + c.pick(["Timatic", "fare rules", "website", "GDS"]) + ", " + c.pick(OUTCOMES))

def n40(c):
    return J("www." + c.pick(["du.ae", "mtn.ng", "wave.com", "jumia.com.ng", "orange.sn", "stc.com.sa", "vodafone.com.eg", "emirates.com", "airpeace.com", "ecg.com.gh", "dewa.gov.ae", "inwi.ma"]) + "/" + c.pick(["help", "faq", "returns", "contact", "fr/aide", "offers"]) + " sent to " + cx(c) + " for " + c.pick(ISSUES))


def fr(c):
    c.reg = c.pick([x for x in REGIONS if x["lang"] == "fr"])


def arab(c):
    c.reg = c.pick([x for x in REGIONS if x["key"] in ("ae", "sa", "gcc", "eg", "lv")])


def pidgin(c):
    c.reg = c.pick([x for x in REGIONS if x["key"] in ("ng", "gh", "cm")])


def t51(c):
    p, i = c.person()
    g = "cliente " if i["g"] == "f" else "client "
    if c.reg["lang"] != "fr":
        fr(c)
        p, i = c.person()
        g = "cliente " if i["g"] == "f" else "client "
    return J(c.pick([g, "abonné ", "appelant "]), p, " " + c.pick(["appelle pour", "se plaint de", "réclame pour"]) + " " + c.pick(["coupure réseau", "transfert bloqué", "facture trop élevée", "crédit non reçu", "forfait non activé"]) + " " + c.v("tel") + ", rappel au ", c.phone(), " " + c.pick(["demain matin", "après 15h", "svp", ""]))

def t52(c):
    p, i = c.person()
    fr(c)
    return J(p, " a " + c.pick(["payé", "envoyé", "retiré"]) + " " + c.amt() + " via " + c.v("mm") + " mais " + c.pick(["pas reçu", "débité 2 fois", "code pas arrivé", "bloqué en attente"]) + ", ", c.order("txn"), ", " + c.pick(["réclamation ouverte", "remboursé", "escaladé au Back Office", "c'est réglé"]))

def t53(c):
    arab(c)
    p, i = c.person()
    return J(c.pick(["el 3amil ", "el customer ", "el cx ", "3amil "]), p, " " + c.pick(["3ayez refund", "mesh 3aref ye3mel login", "za3lan 3ashan el bill", "bye2ool el net wa2ef"]) + " " + c.v("tel") + ", " + c.pick(["7aletha", "khalas sorted", "ba3atlo OTP", "3amalt reset"]) + ", ", c.order(c.pick(["acct", "ticket"])))

def t54(c):
    pidgin(c)
    p, i = c.person()
    pre = c.pick(["oga " if i["g"] == "m" else "madam ", "customer ", ""]) if p[0][1] == "name" else ""
    return J(pre, p, " " + c.pick(["say", "dey complain say", "talk say"]) + " " + c.v("mm") + " " + c.pick(["debit am but transfer no enter", "e no fit login", "dem block im account"]) + ", " + c.pick(["abeg", "", "sha"]) + " ", c.order("txn"), " " + c.pick(["reversed", "escalated", "sorted", "no wahala"]))

def t55(c):
    p, i = c.person()
    p2, i2 = c.person(cult=i["cult"])
    rel = c.pick(["husband", "brother", "son", "uncle", "cousin"] if i2["g"] == "m" else ["wife", "sister", "daughter", "mum", "cousin"])
    return J(p, "'s " + rel + " ", p2, " called on " + his(i) + " behalf, " + c.pick(["not authorised - asked to call himself", "added as secondary user", "given general info only", "consent form sent"]))

def t56(c):
    p, i = c.person()
    return J(c.pick(["sender ", "receiver ", "beneficiary "]), p, " ", c.phone(), " " + c.amt() + " " + c.v("city") + " -> " + c.v("city") + " via " + c.v("mm") + ", " + c.pick(["paid out", "on hold for KYC", "cancelled + refunded"]))

def t57(c):
    p, i = c.person()
    return J(c.pick(["DOB ", "dob: ", "born "]), c.dob(), c.pick([" / ", ", ", " - "]), c.natid(), c.pick([" / ", ", "]), p, " - " + c.pick(["KYC passed", "account reactivated", "wallet unbarred", "claim approved"]))

def t58(c):
    p, i = c.person()
    return J(c.pick(["refund ", "payout ", "cashback "]) + c.amt() + " to ", c.iban(), " (", p, ") " + c.pick(["approved by TL", "in 3-5 working days", "sent today", "pending " + c.pick(TEAMS)]))

def t59(c):
    p, i = c.person()
    return J(c.pick(["rider ", "courier ", "delivery guy ", "captain "]), [(i["giv"], "name")], " " + c.pick(["couldnt reach", "was rude to", "was great with", "called"]) + " " + cx(c) + " ", P(c), " at ", c.address(), ", " + c.v("shop") + " " + c.pick(["apologised", "gave voucher", "flagged driver"]))

def t60(c):
    p, i = c.person()
    return J(c.pick(["dear ", "hi ", "salam ", "bonjour "]), p, " " + c.pick(["your refund is on the way", "ticket updated", "pls share ID copy", "we fixed the line"]) + " - " + c.pick(["copy of WA msg", "sms sent", "email sent"]) + " to ", c.phone() if c.chance(0.5) else c.email(i))

def n41(c):
    fr(c)
    return J("coupure " + c.v("util") + " à " + c.v("hood") + " depuis " + c.pick(["hier", "ce matin", "3 jours", "midi"]) + ", client informé, " + c.pick(["ticket ouvert", "on attend les techniciens", "délestage prévu", "ça va aller"]))

def n42(c):
    fr(c)
    return J("forfait " + c.pick(PLANS) + " " + c.v("tel") + " " + c.pick(["activé", "pas activé", "expiré", "renouvelé"]) + ", " + c.pick(["crédit remboursé", "expliqué le code", "orienté vers l'agence " + c.v("hood"), "RAS"]))

def n43(c):
    arab(c)
    return J(c.pick(["el net", "el signal", "el app", "el router"]) + " " + c.pick(["wa2ef", "ba6ee2", "mesh shaghal"]) + " fi " + c.v("hood") + ", " + c.v("tel") + " " + c.pick(["3amlin maintenance", "3andohom outage", "ba3tt ticket L2"]) + " - " + c.pick(LOCAL))

def n44(c):
    if c.chance(0.6):
        pidgin(c)
    return J(c.v("mm") + " " + c.pick(["agent", "merchant", "kiosk"]) + " at " + c.v("hood") + " " + c.pick(["no float", "charging extra", "closed", "system down"]) + ", reported to " + c.pick(TEAMS) + ", " + c.pick(["abeg", "chale", "dêh", "sha", "wallahi"]))

def n45(c):
    return J(c.pick(["SALIK", "RTA fine", "Absher", "Tawakkalna", "Nafath", "UAE PASS", "Sanad", "Ehsan", "NIMC", "GRA", "e-Visa"]) + " " + c.pick(["query", "question", "issue"]) + " - not our service, redirected " + cx(c) + " to " + c.pick(["official site", "their hotline", "the app", "nearest centre in " + c.v("city")]))

def n46(c):
    return J(c.pick(STREAM) + " + " + c.v("tel") + " bundle promo for " + c.pick(["AFCON", "World Cup", "Champions League", "Ramadan series", "Saudi Pro League", "Premier League", "Botola"]) + " explained, " + c.pick(["subscribed", "cx will think", "activated via USSD", "not eligible on prepaid"]))


TEMPLATES_PII = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14, t15, t16, t17, t18,
                 t19, t20, t21, t22, t23, t24, t25, t26, t27, t28, t29, t30, t31, t32, t33, t34, t35, t36,
                 t37, t38, t39, t40, t41, t42, t43, t44, t45, t46, t47, t48, t49, t50,
                 t51, t52, t53, t54, t55, t56, t57, t58, t59, t60,
                 t05, t29, t45, t10, t50, t17, t37, t41, t09, t58]
TEMPLATES_O = [n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15, n16, n17, n18,
               n19, n20, n21, n22, n23, n24, n25, n26, n27, n28, n29, n30, n31, n32, n33, n34, n35, n36,
               n37, n38, n39, n40, n41, n42, n43, n44, n45, n46]


# ---------------------------------------------------------------- styling
def merge(segs):
    out = []
    for t, lab in segs:
        if not t:
            continue
        if out and out[-1][1] == lab and lab == "o":
            out[-1] = (out[-1][0] + t, lab)
        else:
            out.append((t, lab))
    return out


def typo(c, s):
    words = s.split(" ")
    idx = [k for k, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
    if not idx:
        return s
    k = c.pick(idx)
    w = words[k]
    j = c.r.randrange(1, len(w) - 1)
    if c.chance(0.5):
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    else:
        w = w[:j] + w[j + 1:]
    words[k] = w
    return " ".join(words)


def style(c, segs):
    r = c.r
    segs = list(segs)
    if r.random() < 0.25:
        segs.insert(0, (c.pick(FRAGS_PRE) + " ", "o"))
    if r.random() < 0.35:
        segs.append((c.pick([", ", " - ", ". ", " // "]) + c.pick(FRAGS_POST + [c.pick(LOCAL), c.pick(TAGS)]), "o"))
    segs = merge(segs)
    if r.random() < 0.2:
        segs = [(t.replace("n't", "nt").replace("'s ", "s ") if lab == "o" else t, lab) for t, lab in segs]
    if r.random() < 0.2:
        ks = [k for k, (t, lab) in enumerate(segs) if lab == "o"]
        if ks:
            k = c.pick(ks)
            segs[k] = (typo(c, segs[k][0]), "o")
    low = r.random() < 0.31
    if low:
        segs = [(t.lower(), lab) for t, lab in segs]
    elif r.random() < 0.15:
        ks = [k for k, (t, lab) in enumerate(segs) if lab == "o" and re.search(r"[a-z]{4,}", t)]
        if ks:
            k = c.pick(ks)
            t = segs[k][0]
            ws = re.findall(r"[a-z]{4,}", t)
            w = c.pick(ws)
            segs[k] = (t.replace(w, w.upper(), 1), "o")
    # tidy whitespace in o segments
    out = []
    for t, lab in segs:
        if lab == "o":
            t = re.sub(r"  +", " ", t)
        out.append((t, lab))
    if out and out[0][1] == "o":
        out[0] = (out[0][0].lstrip(), "o")
    if out and out[-1][1] == "o":
        out[-1] = (out[-1][0].rstrip(), "o")
    return merge(out)


def blind_notes(listed):
    listed = frozenset(fold(x) for x in listed)
    rng = random.Random(SEED)
    c = Ctx(rng, listed)
    notes = []
    seen = {}
    target = 1000
    guard = 0
    while len(notes) < target and guard < 20000:
        guard += 1
        c.reg = rng.choice(REGIONS)
        if rng.random() < 0.46:
            tpl = rng.choice(TEMPLATES_O)
        else:
            tpl = rng.choice(TEMPLATES_PII)
        segs = style(c, tpl(c))
        text = "".join(t for t, _ in segs)
        nw = len(text.split())
        if "\n" in text or nw < 5 or nw > 45 or text in seen:
            continue
        seen[text] = 1
        notes.append(segs)
    return notes


# ---------------------------------------------------------------- self-check
def _selfcheck():
    sample_listed = frozenset(["mohammed", "ali", "sara", "omar", "al", "ben", "adam", "david", "grace", "maya",
                               "dina", "noa", "tal", "gal", "yasmine", "mariam", "kofi", "amina"])
    a = blind_notes(sample_listed)
    b = blind_notes(sample_listed)
    assert a == b, "not deterministic"
    counts = {lab: 0 for lab in LABELS}
    low = 0
    nopii = 0
    for note in a:
        text = "".join(t for t, _ in note)
        assert "\n" not in text
        assert 5 <= len(text.split()) <= 45, text
        has = False
        for t, lab in note:
            assert lab in LABELS, lab
            assert t, "empty segment"
            if lab != "o":
                assert t == t.strip(), repr(t)
            counts[lab] += 1
            if lab not in ("o", "~"):
                has = True
            if lab == "name":
                for w in re.split(r"[\s\-'’.,]+", t):
                    assert not w or fold(w) not in sample_listed, (w, text)
        if not has:
            nopii += 1
        if text == text.lower():
            low += 1
    print("notes:", len(a))
    for lab in LABELS:
        print("  %-9s %d" % (lab, counts[lab]))
    print("all-lower-case share: %.3f" % (low / len(a)))
    print("no-personal-data share: %.3f" % (nopii / len(a)))


if __name__ == "__main__":
    _selfcheck()
