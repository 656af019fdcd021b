"""Blind evaluation set: customer-care 'win' notes, UK/IE/AU/NZ public-sector,
utility, telco and housing desks. Standard library only, deterministic."""
import random
import re
import unicodedata

SEED = 20260202
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
N_NOTES = 1000

# ---------------------------------------------------------------- helpers


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def name_ok(name: str, listed: frozenset) -> bool:
    for part in _SPLIT.split(name):
        if part and fold(part) in listed:
            return False
    return True


# ---------------------------------------------------------------- pools
NAMES = {}  # culture -> {"m": [...], "f": [...], "s": [...]}


def _add(culture, m, f, s):
    sp = lambda x: [w.strip() for w in x.split(",") if w.strip()]
    NAMES[culture] = {"m": sp(m), "f": sp(f), "s": sp(s)}


_add("polish",
     "Piotr, Krzysztof, Tomasz, Paweł, Michał, Marcin, Grzegorz, Łukasz, Jakub, Wojciech, Mateusz, Bartosz, Przemysław, Zbigniew, Jarosław, Dariusz, Sławomir, Rafał, Kamil, Szymon, Maciej, Adrian, Damian, Artur, Mirosław, Wiesław, Radosław, Janusz, Bogdan, Kacper, Dawid, Leszek",
     "Agnieszka, Małgorzata, Katarzyna, Joanna, Magdalena, Monika, Dorota, Beata, Ewelina, Justyna, Aleksandra, Karolina, Marta, Iwona, Grażyna, Bożena, Żaneta, Paulina, Natalia, Weronika, Urszula, Jadwiga, Halina, Sylwia, Edyta, Danuta, Renata, Izabela, Zofia, Wiktoria, Kinga, Oliwia",
     "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowska, Zieliński, Szymańska, Woźniak, Dąbrowski, Kozłowski, Jankowska, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowska, Pawłowski, Michalski, Nowakowska, Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Król, Majewska, Olszewski, Jaworski, Wróbel, Malinowska, Stępień, Górski, Sikora, Brzozowski")
_add("romanian",
     "Andrei, Ionuț, Mihai, Alexandru, Florin, Cristian, Gheorghe, Vasile, Adrian, Ciprian, Bogdan, Răzvan, Marius, Sorin, Costel, Dorin, Viorel, Ștefan, Lucian, Cătălin, Claudiu, Ovidiu, Sebastian, Dumitru, Nicușor, Valentin, Radu, Liviu, Tudor, Mircea, Gabriel, Constantin",
     "Ioana, Elena, Andreea, Mihaela, Alina, Gabriela, Florentina, Loredana, Roxana, Daniela, Cristina, Nicoleta, Simona, Georgiana, Ramona, Larisa, Oana, Bianca, Raluca, Adriana, Denisa, Irina, Lăcrămioara, Violeta, Mădălina, Camelia, Anca, Luminița, Petronela, Ilinca, Corina, Sorina",
     "Popescu, Ionescu, Popa, Dumitrescu, Stan, Stoica, Gheorghiu, Rusu, Munteanu, Matei, Constantinescu, Ciobanu, Moldovan, Lungu, Marinescu, Tudose, Băluță, Niculescu, Dobre, Barbu, Nistor, Florea, Ene, Dinu, Mocanu, Oprea, Crăciun, Sârbu, Vlădescu, Toma, Cojocaru, Zamfir, Anghel, Bălan")
_add("lithuanian",
     "Tomas, Mindaugas, Darius, Andrius, Jonas, Vytautas, Audrius, Arūnas, Rimantas, Gintaras, Saulius, Žydrūnas, Kęstutis, Algirdas, Paulius, Mantas, Lukas, Deividas, Giedrius, Marius, Donatas, Ignas, Rokas, Aurimas, Egidijus, Tadas, Šarūnas, Vaidas, Rolandas, Nerijus, Justinas, Gediminas",
     "Rūta, Jūratė, Aušra, Indrė, Gintarė, Eglė, Ieva, Rasa, Vilma, Laima, Daiva, Jurgita, Kristina, Asta, Loreta, Agnė, Greta, Austėja, Gabija, Ugnė, Vaida, Dovilė, Sandra, Živilė, Neringa, Simona, Milda, Renata, Inga, Lina, Dalia, Skaistė",
     "Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, Paulauskas, Urbonas, Kavaliauskas, Baranauskas, Navickas, Ramanauskas, Savickas, Rimkus, Balčiūnas, Žilinskas, Sabonis, Vaitkus, Mockus, Pocius, Adomaitis, Šimkus, Lukoševičius, Jakštas, Kazlauskienė, Petrauskaitė, Jankauskienė, Bružaitė, Grigas, Valančius, Mažeika")
_add("bulgarian",
     "Georgi, Dimitar, Ivan, Nikolay, Stoyan, Hristo, Todor, Petar, Plamen, Krasimir, Lyubomir, Tsvetan, Borislav, Angel, Stefan, Yordan, Kaloyan, Martin, Emil, Asen, Veselin, Rumen, Ognyan, Valentin, Svetoslav, Milen, Zhivko, Kiril, Bozhidar, Radoslav, Dragomir, Atanas",
     "Mariya, Ivanka, Elena, Desislava, Tsvetelina, Galina, Yordanka, Radka, Snezhana, Daniela, Vesela, Kremena, Stanislava, Nevena, Teodora, Boryana, Silviya, Milena, Rositsa, Zornitsa, Gergana, Iliana, Margarita, Petya, Albena, Denitsa, Violeta, Maya, Yoana, Hristina, Raina, Dobromira",
     "Ivanov, Georgieva, Dimitrov, Petrova, Nikolov, Hristova, Stoyanov, Todorova, Iliev, Atanasova, Angelov, Vasileva, Kolev, Marinova, Yordanov, Petkov, Popova, Mihaylov, Kostadinov, Tsvetkova, Zhelev, Stefanov, Pavlova, Dobrev, Radev, Slavova, Kirilov, Borisova, Manolov, Hadzhiev, Genchev, Stamenova")
_add("nigerian",
     "Chukwuemeka, Oluwaseun, Adebayo, Babatunde, Chinedu, Emeka, Ikechukwu, Olumide, Tunde, Femi, Segun, Obinna, Nnamdi, Uchenna, Kelechi, Adewale, Ayodeji, Oluwafemi, Chibuike, Ifeanyi, Musa, Abubakar, Ibrahim, Yusuf, Ebuka, Tobenna, Kayode, Damilola, Oladipo, Chidi, Onyekachi, Temitope",
     "Ngozi, Chiamaka, Folasade, Adaeze, Oluwakemi, Funmilayo, Yetunde, Chioma, Nkechi, Aisha, Blessing, Titilayo, Omolara, Adaora, Ifeoma, Bukola, Ebere, Amaka, Chinwe, Oluwatoyin, Abimbola, Ijeoma, Morenike, Modupe, Hauwa, Zainab, Uju, Nneka, Temilade, Olayinka, Tolulope, Obiageli",
     "Okafor, Adeyemi, Okonkwo, Balogun, Nwosu, Eze, Ogunleye, Adebayo, Chukwu, Olawale, Okeke, Ibekwe, Afolabi, Onyeka, Ogbu, Nwachukwu, Adeleke, Oyelaran, Babatunde, Obi, Akinola, Olaniyan, Uzoma, Anyanwu, Bello, Abdullahi, Ezeani, Ogunbiyi, Oladipo, Okorie, Nnadi, Adekunle, Akintola, Iwu")
_add("ghanaian",
     "Kwame, Kofi, Kwabena, Kwaku, Yaw, Kwasi, Kojo, Ebo, Nana, Fiifi, Kobina, Kwesi, Yoofi, Nii, Kweku, Atsu, Selorm, Delali, Elikem, Senyo, Mawuli, Edem, Akwasi, Osei, Kpakpo, Tetteh, Nhyira, Yeboah, Nkrumah, Sena, Kekeli, Dzifa",
     "Akosua, Adwoa, Abena, Akua, Yaa, Afua, Ama, Efua, Esi, Araba, Adjoa, Afia, Aba, Akuba, Naa, Dede, Korkor, Dzifa, Enyonam, Mawusi, Elorm, Sedinam, Afi, Abla, Yayra, Nhyira, Ewurabena, Maame, Ekua, Serwaa, Akyaa, Adzo",
     "Mensah, Owusu, Boateng, Asante, Osei, Appiah, Agyeman, Amoah, Darko, Kuffour, Opoku, Ofori, Acheampong, Boakye, Danquah, Quaye, Tetteh, Lamptey, Adjei, Ansah, Asamoah, Gyamfi, Nkansah, Sarpong, Frimpong, Obeng, Addo, Quarshie, Amponsah, Antwi, Bonsu, Kyei, Agyapong, Awuah")
_add("somali",
     "Abdirahman, Abdullahi, Mohamed, Abdi, Hassan, Ahmed, Ismail, Yusuf, Abdikarim, Abdirashid, Mahad, Liban, Guled, Bashir, Farah, Omar, Khadar, Warsame, Jama, Mukhtar, Sahal, Abdiwali, Hamza, Ayanle, Deeq, Cabdi, Xasan, Siyad, Nuur, Abdiqani, Mustafe, Ilyas",
     "Hodan, Faduma, Amina, Hibo, Sahra, Ifrah, Ubah, Deeqa, Hawa, Nimco, Sagal, Ayan, Hamdi, Idil, Khadra, Fardowsa, Asha, Ladan, Ikran, Hodo, Najma, Samira, Halimo, Shukri, Maryan, Sucaad, Canab, Kowsar, Safiya, Istahil, Sabirin, Fartun",
     "Mohamud, Abdi, Hussein, Warsame, Farah, Osman, Ali, Jama, Aden, Yusuf, Hersi, Ismail, Nur, Dirie, Egal, Elmi, Gedi, Hirsi, Mohamed, Abdullahi, Dualeh, Samatar, Awale, Guleid, Sheikh, Barre, Omar, Duale, Magan, Abdulle, Isse, Hassan, Ahmed, Kahin")
_add("eritrean",
     "Tesfay, Yonas, Dawit, Mehari, Tekle, Filmon, Mulugeta, Berhane, Amanuel, Semere, Haile, Goitom, Kibrom, Tsegay, Eyob, Habtom, Natnael, Robel, Yohannes, Samuel, Biniam, Mussie, Ghirmay, Fitsum, Teklit, Zerai, Aron, Tewelde, Simon, Efrem, Daniel, Henok",
     "Selam, Helen, Senait, Mebrat, Tsega, Hiwet, Saba, Luwam, Feven, Winta, Yordanos, Rahel, Mekdes, Freweini, Letemichael, Elsa, Tirhas, Abrehet, Almaz, Azieb, Ruta, Sara, Nardos, Haben, Hanna, Mihret, Lidya, Salina, Bisrat, Eden, Milena, Semhar",
     "Tesfamariam, Ghebremedhin, Kidane, Berhe, Tewolde, Habte, Woldemichael, Gebremariam, Haile, Asmerom, Tesfaldet, Mehreteab, Ghebreyesus, Tekeste, Andemariam, Yemane, Abraha, Kahsay, Negash, Weldu, Zemichael, Measho, Sium, Fessehaye, Gebrehiwet, Tsegai, Okbazghi, Araya, Mebrahtu, Ghirmai, Ogbamichael, Russom")
_add("pakistani",
     "Muhammad, Imran, Asif, Tariq, Zubair, Kamran, Shahid, Bilal, Usman, Faisal, Waqas, Adeel, Naveed, Tahir, Arshad, Nadeem, Rizwan, Sajid, Junaid, Hamza, Shoaib, Zeeshan, Irfan, Khurram, Mushtaq, Javed, Saqib, Amjad, Haroon, Umar, Danish, Talha",
     "Ayesha, Sana, Nadia, Saima, Rubina, Shazia, Samina, Nabila, Farzana, Uzma, Hina, Mehwish, Sadia, Kiran, Bushra, Iqra, Rabia, Zainab, Amna, Maryam, Nasreen, Tahira, Shabana, Sidra, Anum, Mahnoor, Parveen, Fozia, Naila, Lubna, Aqsa, Rukhsana",
     "Khan, Hussain, Ahmed, Malik, Iqbal, Butt, Chaudhry, Qureshi, Raja, Akhtar, Shah, Mahmood, Rashid, Mirza, Sheikh, Aslam, Siddiqui, Bhatti, Javed, Anwar, Abbasi, Awan, Gondal, Janjua, Hashmi, Kiani, Niazi, Rehman, Sattar, Yousaf, Zaman, Nawaz, Bukhari, Sohail")
_add("bangladeshi",
     "Abdul, Mizanur, Shahidul, Rafiqul, Nazrul, Jahangir, Saiful, Mahbub, Anwar, Kamrul, Shafiqul, Habibur, Moinul, Jubayer, Tanvir, Rakib, Sabbir, Imtiaz, Foysal, Shamim, Mamun, Arif, Towhid, Nayeem, Rashed, Sohel, Mahfuz, Ashraful, Ruhul, Lutfur, Sharif, Masud",
     "Nasima, Rokeya, Shirin, Salma, Nargis, Fatema, Taslima, Jesmin, Rehana, Nazma, Shamima, Ruksana, Sultana, Halima, Rumana, Sharmin, Tahmina, Farhana, Sumaiya, Tanjila, Mahmuda, Afroza, Khadija, Rina, Morium, Shuli, Jahanara, Lovely, Popy, Nusrat, Anowara, Tasnim",
     "Rahman, Miah, Uddin, Ahmed, Islam, Hossain, Begum, Khatun, Chowdhury, Ali, Haque, Karim, Hoque, Mia, Ullah, Sarker, Talukder, Alam, Akter, Bhuiyan, Sikder, Mollah, Khan, Hasan, Siddique, Kabir, Majumder, Mondal, Jalal, Rob, Aziz, Matin, Sheikh, Pramanik")
_add("sikh",
     "Gurpreet, Harjit, Jaswinder, Manpreet, Harpreet, Kuldip, Balwinder, Sukhwinder, Amrik, Gurdeep, Jagdeep, Ranjit, Paramjit, Kulwant, Jasbir, Tejinder, Harjinder, Satnam, Iqbal, Navdeep, Gurinder, Hardeep, Sukhdev, Baljit, Mandeep, Karanveer, Arjan, Simranjit, Rajinder, Bhupinder, Gurmukh, Jagtar",
     "Harleen, Simran, Jaspreet, Navneet, Kiranjit, Amandeep, Rajwinder, Sukhjit, Gurleen, Manjit, Baljinder, Kulwinder, Parminder, Inderjit, Rupinder, Harvinder, Jasleen, Mandeep, Satwant, Surinder, Taranjit, Balbir, Ravneet, Prabhjot, Gurjeet, Narinder, Harnoor, Jasmeet, Sandeep, Amarjit, Gurkiran, Manveer",
     "Singh, Kaur, Sandhu, Gill, Dhillon, Grewal, Sidhu, Bains, Johal, Sangha, Dhaliwal, Randhawa, Atwal, Basra, Bhamra, Chahal, Dosanjh, Gosal, Hayer, Kang, Mann, Nijjar, Pannu, Rai, Sahota, Sekhon, Thind, Toor, Virdee, Uppal, Bhogal, Sohal, Khela, Purewal")
_add("tamil",
     "Sivakumar, Tharshan, Kajan, Niroshan, Prashanth, Thusyanthan, Mathivanan, Kumaran, Arun, Senthil, Ramesh, Suresh, Sathees, Jeyakumar, Rajeevan, Thivakar, Kannan, Balachandran, Sutharsan, Vithushan, Ganesh, Murugan, Pirashanth, Nirojan, Thayalan, Kugan, Vasanthan, Ilango, Sivaraj, Janarthanan, Pradeep, Thanushan",
     "Tharshika, Kavitha, Sharmila, Nirosha, Vasuki, Thulasi, Meena, Lakshmi, Piratheepa, Sumathi, Janani, Kalaivani, Thivya, Keerthana, Abirami, Sangeetha, Yalini, Mathumitha, Nithya, Vithya, Sivaranjini, Anushya, Jeyanthi, Kowsalya, Priya, Rathika, Thanuja, Kamala, Vanitha, Subashini, Shanthini, Ahalya",
     "Sivapalan, Kanagaratnam, Thurairajah, Selvarajah, Sivakumaran, Balasubramaniam, Nadarajah, Paramanathan, Rajaratnam, Kandiah, Ponnambalam, Arulanandam, Vigneswaran, Thambiah, Sriskandarajah, Shanmugam, Yogarajah, Mahendran, Jeyaseelan, Sabaratnam, Navaratnam, Ratnasingam, Kathirgamanathan, Ganeshalingam, Velupillai, Murugesu, Thillainathan, Sinnathamby, Ketheeswaran, Logeswaran, Arumugam, Satkunanathan")
_add("filipino",
     "Jose, Rodel, Jun, Ramil, Arnel, Rommel, Jomar, Marlon, Rey, Danilo, Ronaldo, Jericho, Mark Anthony, John Paul, Jayson, Dindo, Bong, Nonoy, Efren, Rogelio, Carlito, Eduardo, Lito, Noel, Reynaldo, Virgilio, Bienvenido, Wilfredo, Joselito, Renato, Emmanuel, Ariel",
     "Maricel, Rowena, Marites, Jocelyn, Lorna, Analyn, Girlie, Lovely, Cherry Ann, Mary Grace, Rhea, Marivic, Lourdes, Gemma, Jonalyn, Rosalinda, Arlene, Concepcion, Leonora, Erlinda, Kristine, Jovelyn, Mylene, Daisy, Rosemarie, Charmaine, Divina, Imelda, Precious, Joy, Liezel, Venus",
     "Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Villanueva, Ramos, Aquino, Castillo, Dela Cruz, De Leon, Del Rosario, Manalo, Pascual, Dimaculangan, Macaraeg, Pangilinan, Magbanua, Soriano, Tolentino, Gatchalian, Panganiban, Evangelista, Navarro, Lacson, Sison, Mercado, Dizon, Agbayani, Cabrera, Salazar")
_add("vietnamese",
     "Minh, Tuấn, Hùng, Dũng, Thành, Quang, Huy, Long, Phúc, Khoa, Nam, Bảo, Cường, Duy, Hiếu, Hoàng, Khánh, Lâm, Nghĩa, Phong, Quân, Sơn, Tài, Thắng, Thịnh, Trung, Tùng, Việt, Vinh, Đức, Hải, Tiến",
     "Lan, Hương, Mai, Linh, Trang, Thảo, Ngọc, Hoa, Hằng, Nga, Phương, Thủy, Yến, Vy, Anh, Nhung, Loan, Hạnh, Thu, Huyền, Oanh, Diễm, Quỳnh, Trinh, Tuyết, Xuân, Uyên, Hiền, Ly, Giang, Châu, Thư",
     "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Trương, Đinh, Lương, Tạ, Mai, Cao, Lâm, Quách, Tô, Thái, Châu, Kiều, Đoàn, La, Trịnh, Vương")
_add("chinese",
     "Wei, Jian, Hao, Jun, Lei, Ming, Tao, Yong, Zhiwei, Jianguo, Haoran, Zihao, Yuxuan, Kai, Bo, Chen, Feng, Gang, Hui, Jie, Kang, Peng, Qiang, Rui, Shun, Xiang, Yi, Zhen, Ka Ho, Chi Wai, Wing Kit, Siu Ming",
     "Mei, Li Na, Xiaoling, Yan, Jing, Fang, Hong, Lili, Xiu Ying, Ying, Yun, Qing, Hui Min, Shu Fen, Xin, Yue, Zhihui, Wenjing, Jiayi, Yuting, Xinyi, Ruoxi, Siqi, Lihua, Wai Ling, Mei Ling, Suk Yee, Ka Yan, Pui San, Chunhua, Qiuyue, Yanping",
     "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Luo, Zheng, Liang, Xie, Tang, Han, Feng, Deng, Cao, Peng, Zeng, Xiao, Chan, Wong, Cheung, Leung, Ng, Tsang, Yip, Lau, Kwok, Chow")
_add("irish",
     "Seán, Pádraig, Ciarán, Eoin, Cathal, Donncha, Oisín, Cian, Darragh, Fionn, Tadhg, Ruairí, Colm, Diarmuid, Niall, Conor, Dermot, Liam, Declan, Paddy, Mikey, Johnny, Martin, Willie, Christy, Davy, Francie, Bartley, Winston, Jimmy, Thomas, Michael",
     "Aoife, Siobhán, Gráinne, Niamh, Caoimhe, Saoirse, Róisín, Clodagh, Orla, Sinéad, Ailbhe, Méabh, Deirdre, Bríd, Máire, Nóra, Eimear, Órfhlaith, Bridget, Kathleen, Margaret, Winnie, Chrissie, Nancy, Mary Kate, Shauna, Tiffany, Josie, Teresa, Roseanne, Ellen, Peggy",
     "O'Sullivan, Ó Súilleabháin, Murphy, Kelly, O'Brien, Byrne, Ryan, O'Connor, Walsh, McCarthy, Doherty, Ní Bhriain, Mac Giolla Phádraig, Ó Ceallaigh, Fitzgerald, Quinlan, McDonagh, Ward, Joyce, Connors, Maughan, Stokes, Cash, Sherlock, Keenan, Collins, McGinley, Gallagher, Ó Domhnaill, Mhic Dhonncha, Nevin, Moorehouse, Delaney, Coffey")
_add("welsh",
     "Dafydd, Gethin, Iwan, Rhodri, Emyr, Aled, Gwilym, Huw, Ieuan, Llŷr, Owain, Rhys, Steffan, Tomos, Gruffydd, Elis, Cai, Deiniol, Geraint, Hywel, Iestyn, Meirion, Osian, Peredur, Sion, Tudur, Berwyn, Bryn, Caradog, Dylan, Emlyn, Islwyn",
     "Angharad, Bethan, Carys, Catrin, Eleri, Ffion, Glenys, Gwenllian, Heledd, Lowri, Mared, Nia, Nerys, Rhiannon, Sian, Siwan, Tegan, Eirlys, Llinos, Manon, Mererid, Non, Olwen, Rhian, Sioned, Tirion, Elin, Gwawr, Haf, Morfudd, Buddug, Alaw",
     "Jones, Williams, Davies, Evans, Thomas, Roberts, Hughes, Lewis, Morgan, Griffiths, Price, Pritchard, Pugh, Powell, Llewellyn, Parry, Bowen, Rees, Jenkins, Prosser, Vaughan, Gruffudd, ap Dafydd, Meredith, Howells, Probert, Bevan, Owens, Maddocks, Lloyd, Wyn, Tudur")

_add("gaelic",
     "Ruaraidh, Calum, Iain, Seumas, Tormod, Dòmhnall, Alasdair, Aonghas, Coinneach, Eachann, Fionnlagh, Ùisdean, Murchadh, Seòras, Uilleam, Raghnall, Lachlann, Ailean, Dùghall, Niall, Eòghann, Torcuil, Somhairle, Padraig, Dòmhnall Iain, Callum, Angus, Hamish, Fraser, Ewan, Struan, Innes",
     "Mòrag, Ealasaid, Catrìona, Seonag, Mairead, Iseabail, Peigi, Ceitidh, Oighrig, Floraidh, Raonaid, Anna, Seònaid, Sìne, Eilidh, Màiri, Ciorstaidh, Beathag, Annag, Dolina, Kirsty, Morven, Isla, Ishbel, Shona, Catriona, Rhona, Mhairi, Fiona, Ailsa, Lorna, Marsaili",
     "MacLeòid, MacDhòmhnaill, MacAoidh, Moireasdan, MacLeod, MacDonald, MacKay, Morrison, MacNeil, MacInnes, MacKinnon, MacLean, MacKenzie, Campbell, MacAulay, MacIver, MacRitchie, Nicolson, MacSween, Matheson, MacPhail, MacLennan, Urquhart, Munro, MacRae, Maciver, Buchanan, Ross, Nic a' Phì, NicLeòid, MacIlleathain, Mac an t-Saoir")
_add("maori",
     "Tama, Wiremu, Hemi, Rawiri, Mikaere, Tamati, Hone, Nikau, Manaia, Ihaia, Tane, Rangi, Matiu, Pita, Te Ariki, Tipene, Hohepa, Kahu, Wiremu Te Rangi, Aperahama, Rewi, Arama, Kauri, Tui, Ruawai, Tawhiri, Maui, Piripi, Kereama, Taika, Hatana, Paora",
     "Aroha, Anahera, Moana, Mere, Ngaio, Kiri, Hine, Huia, Awhina, Tia, Kahurangi, Manaia, Ngaire, Rangimarie, Tui, Marama, Ataahua, Hana, Kiriana, Maia, Ngawai, Pania, Tania, Wikitoria, Miriama, Hinemoa, Aperira, Riria, Amiria, Te Aomihia, Waimarie, Ruiha",
     "Ngata, Tipene, Parata, Te Whata, Tamihana, Ruru, Tawhai, Te Kani, Hohaia, Pomare, Walker, Herewini, Rangihuna, Te Rangi, Tuhiwai, Kereama, Wihongi, Paewai, Ratana, Ngarimu, Te Huia, Poutama, Tahana, Hetaraka, Tautahi, Karaka, Te Kooti, Hakaraia, Waititi, Tawera, Mahuika, Potae, Rewiti, Nikora")
_add("pacific",
     "Sione, Tevita, Siaosi, Viliami, Sefo, Ioane, Pita, Tavita, Filipo, Losa, Mikaele, Lemalu, Fa'amoana, Tasi, Paulo, Semisi, Sitani, Tomasi, Feleti, Manu, Iosefa, Talanoa, Ofa, Salesi, Alapati, Fetu, Leota, Moses, Penitoa, Kalolo, Aisea, Niko",
     "Losana, Mele, Salote, Ana, Sina, Malia, Leilani, Fetu, Seini, Lupe, Vailea, Litia, Moana, Talia, Ofa, Fuimaono, Tupou, Luseane, Sieni, Silivia, Eseta, Faith, Akanesi, Meleane, Mafi, Aolani, Noelani, Siutaisa, Teuila, Iolana, Lesieli, Pisila",
     "Tuilagi, Fonoti, Taufa, Fifita, Vaipulu, Tonga, Havili, Latu, Mahe, Fusitu'a, Tupou, Kioa, Leaupepe, Sapolu, Faleolo, Fa'alogo, Aumua, Seiuli, Tuimavave, Vainikolo, Moala, Tauiliili, Lealaiauloto, Matagi, Pulu, Hufanga, Vea, Ulufonua, Sopoaga, Leota, Ioane, Tuiasosopo")
_add("aboriginal",
     "Jarrah, Bunji, Jedda, Yindi, Kirra, Tjarra, Djalu, Warrick, Tjapaltjarri, Gurrumul, Bailey, Yarran, Mundara, Jaydon, Jalen, Darcy, Bindi, Lowitja, Jacob, Nathan, Adam, Latrell, Dwayne, Troy, Jamie, Shaun, Jermaine, Tyson, Lachlan, Corey, Kyah, Malakai",
     "Kirrily, Jedda, Marlee, Tjarra, Yindi, Alinta, Kaiya, Mirri, Ngaree, Bindi, Yarraluma, Kylie, Shonae, Tanisha, Latoya, Nakia, Leah, Tahnee, Shontelle, Tameka, Cheyenne, Jasmine, Kirra, Jaylah, Naomi, Carissa, Marjorie, Lowanna, Waalitj, Tjanara, Narelle, Demi-Leigh",
     "Yunupingu, Gurruwiwi, Marika, Wunungmurra, Djerrkura, Namatjira, Mabo, Mundine, Goodes, Lovett, Briggs, Cubillo, Bancroft, Dodson, Pearson, Tjungurrayi, Ganambarr, Burarrwanga, Wanambi, Watson, Hookey, Coe, Bropho, Walley, Winmar, Kickett, Ugle, Sansbury, Hill, Thorpe, Saunders, Roberts-Fuller, Nannup, Riley")


# ---------------------------------------------------------------- country data
COUNTRIES = ("uk", "ie", "au", "nz")
TOWNS = {
    "uk": "Manchester, Bradford, Leicester, Slough, Luton, Peterborough, Cardiff, Swansea, Wrexham, Glasgow, Stornoway, Inverness, Birmingham, Leeds, Croydon, Ilford, Southall, Wolverhampton, Bolton, Oldham, Coventry, Hounslow, Newport, Dundee",
    "ie": "Dublin, Cork, Galway, Limerick, Waterford, Tuam, Ennis, Athlone, Dundalk, Drogheda, Letterkenny, Mullingar, Navan, Tallaght, Clondalkin, Balbriggan, Ballina, Carlow",
    "au": "Blacktown, Parramatta, Footscray, Dandenong, Logan, Darwin, Alice Springs, Cabramatta, Sunshine, Broadmeadows, Liverpool, Auburn, Townsville, Dubbo, Redfern, Mount Druitt, Elizabeth, Mirrabooka",
    "nz": "Otahuhu, Manurewa, Mangere, Porirua, Rotorua, Hamilton, Gisborne, Whangarei, Invercargill, Papatoetoe, Otara, Lower Hutt, Christchurch, Dunedin, Kaitaia, Napier, Hastings, Tauranga",
}
TOWNS = {k: [w.strip() for w in v.split(",")] for k, v in TOWNS.items()}
STREETS = {
    "uk": "Cheetham Hill Road, Granby Street, Heol y Deri, Stratford Road, Soho Road, Ladypool Road, Belgrave Gate, Leeds Road, Green Street, Cowley Road, Lozells Road, Dickenson Road, Wilmslow Road, Heol Llanishen Fach, Ffordd Penrhwylfa, Sràid Chrombail, Paisley Road West, Victoria Road, Keith Street, Church Lane, Mill Lane, The Crescent, Albert Terrace, Station Approach",
    "ie": "Cherry Orchard Avenue, Parnell Street, Moore Street, Bóthar na Trá, Ballymun Road, Clonard Road, Main Street, Bishop Street, Sráid an Mhuilinn, St Patrick's Terrace, Cois Cuan, Ard na Gréine, Dominick Street, Fair Green, Church View, Castle Park",
    "au": "Parramatta Rd, Station St, Hopkins St, Lonsdale St, Cabramatta Rd, Smith St, Todd St, Railway Pde, Barkly St, Princes Hwy, Woodville Rd, Hume Hwy, Nicholson St, Gregory Tce, Boundary Rd, Bungaree Ave",
    "nz": "Great South Road, Te Atatu Road, Massey Road, Bader Drive, Cannons Creek Road, Fenton Street, Tamaki Drive, Ōtāhuhu Mall Road, Te Irirangi Drive, Kāpiti Road, Dee Street, Cuba Street, Ngāti Whātua Place, Mahia Road",
}
STREETS = {k: [w.strip() for w in v.split(",")] for k, v in STREETS.items()}
ORGS = {
    "uk": "HMRC, DWP, Universal Credit, British Gas, Octopus Energy, OVO, EDF, Thames Water, Dŵr Cymru, Scottish Water, United Utilities, BT, Virgin Media, Openreach, EE, Vodafone, Manchester City Council, Cardiff Council, Glasgow City Council, Comhairle nan Eilean Siar, NHS 111, Tower Hamlets, Citizens Advice, Ofgem, Shelter, Jobcentre Plus",
    "ie": "Uisce Éireann, Irish Water, ESB Networks, Electric Ireland, Bord Gáis Energy, SSE Airtricity, Flogas, eir, Virgin Media Ireland, Three Ireland, Dublin City Council, Galway County Council, HSE, Citizens Information, Revenue, DSP, Intreo, HAP, MABS, Respond Housing, Pavee Point",
    "au": "Centrelink, Services Australia, myGov, Medicare, ATO, Sydney Water, Yarra Valley Water, AGL, Origin Energy, EnergyAustralia, Telstra, Optus, NBN Co, Homes NSW, Homes Victoria, Jemena, Ausgrid, Aboriginal Medical Service, Territory Families, Power and Water",
    "nz": "MSD, Work and Income, IRD, Kāinga Ora, Watercare, Mercury, Genesis Energy, Contact Energy, Spark, One NZ, 2degrees, Chorus, Auckland Council, Wellington Water, Vector, Healthline, Whānau Ora, ACC, Tenancy Services",
}
ORGS = {k: [w.strip() for w in v.split(",")] for k, v in ORGS.items()}
GPS = {
    "uk": "Cheetham Hill Medical Centre, Lozells Surgery, Splott Health Centre, Govanhill Health Centre, Whitechapel Practice",
    "ie": "Ballymun Primary Care Centre, Tuam Medical Practice, Safetynet Clinic, Mulhuddart Family Practice",
    "au": "Redfern AMS, Blacktown Medical Centre, Footscray Family Practice, Danila Dilba",
    "nz": "Mangere Family Doctors, Otara Health, Te Kohao Health, Porirua Union and Community Health",
}
GPS = {k: [w.strip() for w in v.split(",")] for k, v in GPS.items()}


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def gen_phone(rng, c):
    r = rng.random()
    if c == "uk":
        if r < 0.4:
            return "07" + _digits(rng, 3) + " " + _digits(rng, 6)
        if r < 0.6:
            return "+44 7" + _digits(rng, 3) + " " + _digits(rng, 3) + " " + _digits(rng, 3)
        if r < 0.8:
            return rng.choice(["0161 ", "0121 ", "029 20", "0141 ", "020 7", "0113 "]) + _digits(rng, 3) + " " + _digits(rng, 4)
        return "07" + _digits(rng, 9)
    if c == "ie":
        if r < 0.5:
            return "08" + rng.choice("35679") + " " + _digits(rng, 3) + " " + _digits(rng, 4)
        if r < 0.75:
            return "+353 8" + rng.choice("35679") + " " + _digits(rng, 3) + " " + _digits(rng, 4)
        return rng.choice(["(01) ", "021 ", "091 ", "061 "]) + _digits(rng, 3) + " " + _digits(rng, 4)
    if c == "au":
        if r < 0.45:
            return "04" + _digits(rng, 2) + " " + _digits(rng, 3) + " " + _digits(rng, 3)
        if r < 0.7:
            return "+61 4" + _digits(rng, 2) + " " + _digits(rng, 3) + " " + _digits(rng, 3)
        if r < 0.85:
            return "(0" + rng.choice("2378") + ") " + _digits(rng, 4) + " " + _digits(rng, 4)
        return "04" + _digits(rng, 8)
    if r < 0.5:
        return "02" + rng.choice("1279") + " " + _digits(rng, 3) + " " + _digits(rng, 4)
    if r < 0.75:
        return "+64 2" + rng.choice("1279") + " " + _digits(rng, 3) + " " + _digits(rng, 3)
    return "(0" + rng.choice("34679") + ") " + _digits(rng, 3) + " " + _digits(rng, 4)


_UKPC_AREAS = ("M", "B", "LS", "BD", "LE", "CF", "SA", "LL", "G", "HS", "IV", "E", "N", "SL", "LU", "PE", "UB", "IG", "CR", "WV", "BL", "OL", "NP", "DD")
_EIR_KEYS = ("D01", "D07", "D08", "D11", "D15", "D22", "D6W", "T12", "T23", "H91", "H54", "V94", "X91", "A91", "A92", "F92", "N37", "K32", "R93", "F26")


def gen_postcode(rng, c):
    L = "ABDEFGHJLNPQRSTUWXYZ"
    if c == "uk":
        area = rng.choice(_UKPC_AREAS)
        dist = str(rng.randint(1, 28 if len(area) == 1 else 19))
        return area + dist + " " + str(rng.randint(0, 9)) + rng.choice(L) + rng.choice(L)
    if c == "ie":
        U = "ACDEFHKNPRTVWXY0123456789"
        tail = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(U) for _ in range(3))
        return rng.choice(_EIR_KEYS) + " " + tail
    if c == "au":
        return rng.choice(["2148", "2166", "2770", "3011", "3020", "3175", "4114", "0870", "0810", "5112", "6061", "2016", "3047", "2830", "4810"])
    return rng.choice(["2024", "2104", "2022", "5022", "3010", "3204", "4010", "0112", "9810", "1025", "0610", "2023", "4122", "3112"])


PLACE = {
    "uk": {"Manchester": "M", "Bradford": "BD", "Leicester": "LE", "Slough": "SL", "Luton": "LU", "Peterborough": "PE", "Cardiff": "CF",
           "Swansea": "SA", "Wrexham": "LL", "Glasgow": "G", "Stornoway": "HS", "Inverness": "IV", "Birmingham": "B", "Leeds": "LS",
           "Croydon": "CR", "Ilford": "IG", "Southall": "UB", "Wolverhampton": "WV", "Bolton": "BL", "Oldham": "OL", "Coventry": "CV",
           "Hounslow": "TW", "Newport": "NP", "Dundee": "DD", "London": "E"},
    "ie": {"Dublin": "D0", "Cork": "T12", "Galway": "H91", "Limerick": "V94", "Waterford": "X91", "Tuam": "H54", "Ennis": "V95",
           "Athlone": "N37", "Dundalk": "A91", "Drogheda": "A92", "Letterkenny": "F92", "Mullingar": "N91", "Navan": "C15",
           "Tallaght": "D24", "Clondalkin": "D22", "Balbriggan": "K32", "Ballina": "F26", "Carlow": "R93"},
    "au": {"Blacktown": "NSW 2148", "Parramatta": "NSW 2150", "Footscray": "VIC 3011", "Dandenong": "VIC 3175", "Logan": "QLD 4114",
           "Darwin": "NT 0800", "Alice Springs": "NT 0870", "Cabramatta": "NSW 2166", "Sunshine": "VIC 3020", "Broadmeadows": "VIC 3047",
           "Liverpool": "NSW 2170", "Auburn": "NSW 2144", "Townsville": "QLD 4810", "Dubbo": "NSW 2830", "Redfern": "NSW 2016",
           "Mount Druitt": "NSW 2770", "Elizabeth": "SA 5112", "Mirrabooka": "WA 6061"},
    "nz": {"Otahuhu": "1062", "Manurewa": "2102", "Mangere": "2022", "Porirua": "5022", "Rotorua": "3010", "Hamilton": "3204",
           "Gisborne": "4010", "Whangarei": "0110", "Invercargill": "9810", "Papatoetoe": "2025", "Otara": "2023", "Lower Hutt": "5010",
           "Christchurch": "8011", "Dunedin": "9016", "Kaitaia": "0410", "Napier": "4110", "Hastings": "4122", "Tauranga": "3110"},
}


def gen_place(rng, c):
    """(town, state or '', postcode) consistent with each other."""
    town = rng.choice(sorted(PLACE[c]))
    key = PLACE[c][town]
    L = "ABDEFGHJLNPQRSTUWXYZ"
    if c == "uk":
        pc = key + str(rng.randint(1, 20)) + " " + str(rng.randint(0, 9)) + rng.choice(L) + rng.choice(L)
        return town, "", pc
    if c == "ie":
        if key == "D0":
            key = "D" + rng.choice(["01", "02", "03", "07", "08", "09", "11", "12", "15", "6W", "17"])
        U = "ACDEFHKNPRTVWXY0123456789"
        return town, "", key + " " + rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(U) for _ in range(3))
    if c == "au":
        st, pc = key.split()
        return town, st, pc
    return town, "", key


def gen_address(rng, c):
    st = rng.choice(STREETS[c])
    n = str(rng.randint(1, 240))
    r = rng.random()
    if c == "uk":
        if r < 0.25:
            return "Flat " + str(rng.randint(1, 40)) + ", " + n + " " + st
        if r < 0.4:
            return n + rng.choice("abc") + " " + st
        if r < 0.5:
            return rng.choice(["Flat 2/1", "Flat 0/2", "3F1"]) + ", " + n + " " + st
        return n + " " + st
    if c == "ie":
        if r < 0.25:
            return "Apt " + str(rng.randint(1, 120)) + ", Block " + rng.choice("ABCDE") + ", " + st
        if r < 0.4:
            return "No. " + n + " " + st
        if r < 0.5:
            return "Bay " + str(rng.randint(1, 30)) + ", " + rng.choice(["St Margaret's Halting Site", "Cloverhill Park", "Labre Park", "Tara Court"])
        return n + " " + st
    if c == "au":
        if r < 0.3:
            return str(rng.randint(1, 30)) + "/" + n + " " + st
        if r < 0.45:
            return "Unit " + str(rng.randint(1, 30)) + ", " + n + " " + st
        if r < 0.55:
            return "PO Box " + str(rng.randint(10, 9999))
        return n + " " + st
    if r < 0.35:
        return str(rng.randint(1, 12)) + "/" + n + " " + st
    if r < 0.5:
        return "Flat " + rng.choice("ABCD") + ", " + n + " " + st
    if r < 0.6:
        return "PO Box " + str(rng.randint(10, 99999))
    return n + " " + st



def _iban(rng, cc, bban):
    num = ""
    for ch in bban + cc + "00":
        num += str(int(ch, 36))
    chk = 98 - int(num) % 97
    raw = cc + "%02d" % chk + bban
    if rng.random() < 0.7:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def gen_iban(rng, c):
    k = rng.choice([c, c, "pl", "ro", "lt", "bg"])
    if k in ("uk", "au", "nz"):
        return _iban(rng, "GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + _digits(rng, 14))
    if k == "ie":
        return _iban(rng, "IE", rng.choice(["AIBK", "BOFI", "IPBS"]) + _digits(rng, 14))
    if k == "pl":
        return _iban(rng, "PL", _digits(rng, 24))
    if k == "ro":
        return _iban(rng, "RO", rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + _digits(rng, 16))
    if k == "lt":
        return _iban(rng, "LT", _digits(rng, 16))
    return _iban(rng, "BG", rng.choice(["UNCR", "BNBG", "FINV"]) + _digits(rng, 6) + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(8)))


def gen_card(rng):
    pre = rng.choice(["4", "4", "51", "53", "55", "2221", "37"])
    ln = 15 if pre == "37" else 16
    full = _luhn_complete(pre + _digits(rng, ln - len(pre) - 1))
    r = rng.random()
    last = full[-4:]
    if r < 0.3:
        return " ".join(full[i:i + 4] for i in range(0, 16, 4)) if ln == 16 else full[:4] + " " + full[4:10] + " " + full[10:]
    if r < 0.45:
        return full
    if r < 0.65:
        return "**** **** **** " + last
    if r < 0.8:
        return "XXXX-XXXX-XXXX-" + last
    if r < 0.9:
        return full[:6] + "******" + last
    return "xxxx xxxx xxxx " + last


def _nino(rng):
    P = "ABCEGHJKLMNOPRSTWXYZ"
    p = rng.choice("ABCEGHJKLMNPRSTWYZ") + rng.choice(P.replace("O", ""))
    d = _digits(rng, 6)
    if rng.random() < 0.5:
        return p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + rng.choice("ABCD")
    return p + d + rng.choice("ABCD")


def _nhs(rng):
    while True:
        b = _digits(rng, 9)
        t = sum(int(x) * (10 - i) for i, x in enumerate(b))
        ck = 11 - t % 11
        if ck == 11:
            ck = 0
        if ck != 10:
            n = b + str(ck)
            return n[:3] + " " + n[3:6] + " " + n[6:] if rng.random() < 0.7 else n


def _pps(rng):
    return _digits(rng, 7) + rng.choice("ABCDEFGHKLMNPRTVWX") + rng.choice(["", "", "A", "W"])


def _medicare(rng):
    w = (1, 3, 7, 9, 1, 3, 7, 9)
    b = rng.choice("23456") + _digits(rng, 7)
    ck = sum(int(x) * w[i] for i, x in enumerate(b)) % 10
    n = b + str(ck) + rng.choice("12345")
    irn = rng.choice("12345")
    if rng.random() < 0.6:
        return n[:4] + " " + n[4:9] + " " + n[9] + (" / " + irn if rng.random() < 0.3 else "")
    return n


def _tfn(rng):
    w = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    while True:
        b = _digits(rng, 8)
        for last in "0123456789":
            n = b + last
            if sum(int(x) * w[i] for i, x in enumerate(n)) % 11 == 0:
                return n[:3] + " " + n[3:6] + " " + n[6:] if rng.random() < 0.6 else n


def _ird(rng):
    n = str(rng.randint(10000000, 149999999)).zfill(9)
    return n[:3] + "-" + n[3:6] + "-" + n[6:] if rng.random() < 0.6 else n


def gen_govid(rng, c):
    """Return (cue, value) for a national / health / tax id."""
    if c == "uk":
        if rng.random() < 0.55:
            return rng.choice(["NI no ", "NINO ", "ni number ", "NI: ", "nat ins "]), _nino(rng)
        return rng.choice(["NHS no ", "NHS number ", "nhs# ", "CHI "]), _nhs(rng)
    if c == "ie":
        if rng.random() < 0.7:
            return rng.choice(["PPSN ", "PPS no ", "pps ", "PPS number "]), _pps(rng)
        return rng.choice(["IHI ", "medical card no ", "GMS no "]), _digits(rng, 7) + rng.choice("ABCDEFGHJK")
    if c == "au":
        if rng.random() < 0.5:
            return rng.choice(["Medicare no ", "medicare # ", "Medicare card "]), _medicare(rng)
        if rng.random() < 0.5:
            return rng.choice(["TFN ", "tfn ", "tax file no "]), _tfn(rng)
        return rng.choice(["CRN ", "Centrelink CRN ", "crn "]), _digits(rng, 3) + " " + _digits(rng, 3) + " " + _digits(rng, 3) + rng.choice("ABCDHJKLTX")
    if rng.random() < 0.6:
        return rng.choice(["IRD ", "IRD no ", "ird # "]), _ird(rng)
    return rng.choice(["NHI ", "nhi ", "MSD client no "]), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + _digits(rng, 4)


def gen_ref(rng, c):
    """Return (cue, value) for account/order/ticket/meter/licence/etc numbers."""
    k = rng.randrange(12)
    if k == 0:
        if c == "ie":
            return rng.choice(["MPRN ", "mprn "]), "10" + _digits(rng, 9)
        if c == "uk":
            m = rng.choice(["10", "12", "16", "21"]) + _digits(rng, 11)
            return rng.choice(["MPAN ", "mpan ", "S number "]), m if rng.random() < 0.5 else m[:2] + " " + m[2:6] + " " + m[6:10] + " " + m[10:]
        return rng.choice(["NMI ", "ICP "]), (rng.choice(["41", "43", "60", "NC"]) + _digits(rng, 8)) if c == "au" else ("0000" + _digits(rng, 6) + rng.choice(["UN", "WE", "CK"]) + _digits(rng, 3))
    if k == 1:
        return rng.choice(["meter serial ", "meter no ", "MSN ", "gas meter "]), rng.choice(["E", "G4K", "K", "S1"]) + _digits(rng, 2) + rng.choice(["A", "B", "W", "P"]) + _digits(rng, 5 + rng.randrange(3))
    if k == 2:
        return rng.choice(["council tax acc ", "CT ref ", "ctax no ", "rates ref ", "property ref "]), rng.choice(["", "CT", "9"]) + _digits(rng, 8)
    if k == 3:
        return rng.choice(["acc no ", "account ", "a/c ", "acct# ", "BAN "]), _digits(rng, rng.choice([8, 9, 10, 12]))
    if k == 4:
        return rng.choice(["ticket ", "case ", "INC ", "ref "]), rng.choice(["INC", "CAS-", "CS", "SR-", "HR", "TKT"]) + _digits(rng, 7)
    if k == 5:
        return rng.choice(["order ", "order no ", "ord# "]), rng.choice(["", "ORD-", "VM", "BT"]) + _digits(rng, 9)
    if k == 6:
        return rng.choice(["tracking ", "tracking no ", "consignment "]), rng.choice([rng.choice(["JD", "AB", "RR", "CP"]) + _digits(rng, 9) + rng.choice(["GB", "IE", "AU", "NZ"]), "H" + _digits(rng, 15), _digits(rng, 16)])
    if k == 7:
        return rng.choice(["booking ", "appt ref ", "job no ", "repair ref "]), rng.choice(["RJ", "JB", "WO", ""]) + _digits(rng, 6)
    if k == 8:
        return rng.choice(["policy ", "policy no ", "claim no "]), rng.choice(["POL", "HC", "ACC", ""]) + _digits(rng, 8)
    if k == 9:
        if c == "uk":
            return rng.choice(["licence ", "DL no ", "passport "]), rng.choice(["".join(rng.choice("ABCDEFGHJKLMNPRSTWY") for _ in range(5)) + _digits(rng, 6) + "".join(rng.choice("ABCDEFGHJK") for _ in range(2)) + _digits(rng, 1) + "".join(rng.choice("ABCDEFG") for _ in range(2)), _digits(rng, 9)])
        if c == "ie":
            return rng.choice(["licence no ", "passport no ", "IRP "]), rng.choice([_digits(rng, 9), rng.choice(["PA", "PB", "LA"]) + _digits(rng, 7)])
        if c == "au":
            return rng.choice(["licence no ", "DL ", "passport "]), rng.choice([_digits(rng, 8), rng.choice(["PA", "N", "E"]) + _digits(rng, 7)])
        return rng.choice(["licence no ", "DL ", "passport "]), rng.choice(["".join(rng.choice("ABCDEFGHJKLMN") for _ in range(2)) + _digits(rng, 6), "L" + rng.choice("ABCDEF") + _digits(rng, 6)])
    if k == 10:
        return rng.choice(["tenancy ref ", "housing ref ", "HB claim ", "UC ref "]), rng.choice(["T", "HB", "HR", ""]) + _digits(rng, 7)
    return rng.choice(["NBN loc ID ", "service ID ", "circuit ", "eircode lookup id "]) if c in ("au", "ie") else rng.choice(["service ID ", "line ID ", "SIM "]), (rng.choice(["LOC", "AVC", "S"]) + _digits(rng, 12)) if c == "au" else rng.choice(["BBEU", "ONEA", "OR", "8944"]) + _digits(rng, 10)



NICK = {
    "Krzysztof": "Krzysiek", "Małgorzata": "Gosia", "Aleksandra": "Ola", "Katarzyna": "Kasia", "Przemysław": "Przemek",
    "Grzegorz": "Grzesiek", "Magdalena": "Madzia", "Alexandru": "Alex", "Gheorghe": "Gigi", "Constantin": "Costi",
    "Ionuț": "Nelu", "Gediminas": "Gedas", "Mindaugas": "Mindė", "Aleksandras": "Aleks", "Dimitar": "Mitko", "Hristo": "Itso",
    "Oluwaseun": "Seun", "Babatunde": "Tunde", "Chukwuemeka": "Emeka", "Oluwafemi": "Femi", "Oluwakemi": "Kemi",
    "Funmilayo": "Funmi", "Abdirahman": "Abdi", "Abdullahi": "Abdul", "Mohamed": "Maxamed", "Muhammad": "Mo",
    "Gurpreet": "Gurps", "Harjinder": "Harj", "Sukhwinder": "Sukhi", "Sivakumar": "Siva", "Tharshika": "Tharsh",
    "Balachandran": "Bala", "Joselito": "Lito", "Concepcion": "Connie", "Reynaldo": "Rey", "Rosemarie": "Rose",
    "Pádraig": "Podge", "Michael": "Mikey", "Bridget": "Biddy", "Margaret": "Peg", "Kathleen": "Kit", "Dafydd": "Dai",
    "Gwenllian": "Gwen", "Alasdair": "Ally", "Ealasaid": "Elsie", "Wiremu": "Wiri", "Tamati": "Tam", "Sione": "Sio",
    "Viliami": "Vili", "Salote": "Lote", "Yohannes": "Johnny", "Amanuel": "Amanu", "Tesfay": "Tesfa", "Christy": "Chris",
    "Chiamaka": "Amaka", "Ikechukwu": "Ike", "Adebayo": "Bayo", "Folasade": "Sade", "Kwabena": "Kobby", "Abdikarim": "Karim",
}
TITLES_M = ("Mr", "Mr.", "mr", "Dr", "Dr.", "Mx", "Rev", "Cllr", "Sir", "Prof")
TITLES_F = ("Mrs", "Ms", "Miss", "Mrs.", "mrs", "Dr", "Mx", "Ms.", "Cllr", "Madam")


def strip_marks(x):
    out = unicodedata.normalize("NFKD", x)
    out = "".join(ch for ch in out if not unicodedata.combining(ch))
    return out.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")


class Person:
    def __init__(self, given, family, sex, culture, middle="", family_first=False, nick=""):
        self.given, self.family, self.sex, self.culture = given, family, sex, culture
        self.middle, self.family_first, self.nick = middle, family_first, nick

    def full(self):
        parts = [self.given, self.middle, self.family]
        if self.family_first:
            parts = [self.family, self.middle, self.given]
        return " ".join(x for x in parts if x)


CULTURES = tuple(NAMES)


def _build_person(rng, culture):
    pool = NAMES[culture]
    sex = rng.choice("mf")
    given = rng.choice(pool[sex])
    family = rng.choice(pool["s"])
    middle = ""
    ff = False
    if culture == "somali":
        middle = rng.choice(pool["m"])
        if rng.random() < 0.5:
            family = rng.choice(pool["m"])
    elif culture == "eritrean" and rng.random() < 0.5:
        family = rng.choice(pool["m"])
    elif culture == "tamil" and rng.random() < 0.4:
        family = rng.choice(pool["m"])
    elif culture == "vietnamese":
        middle = rng.choice(["Văn", "Đức", "Minh", "Quốc"] if sex == "m" else ["Thị", "Ngọc", "Thanh", "Kim"])
        ff = rng.random() < 0.7
    elif culture == "chinese":
        ff = rng.random() < 0.6
    elif culture == "sikh":
        if rng.random() < 0.5:
            middle = "Singh" if sex == "m" else "Kaur"
            if family in ("Singh", "Kaur"):
                family = rng.choice([x for x in pool["s"] if x not in ("Singh", "Kaur")])
        elif family in ("Singh", "Kaur"):
            family = "Singh" if sex == "m" else "Kaur"
    elif culture == "irish" and sex == "f" and family.startswith("Ó "):
        family = "Ní " + family[2:]
    elif culture == "bulgarian":
        if sex == "f" and not family.endswith("a"):
            family += "a"
        if sex == "m" and family.endswith("va"):
            family = family[:-1]
    elif culture == "polish":
        if sex == "f" and family.endswith("ski"):
            family = family[:-1] + "a"
        if sex == "m" and family.endswith("ska"):
            family = family[:-1] + "i"
    elif culture == "filipino" and rng.random() < 0.25:
        middle = rng.choice(pool["s"])
    elif culture == "gaelic" and sex == "f" and family.startswith("Mac") and rng.random() < 0.5:
        family = "Nic" + family[3:]
    nick = NICK.get(given, "")
    return Person(given, family, sex, culture, middle, ff, nick)


def make_person(rng, listed, culture=None):
    for attempt in range(60):
        c = culture if (culture and attempt < 30) else rng.choice(CULTURES)
        p = _build_person(rng, c)
        if not (name_ok(p.full(), listed) and name_ok(strip_marks(p.full()), listed)):
            continue
        if p.nick and not name_ok(p.nick, listed):
            p.nick = ""
        return p
    syl = ["ka", "zu", "mi", "ro", "ta", "ne", "lo", "vi", "sha", "dru", "kel", "mon", "tuv", "rah"]
    while True:
        g = "".join(rng.choice(syl) for _ in range(3)).capitalize()
        f = "".join(rng.choice(syl) for _ in range(4)).capitalize()
        if name_ok(g + " " + f, listed):
            return Person(g, f, rng.choice("mf"), "x")


def _ascii(x):
    return re.sub(r"[^a-z0-9]", "", strip_marks(x).lower())


def gen_email(rng, p, c):
    g, f = _ascii(p.given), _ascii(p.family)
    dom = {"uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
           "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"],
           "au": ["gmail.com", "bigpond.com", "outlook.com.au", "yahoo.com.au", "optusnet.com.au"],
           "nz": ["gmail.com", "xtra.co.nz", "hotmail.co.nz", "outlook.com", "slingshot.co.nz"]}[c]
    local = rng.choice([g + "." + f, g + f + _digits(rng, 2), g[0] + f, f + "." + g, g + "_" + f + _digits(rng, 4), g + _digits(rng, 3), f + g[0] + _digits(rng, 2)])
    return local + "@" + rng.choice(dom)


def gen_url(rng, p, c):
    g, f = _ascii(p.given), _ascii(p.family)
    r = rng.randrange(7)
    if r == 0:
        return rng.choice(["facebook.com/", "https://www.facebook.com/", "fb.com/"]) + g + "." + f + "." + _digits(rng, 2)
    if r == 1:
        return "https://www.linkedin.com/in/" + g + "-" + f + "-" + "".join(rng.choice("0123456789abcdef") for _ in range(6))
    if r == 2:
        return "instagram.com/" + g + "_" + f[:4] + _digits(rng, 2)
    if r == 3:
        host = {"uk": "https://myaccount.manchester.gov.uk/ctax/account/", "ie": "https://my.electricireland.ie/accounts/",
                "au": "https://my.sydneywater.com.au/account/", "nz": "https://myaccount.watercare.co.nz/acc/"}[c]
        return host + _digits(rng, 9)
    if r == 4:
        return "https://crm.local/contact/" + _digits(rng, 7) + "?view=full"
    if r == 5:
        return "https://wa.me/" + rng.choice(["447", "3538", "614", "642"]) + _digits(rng, 8)
    return "tiktok.com/@" + g + f[:3] + _digits(rng, 2)


def gen_ip(rng):
    r = rng.random()
    if r < 0.7:
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    if r < 0.85:
        return "192.168." + str(rng.randint(0, 5)) + "." + str(rng.randint(2, 254))
    return "2a00:23c" + rng.choice("4567") + ":" + ":".join("%x" % rng.randint(0, 65535) for _ in range(3)) + "::" + "%x" % rng.randint(1, 65535)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def gen_dob(rng):
    y, m, d = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    r = rng.randrange(9)
    if r == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if r == 1:
        return "%d/%d/%02d" % (d, m, y % 100)
    if r == 2:
        return "%02d.%02d.%d" % (d, m, y)
    if r == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if r == 4:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if r == 5:
        suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, suf, MONTHS[m - 1][:3], y)
    if r == 6:
        return "%02d-%02d-%d" % (d, m, y)
    if r == 7:
        return "%s %d %d" % (MONTHS[m - 1], d, y)
    return "%02d%02d%02d" % (d, m, y % 100)



def _L(x):
    return [w.strip() for w in x.split(";") if w.strip()]


FILL = {
    "PLAN": _L("Full Fibre 900; Fibre 500; Superfast Fibre 2; NBN 50; NBN 100 Home Fast; Fibre Max; Unlimited Max; SIM Only 100GB; Pay Monthly 30GB; Economy 7; Flexible Octopus; Agile Octopus; Smart PAYG; Budget Plan; Warm Home Discount; Household Support Fund; Fuel Allowance; Energy Hardship Grant; WaterSure; Social Tariff; Essentials Broadband; Basic Broadband 36; Big Bundle; Home Phone Saver; Prepay Plus; Payment Plan 12m"),
    "APP": _L("myGov app; Express app; Octopus app; My EE; MyEir; Spark app; WhatsApp; Viber; Messenger; NHS App; HSE app; Revolut; Monzo; Wise; Remitly; MyMSD; myIR; Patches app; Teams; Genesys; Salesforce; Zendesk; LanguageLine app; Google Translate"),
    "DEV": _L("Smart Hub 2; Sky Q box; Huawei B535; TP-Link Archer C6; Nokia Beacon 3; SMETS2 meter; SMETS1 meter; Chameleon IHD; Eero 6; Sagemcom 5866; Hive thermostat; Galaxy A14; iPhone 13; Redmi Note 12; Fritz!Box 7530; Arcadyan VRV9517; Vodafone Wi-Fi Hub; ZTE MF286; Landis+Gyr E470; Secure Liberty 100; Honeywell Evohome; Worcester Bosch 4000"),
    "TEAM": _L("Tier 2; Collections; Retentions; Back Office; Complex Cases; Vulnerable Customers team; Priority Services Register; PSR team; Faults queue; Escalations; Housing Repairs; Homeless Prevention; Revs & Bens; Welsh language line; Interpreter line; Language Line; TIS National; Field Force; Outbound; night shift; Q4 Billing; Hardship team; Aboriginal Liaison; Pasifika desk; Metering ops; Move In Move Out; Tenancy Sustainment; Disrepair"),
    "WIN": _L("sorted; resolved FCR; cx happy; 5* CSAT; NPS 10; closed on first call; big win; result!; legend; saved the account; retained; no callback needed; complaint withdrawn; happy days; ticket closed; left a lovely review; gave 10/10; thanked the whole team"),
    "LANG": _L("dziękuję bardzo; mulțumesc frumos; labai ačiū; благодаря; e se gan; medaase; mahadsanid; yekenyeley; shukriya; dhonnobad; waheguru ji; romba nandri; salamat po; cảm ơn nhiều; xièxie; go raibh maith agat; diolch yn fawr; tapadh leat; kia ora; ka pai; fa'afetai lava; mālō 'aupito; deadly; no wahala; chale; inshallah; wallahi; sabi; tiki-taka; grand so; sound; ta v much; ripper; sweet as; chur"),
    "JARGON": _L("FCR; AHT; ACW; ETA; DD; PAYG; UC; HB; CTR; PSR; COT; CoS; ETF; LOA; KYC; DPA passed; ID&V done; 3 way call; warm transfer; SLA; RCA; no fault found; NFF; LOS; sync ok; ONT reset; SNR fine; CLI; PAC code; STAC; port in; WLR; RFT; HAP; SOC; EOI; CSAT; QA; T1; T2"),
    "AMT": _L("£12.50; £240; £1,032.18; £75 credit; €49.99; €180; €1,200 arrears; $88.40; $1,450; $20 goodwill; NZ$65; $350 hardship; £0.00 balance; €12 refund; £4.99pm; $79/m; £30 a month; 30 quid"),
    "TIME": _L("9am; 10:30; 14:05; 2pm; 4.45pm; 8-12 slot; AM slot; 12-6; 17:30; after 6; lunchtime; 11ish; 7.15am; 3:40pm; half 2; PM slot"),
    "DUR": _L("5 mins; 40 min; 1hr 20; 12 min; under 10 mins; 2 hrs; 25m; 6:30 AHT; half an hour"),
    "DAY": _L("Monday; Tues; Wed; Thursday; Fri; Sat; next week; tomorrow; tmrw; today; end of month; Friday arvo; next Tuesday; the 14th; 3rd Jan; 21/11; 02/12; 15 March; 30th; 1st of the month"),
    "SHOP": _L("Tesco; Lidl; Aldi; Primark; Marks & Spencer; Sainsbury's; Dunnes Stores; SuperValu; Harvey Norman; Jim's Mowing; Bunnings; JB Hi-Fi; Pak'nSave; The Warehouse; Kmart; Woolworths; Coles; Countdown; Argos; Currys; PayPoint; Post Office; An Post; Australia Post; NZ Post; Western Union"),
    "HOSP": _L("Fiona Stanley Hospital; Royal Prince Alfred; Princess Alexandra Hospital; Beaumont Hospital; St James's Hospital; Tallaght University Hospital; Middlemore Hospital; Christchurch Hospital; Royal Gwent; Queen Elizabeth Hospital; the Mater; Ninewells; Western Isles Hospital; St Vincent's"),
    "TRAVEL": _L("Heathrow T5; Manchester Airport; Dublin Airport T2; Shannon; Sydney Airport; Tullamarine; Auckland Airport; Darwin Airport; Piccadilly station; Heuston; Connolly; Central Station; Britomart; Flinders Street; Waterloo; Glasgow Queen Street; Cardiff Central"),
    "CHARITY": _L("St Vincent de Paul; Salvation Army; Barnardos; Ronald McDonald House; Focus Ireland; Crisis; Age UK; Mind Cymru; Foodbank Aotearoa; Vinnies; Mission Australia; Citizens Advice Bureau; Trussell Trust; Pavee Point; Auntie Pixelante Foodbank; Wesley Mission; Smith Family; Oxfam"),
    "MODEL": _L("SMETS2; E470; B535; VRV9517; A14; ZTE MF286D; HH6; Beacon 3; Archer C6; IHD6; F@st 5866; EVO 3; AX3000"),
}
CITY_O = {c: TOWNS[c] for c in COUNTRIES}
CITY_O["uk"] = CITY_O["uk"] + ["London", "Wales", "Scotland", "the Western Isles", "Lewis", "Tower Hamlets", "Sparkhill", "Moss Side"]
CITY_O["ie"] = CITY_O["ie"] + ["Connemara", "Donegal", "Meath", "the Gaeltacht", "Mayo"]
CITY_O["au"] = CITY_O["au"] + ["Western Sydney", "the NT", "Arnhem Land", "Queensland", "WA", "Victoria", "Yirrkala"]
CITY_O["nz"] = CITY_O["nz"] + ["South Auckland", "Northland", "Te Tai Tokerau", "Waikato", "the Hutt", "Aotearoa"]
HOMES = _L("Poland; Romania; Lithuania; Bulgaria; Lagos; Accra; Kumasi; Mogadishu; Hargeisa; Asmara; Lahore; Mirpur; Sylhet; Dhaka; Amritsar; Jaffna; Manila; Cebu; Hanoi; Ho Chi Minh City; Guangzhou; Hong Kong; Apia; Nuku'alofa; Tonga; Samoa; Kraków; Cluj; Vilnius; Sofia; Ibadan; Punjab")
ORGCAT = {
    "ENERGY": {"uk": "British Gas; Octopus Energy; OVO; EDF; E.ON Next; Scottish Power; SSE", "ie": "Electric Ireland; Bord Gáis Energy; SSE Airtricity; Flogas; Energia; ESB Networks",
               "au": "AGL; Origin Energy; EnergyAustralia; Red Energy; Jacana Energy; Ausgrid; Jemena", "nz": "Mercury; Genesis Energy; Contact Energy; Meridian; Nova Energy; Vector"},
    "WATER": {"uk": "Thames Water; Dŵr Cymru; Welsh Water; Scottish Water; United Utilities; Severn Trent", "ie": "Uisce Éireann; Irish Water",
              "au": "Sydney Water; Yarra Valley Water; Greater Western Water; Power and Water; Urban Utilities", "nz": "Watercare; Wellington Water"},
    "TELCO": {"uk": "BT; Virgin Media; Openreach; EE; Vodafone; Sky; TalkTalk; Three; giffgaff; Lebara", "ie": "eir; Virgin Media Ireland; Three Ireland; Vodafone Ireland; Sky Ireland; Tesco Mobile",
              "au": "Telstra; Optus; NBN Co; TPG; Vodafone AU; Boost; Aussie Broadband; Lycamobile", "nz": "Spark; One NZ; 2degrees; Chorus; Skinny; Slingshot"},
    "GOVT": {"uk": "HMRC; DWP; Universal Credit; Jobcentre Plus; Manchester City Council; Cardiff Council; Glasgow City Council; Comhairle nan Eilean Siar; Tower Hamlets Council; Leicester City Council",
             "ie": "Revenue; DSP; Intreo; Dublin City Council; Galway County Council; Cork City Council; Citizens Information; HSE",
             "au": "Centrelink; Services Australia; ATO; myGov; Medicare; Blacktown City Council; Territory Families; NDIS",
             "nz": "MSD; Work and Income; IRD; Auckland Council; ACC; Porirua City Council; Whānau Ora"},
    "HOUSING": {"uk": "Clarion; Peabody; Wythenshawe Community Housing; Cartrefi Cymru; Glasgow Housing Association; Shelter", "ie": "Respond Housing; Clúid; Dublin City Council Housing; Threshold; Pavee Point",
                "au": "Homes NSW; Homes Victoria; Housing Choices; Aboriginal Housing Office; Tenants Union", "nz": "Kāinga Ora; Tenancy Services; Te Tūāpapa Kura Kāinga; Community Housing Aotearoa"},
}
ORGCAT = {k: {c: _L(v) for c, v in d.items()} for k, d in ORGCAT.items()}
CURR = {"uk": "£", "ie": "€", "au": "$", "nz": "$"}
LANGNAME = _L("Polish; Romanian; Lithuanian; Bulgarian; Yoruba; Igbo; Hausa; Twi; Ewe; Somali; Tigrinya; Urdu; Punjabi; Mirpuri; Sylheti; Bengali; Tamil; Tagalog; Bisaya; Vietnamese; Mandarin; Cantonese; Irish; Welsh; Gàidhlig; te reo Māori; Samoan; Tongan; Kriol; Yolŋu Matha; Pitjantjatjara; Shelta; Arabic; Pidgin")
TITLES_C = {
    "polish": ("Pan", "Pani"), "romanian": ("Domnul", "Doamna"), "lithuanian": ("Ponas", "Ponia"), "bulgarian": ("Gospodin", "Gospozha"),
    "nigerian": ("Alhaji", "Mama"), "ghanaian": ("Nana", "Maame"), "somali": ("Aabo", "Hooyo"), "eritrean": ("Ato", "Weyzero"),
    "pakistani": ("Haji", "Baji"), "bangladeshi": ("Bhai", "Apa"), "sikh": ("Sardar", "Bibi"), "tamil": ("Thiru", "Akka"),
    "filipino": ("Kuya", "Ate"), "vietnamese": ("Anh", "Chị"), "chinese": ("Uncle", "Auntie"), "irish": ("Father", "Sister"),
    "welsh": ("Mr", "Mrs"), "gaelic": ("Mr", "Mrs"), "maori": ("Matua", "Whaea"), "pacific": ("Uncle", "Aunty"), "aboriginal": ("Uncle", "Aunty"),
}


def gen_amt(rng, c):
    cur = CURR[c]
    r = rng.random()
    if r < 0.35:
        v = cur + str(rng.randint(5, 400))
    elif r < 0.7:
        v = cur + "%d.%02d" % (rng.randint(1, 900), rng.randint(0, 99))
    elif r < 0.8:
        v = cur + "{:,}".format(rng.randint(1000, 6000))
    elif r < 0.9:
        v = str(rng.randint(10, 300)) + (" quid" if c == "uk" else " euro" if c == "ie" else " bucks")
    else:
        v = (c == "nz" and "NZ$" or c == "au" and "AU$" or cur) + str(rng.randint(10, 999))
    if rng.random() < 0.85:
        return v
    return v + rng.choice([" credit", " arrears", "/m", " pcm" if c != "au" else " a fortnight"])


TYPO = {"customer": ["cust", "cusotmer", "cx", "customr"], "because": ["becuase", "bc", "coz", "cos"], "received": ["recieved", "rcvd"],
        "appointment": ["appt", "appoinment"], "thanks": ["thx", "tnx", "thnks"], "please": ["pls", "plz"], "tomorrow": ["tmrw", "tomoz"],
        "engineer": ["eng", "engg", "enginer"], "account": ["acc", "acct", "accnt"], "payment": ["pymt", "paymnt"], "with": ["w/", "wiht"],
        "before": ["b4"], "message": ["msg"], "number": ["no.", "num", "nmbr"], "you": ["u"], "are": ["r"], "the": ["teh", "th"],
        "and": ["&", "n", "an"], "really": ["rly", "realy"], "council": ["councl", "cncl"], "balance": ["bal", "balence"], "arrears": ["arrers"]}


def typo_text(rng, text):
    def rep(m):
        w = m.group(0)
        opts = TYPO.get(w.lower())
        if opts and rng.random() < 0.25:
            return rng.choice(opts)
        return w
    return re.sub(r"[A-Za-z]+", rep, text)


_TAG = re.compile(r"\{([A-Z0-9_]+)\}")
_CHOICE = re.compile(r"\[([^\[\]]*)\]")


class Ctx:
    def __init__(self, rng, listed, country=None, culture=None):
        self.rng, self.listed = rng, listed
        self.c = country or rng.choice(COUNTRIES)
        self.p1 = make_person(rng, listed, culture or rng.choice(CULTURES))
        self.p2 = make_person(rng, listed, rng.choice(CULTURES))
        self.p3 = make_person(rng, listed, rng.choice(CULTURES))
        self.fold = rng.random() < 0.35


def _nm(ctx, x):
    return strip_marks(x) if ctx.fold else x


def name_segs(ctx, p, form=None):
    rng = ctx.rng
    if form is None:
        form = rng.choice(["full", "full", "given", "family_t", "crm", "nick", "given", "full_t", "t_given", "lower", "upper_fam", "initial"])
    N = lambda x: (_nm(ctx, x), "name")
    if form == "full":
        return [N(p.full())]
    if form == "given" or (form == "nick" and not p.nick):
        return [N(p.given)]
    if form == "nick":
        return [N(p.nick)]
    if form == "family":
        return [N(p.family)]
    if form in ("family_t", "full_t"):
        t = rng.choice(TITLES_M if p.sex == "m" else TITLES_F)
        if rng.random() < 0.2 and p.culture in TITLES_C:
            t = TITLES_C[p.culture][0 if p.sex == "m" else 1]
        if rng.random() < 0.12:
            return [N(p.family if form == "family_t" else p.full()), (rng.choice([" (" + t + ")", " - " + t, ", " + t]), "o")]
        return [(t + " ", "o"), N(p.family if form == "family_t" else p.full())]
    if form == "t_given" and rng.random() < 0.7 and p.culture in TITLES_C:
        return [(TITLES_C[p.culture][0 if p.sex == "m" else 1] + " ", "o"), N(p.given)]
    if form == "t_given":
        t = rng.choice(["Aunty", "Uncle", "Bro", "Sis", "Auntie", "Mr", "Mrs" if p.sex == "f" else "Mr", "Ms" if p.sex == "f" else "Dr"])
        return [(t + " ", "o"), N(p.given)]
    if form == "crm":
        fam = p.family.upper() if rng.random() < 0.5 else p.family
        g = p.given + (" " + p.middle if p.middle and rng.random() < 0.5 else "")
        if rng.random() < 0.3:
            fam, g = fam.lower(), g.lower()
        return [N(fam), (", ", "o"), N(g)]
    if form == "lower":
        return [N(p.full().lower())]
    if form == "upper_fam":
        return [N(p.family.upper() + " " + p.given)]
    if form == "initial":
        return [N(p.given[0]), (". ", "o"), N(p.family)] if rng.random() < 0.5 else [N(p.given), (" ", "o"), N(p.family[0]), (".", "o")]
    return [N(p.full())]



def _dob_cue(rng):
    return rng.choice(["DOB ", "dob ", "d.o.b ", "D.O.B: ", "DoB: ", "born ", "b. ", "birthday ", "bday ", "date of birth ", "DOB-", "dob: "])


def render_tag(ctx, tag):
    rng, c = ctx.rng, ctx.c
    if tag == "N":
        return name_segs(ctx, ctx.p1)
    if tag == "NF":
        return name_segs(ctx, ctx.p1, "full")
    if tag == "G":
        return name_segs(ctx, ctx.p1, rng.choice(["given", "nick", "given"]))
    if tag == "T":
        return name_segs(ctx, ctx.p1, rng.choice(["family_t", "full_t", "t_given"]))
    if tag == "CRM":
        return name_segs(ctx, ctx.p1, "crm")
    if tag == "POSS":
        return name_segs(ctx, ctx.p1, rng.choice(["given", "full", "family_t", "nick"])) + [(rng.choice(["'s", "’s", "s"]) if True else "", "o")]
    if tag == "Q":
        q = rng.choice(['"', "'", "“"])
        return [(q, "o")] + name_segs(ctx, ctx.p1, rng.choice(["given", "nick", "nick"])) + [({"“": "”"}.get(q, q), "o")]
    if tag == "C":
        return name_segs(ctx, ctx.p2, rng.choice(["given", "given", "full", "initial", "nick"]))
    if tag == "C2":
        return name_segs(ctx, ctx.p3, rng.choice(["given", "full", "nick"]))
    if tag == "H":
        return [("@", "o"), (_nm(ctx, ctx.p2.given if rng.random() < 0.7 else ctx.p2.full()), "name")]
    if tag == "P2":
        return name_segs(ctx, ctx.p3, rng.choice(["given", "full", "family_t", "t_given"]))
    if tag == "PH":
        return [(gen_phone(rng, c), "phone")]
    if tag == "EM":
        return [(gen_email(rng, ctx.p1, c), "email")]
    if tag == "CARD":
        return [(gen_card(rng), "card")]
    if tag == "IBAN":
        return [(gen_iban(rng, c), "iban")]
    if tag == "IP":
        return [(gen_ip(rng), "ip")]
    if tag == "URL":
        return [(gen_url(rng, ctx.p1, c), "url")]
    if tag == "DOBC":
        return [(_dob_cue(rng), "o"), (gen_dob(rng), "dob")]
    if tag == "DOB":
        return [(gen_dob(rng), "dob")]
    if tag == "GOV":
        cue, v = gen_govid(rng, c)
        return [(cue, "o"), (v, "id")]
    if tag == "REF":
        cue, v = gen_ref(rng, c)
        return [(cue, "o"), (v, "id")]
    if tag == "ID":
        return [(gen_ref(rng, c)[1], "id")]
    if tag == "USER":
        g, f = _ascii(ctx.p1.given), _ascii(ctx.p1.family)
        return [(rng.choice(["username ", "login ", "user id ", "portal login "]), "o"), (rng.choice([g + f[:1] + _digits(rng, 2), f + "_" + g[:3], g + "." + f, g[:1] + f + _digits(rng, 3)]), "id")]
    if tag == "ADDR":
        return [(gen_address(rng, c), "address")]
    if tag == "PC":
        return [(gen_postcode(rng, c), "postcode")]
    if tag == "ADDRT":
        town, st, pc = gen_place(rng, c)
        if c == "uk" and rng.random() < 0.3:
            town = town.upper()
        segs = [(gen_address(rng, c), "address"), (rng.choice([", ", " ", ", "]), "o"), (town, "~")]
        county = {"Tuam": "Galway", "Galway": "Galway", "Ballina": "Mayo", "Letterkenny": "Donegal", "Navan": "Meath", "Ennis": "Clare",
                  "Cork": "Cork", "Dundalk": "Louth", "Drogheda": "Louth", "Mullingar": "Westmeath", "Athlone": "Westmeath",
                  "Carlow": "Carlow", "Limerick": "Limerick", "Waterford": "Waterford"}.get(town)
        if c == "ie" and county and rng.random() < 0.5:
            segs += [(", ", "o"), ("Co. " + county, "~")]
        if c == "au" and rng.random() < 0.85:
            segs += [(" ", "o"), (st, "~")]
        if rng.random() < 0.75 or c == "au":
            segs += [(rng.choice([" ", ", "]) if c != "au" else " ", "o"), (pc, "postcode")]
        return segs
    if tag == "PCT":
        town, st, pc = gen_place(rng, c)
        return [(pc, "postcode"), (" ", "o"), (town, "~")]
    if tag == "CITY":
        return [(rng.choice(CITY_O[c]), "o")]
    if tag == "HOME":
        return [(rng.choice(HOMES), "o")]
    if tag == "ORG":
        return [(rng.choice(ORGS[c]), "o")]
    if tag == "ORG2":
        return [(rng.choice(ORGS[c]), "o")]
    if tag in ORGCAT:
        return [(rng.choice(ORGCAT[tag][c]), "o")]
    if tag == "AMT":
        return [(gen_amt(rng, c), "o")]
    if tag == "LN":
        return [(rng.choice(LANGNAME), "o")]
    if tag == "GP":
        return [(rng.choice(GPS[c]), "o")]
    if tag == "FAM":
        return name_segs(ctx, ctx.p1, "family")
    if tag == "GIV":
        return name_segs(ctx, ctx.p1, "given")
    if tag == "SHE":
        return [("she" if ctx.p1.sex == "f" else "he", "o")]
    if tag == "HIM":
        return [("her" if ctx.p1.sex == "f" else "him", "o")]
    if tag == "HER":
        return [("her" if ctx.p1.sex == "f" else "his", "o")]
    if tag in FILL:
        return [(rng.choice(FILL[tag]), "o")]
    raise KeyError(tag)


def render(ctx, template):
    rng = ctx.rng
    t = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    segs = []
    pos = 0
    for m in _TAG.finditer(t):
        if m.start() > pos:
            segs.append((t[pos:m.start()], "o"))
        segs.extend(render_tag(ctx, m.group(1)))
        pos = m.end()
    if pos < len(t):
        segs.append((t[pos:], "o"))
    return segs


def _normalise(segs):
    out = []
    for text, lab in segs:
        if not text:
            continue
        if lab != "o":
            core = text.strip()
            lead = text[:len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()):]
            if lead:
                out.append((lead, "o"))
            out.append((core, lab))
            if trail:
                out.append((trail, "o"))
        else:
            out.append((text, lab))
    merged = []
    for text, lab in out:
        if merged and lab == "o" and merged[-1][1] == "o":
            merged[-1] = (merged[-1][0] + text, "o")
        else:
            merged.append((text, lab))
    if merged and merged[0][1] == "o":
        merged[0] = (merged[0][0].lstrip(), "o")
    if merged and merged[-1][1] == "o":
        merged[-1] = (merged[-1][0].rstrip(), "o")
    merged = [(t, l) for t, l in merged if t]
    return [(re.sub(r"  +", " ", t) if l == "o" else t, l) for t, l in merged]



T_PII = [
    "[cust|cx|caller|customer] {N} rang re {ENERGY} bill, [set up|agreed] {PLAN} and {AMT} off arrears, {WIN}",
    "spoke to {N} on {PH} about the {DEV}, talked through reset, back online {TIME}. {WIN}",
    "Thanks to {C} from [billing|Collections|Tier 2] for jumping on a 3 way with {T}, {ORG} debt cleared",
    "{CRM} - {GOV} verified, UC [housing element|claim] backdated, cx over the moon",
    "{POSS} [boiler|heating|hot water] fixed by {HOUSING} eng {DAY}, repair ref {ID} closed, {WIN}",
    "cx {N} moving to {ADDRT} {DAY}, {REF} set up, final read taken",
    "huge shout out {H} for sorting {POSS} [smart meter|IHD|prepay top up] on the {TEAM} line",
    "[customer|cust] {NF} {DOBC} passed ID&V, {PLAN} applied, saving {AMT}",
    "<c=uk/ie/au/nz>{T} from {HOME} needed {LN} interp via Language Line, we got {REF} fixed, {SHE} said {LANG}",
    "{N} emailed from {EM} asking to close acc, offered {PLAN} instead and {G} stayed! {WIN}",
    "card {CARD} declined at {SHOP} PayPoint, cx {N} paid by phone instead {AMT}",
    "refund of {AMT} sent to {IBAN} for {N}, was overcharged by {ORG}",
    "{N} ({PH}) kept getting cut off, {REF}, engineer booked {DAY} {TIME}, cx happy",
    "login issues, {USER}, last IP {IP}, reset pw and {G} got into {APP}",
    "{N} said to put {Q} on file, that's what everyone calls {HIM}, updated CRM, {PLAN}",
    "{CRM} {PH} {EM} - moved to {PLAN}, {AMT} credit, {WIN}",
    "{T} rang about {HER} son {P2}, cant pay {WATER}, got Hardship team to freeze {REF}",
    "{N} DOB {DOB} {GOV} - sorted the council tax reduction, {AMT} off",
    "new tenancy {ADDRT}, tenant {N}, {REF} keys handed over {DAY}",
    "mob {PH} alt {PH} - {N} wanted {ORG} callback, done {TIME}, {WIN}",
    "cx sent us {URL} as proof, {N} confirmed, complaint closed",
    "{C} and {C2} both helped {T} get the {DEV} swapped, big team win",
    "GP reg at {GP} done for {N}, {GOV}, next {DAY}",
    "{N} b. {DOB}, moving from {HOME} to {CITY}, set up {ENERGY} acc {ID}",
    "postcode {PC} checked, {TELCO} fibre available, {G} ordered {PLAN}, {REF}",
    "[mr|mrs|ms] {N} wife {P2} both on the call, {REF} in joint names now",
    "cust {N} lives at {ADDR}, no hot water 3 days, emergency repair raised {REF}",
    "{N} {PH} {ADDRT} - meter exchange done, {REF}",
    "Escalated via {TEAM} - {CRM}, {REF}, compensation {AMT} agreed",
    "ty {H} for helping with {POSS} {ORG} appeal, won it!",
    "{N} rang for {HER} {P2}, authority on file, {GOV}, payment plan {AMT}/m",
    "{G} [said|says] {LANG} and {WIN}, {ORG} bill {AMT} cleared",
    "{N} wanted paper bills posted to {ADDRT}, set up, {REF}",
    "warm transfer from {C} - cx {N} {EM}, {TELCO} ported number {PH} ok",
    "direct debit moved to {IBAN}, {T} happy, {DAY}",
    "{N} had a scam text re {ORG}, we blocked card {CARD} with {HER} ok",
    "cx {N} postal address change to {ADDR} {PCT}, mail redirect done",
    "{N} via FB msg {URL} - checked {REF}, reconnected {TIME}",
    "{CRM} d.o.b {DOB}, {GOV}, {REF}, all verified, {WIN}",
    "{T} is deaf, used text relay, {PH}, ordered new {DEV}, {WIN}",
    "ip {IP} flagged on {APP}, cust {N} confirmed was {HER}, unlocked",
    "gave {N} my direct line, {SHE} rang back on {PH}, {AMT} refund done",
    "{N} and {P2} - two accs merged, {REF} and {REF}, saved them {AMT}",
    "met {N} at the {CITY} hub, {GOV} checked, {PLAN} applied",
    "{POSS} daughter {P2} did the translating, {LANG}, arrears plan set {AMT}",
    "cx {N} bday {DOB} - gave {HER} {AMT} goodwill, {WIN}",
    "{N} {DOBC} {GOV} {PH}",
    "cust says neighbour {P2} at {ADDR} has the same leak, raised {REF} for both",
    "<p=filipino>{G} ok na yung {DEV} niya, salamat po, {REF}",
    "<p=polish>{N} - wszystko ok, {ENERGY} bill sorted {AMT}, dziękuję",
    "<p=romanian>doamna {FAM} foarte multumita, {WATER} leak allowance {AMT} applied",
    "<c=nz,p=maori/pacific/chinese/filipino>kia ora {G}! {TELCO} {PLAN} connected, ka pai",
    "<c=au,p=aboriginal>{N} yarning with us for ages, deadly, {GOVT} payment fixed {AMT}",
    "<p=ghanaian>chale {G} was vexed but {TELCO} sim swap done, {PH} back working",
    "{FAM} family at {ADDRT} - {REF}, repairs done by {HOUSING}",
    "rang {PH} back, spoke w {T}, {HER} {P2} is carer now, {GOV}",
    "<c=ie>Eircode {PC} wasnt matching for {N}, fixed on system, {REF}",
    "{C} you legend, {POSS} {TELCO} complaint closed",
    "cx wants to be called {Q} not Mr {FAM}, noted on acc",
    "hi team, {C} here - {N} from {CITY} got {PLAN} today",
    "{N}, {GOV}, {DOBC}, {ADDRT}, {PH}",
    "family name {FAM}, given name {GIV} - {GOVT} had them swapped, corrected",
    "sent confirmation to {EM} and a text to {PH}, {WIN}",
    "<c=ie,p=irish>traveller family, {T} on {ADDR}, {ENERGY} prepay set up, {LANG}",
    "{N} vm left on {PH}, rang back, {WATER} bill {AMT} on plan",
    "<p=somali>mahadsanid from {T}, {GOVT} housing benefit restored {AMT}",
    "{N} {WIN} after {C} rang {HOUSING} for {HIM}",
    "cx {GIV} {FAM} aka {Q} - {ENERGY} {REF} moved to {PLAN}",
    "pymt of {AMT} taken from card {CARD}, receipt sent to {EM}",
    "<c=uk/ie>overpayment {AMT} returned to {IBAN}, {N} confirmed by text {PH}",
    "{N} sends money home to {HOME}, wanted the {ENERGY} refund to {IBAN} instead, done",
    "suspicious login from {IP} then {IP}, {N} locked out of {APP}, {REF} reset",
    "{POSS} page {URL} was copying our logo for a scam, reported to {TEAM}",
    "chat: hi its me {URL} - verified {N} via {GOV}, {WIN}",
    "cust {N} paid {AMT} with {CARD} exp 09/27, {WIN}",
    "{POSS} router on {IP} wasnt pulling dhcp, static set via {TEAM}, {WIN}",
    "name: {CRM} | {GOV} | {PH} | issue: {DEV} dead, replaced",
    "{G} was over the moon, {CHARITY} voucher plus {AMT} off {WATER}",
]


T_NONE = [
    "{ORG} outage in {CITY} cleared {TIME}, all {TEAM} calls down to zero, {WIN}",
    "moved cx from {PLAN} to {PLAN}, saving {AMT} a month, {WIN}",
    "{DEV} kept dropping, swapped for {DEV} via {TEAM}, {JARGON}",
    "cx paid {AMT} at {SHOP} with the barcode, arrears cleared {DAY}",
    "talked caller through {APP} setup in {LN} and english, {WIN}",
    "{JARGON} {JARGON} - {ORG} referral accepted, {WIN}",
    "son translating, used {TEAM} for rest, {ORG} grant {AMT} approved",
    "caller at {HOSP} with mum, we paused the {WATER} collections until {DAY}",
    "landlord sorted mould after we chased {HOUSING} {TEAM}, tenant v happy",
    "flight from {TRAVEL} delayed so {ORG} appt moved to {DAY} {TIME}, no fee",
    "{TELCO} said {MODEL} firmware bug, pushed update, sync back within {DUR}",
    "cust in {CITY} was on hold 40 min w {ORG}, we did it in 5, {WIN}",
    "back office approved {PLAN}, {AMT} backdated to {DAY}, {JARGON}",
    "cx only speaks {LN} lol, {TEAM} joined, {WIN}",
    "set up {PLAN} for elderly cx in {CITY}, added to {TEAM}, {JARGON}",
    "{TELCO} and {ORG2} both blamed each other, we got {TEAM} to own it, fixed {DAY}",
    "caller from {HOME} just arrived in {CITY}, explained {ORG} and {APP}, {WIN}",
    "team huddle {TIME}: {TEAM} AHT down to {DUR}, CSAT {WIN}",
    "no hot water since {DAY}, {HOUSING} contractor attended {TIME}, fixed",
    "prepay meter stuck on emergency credit, sent {AMT} code, {DEV} working",
    "council tax single person discount applied, {AMT} back, {WIN}",
    "explained {PLAN} vs {PLAN} using the {APP}, cx chose cheaper one",
    "{TELCO} broadband {PLAN} live {DAY}, {DEV} posted via {SHOP}, {JARGON}",
    "cx rang from outside {SHOP} in {CITY}, topped up {AMT}, lights back on",
    "interpreter booked for {DAY} {TIME} with {TEAM}, cx said {LANG}",
    "bill shock {AMT} was estimate, actual read taken, new bill {AMT}",
    "{DEV} {MODEL} replaced under warranty, {JARGON}, {WIN}",
    "housing repair: leaking roof, emergency 24h job, {HOUSING} done {DAY}",
    "got the {WATER} bill reduced with {PLAN} - {AMT} saving, {LANG}",
    "<c=au>NBN tech {DAY} {TIME}, cx ok with that, {JARGON}",
    "debt advice referral to {ORG}, cx less stressed, {WIN}",
    "helped cx fill in the online form on {APP}, took {DUR}, {WIN}",
    "<c=uk>cx from {CITY} wanted bills in Welsh, sorted via {TEAM}, diolch",
    "{ENERGY} smart meter install {DAY}, {DEV} paired, IHD showing {AMT}",
    "cx going back to {HOME} for 3 months, account paused, {JARGON}",
    "{JARGON} ok, {JARGON} ok, issue was {MODEL} config, {WIN}",
    "pensioner in {CITY} got {PLAN} and {AMT} winter help, cried on the phone",
    "queue {TEAM} at 0 after lunch, everyone {WIN}",
    "cx at {TRAVEL} needed sim activated before flight, done {TIME}",
    "cx at {HOSP} ward 7, {ENERGY} disconnection stopped, {JARGON}",
    "arrears {AMT} written off under hardship policy, {WIN}",
    "rehoused family to {CITY} via {HOUSING}, {TEAM} did the move, {LANG}",
    "<c=nz>kia ora whānau, {TELCO} outage in {CITY} fixed, ka pai",
    "salamat po sa lahat, {TEAM} queue clear na, {WIN}",
    "dziękuję team! {ENERGY} {PLAN} migration done before {DAY}",
    "cx said {LANG} x3, {WATER} bill {AMT} sorted, {JARGON}",
    "Mr and Mrs on joint acc both happy, {ENERGY} {PLAN}, {WIN}",
    "cx's mum in {HOME} rang on {APP}, explained {GOVT} letter, {WIN}",
    "<c=au>Aunty from {CITY} deadly yarn, {GOVT} payment back on, {JARGON}",
    "St Patrick's Day rush, {TEAM} took {AMT} in payments by {TIME}",
    "cx referred to {CHARITY} for food parcel, {GOVT} crisis payment {AMT} too",
    "Harvey Norman delivery damaged the meter box, {ENERGY} sent sparky {DAY}, {WIN}",
    "cx staying near {HOSP} at Ronald McDonald House, bills paused, {JARGON}",
    "sim swap for {TELCO} done in store at {SHOP}, porting took {DUR}, {WIN}",
]



# ---------------------------------------------------------------- generator


def _words(text):
    return len(text.split())


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(fold(w) for w in listed)
    rng = random.Random(SEED)
    flags = [False] * 450 + [True] * (N_NOTES - 450)
    rng.shuffle(flags)
    pii_order = []
    none_order = []
    notes, seen = [], set()
    for has_pii in flags:
        for _ in range(200):
            if has_pii:
                if not pii_order:
                    pii_order = list(range(len(T_PII)))
                    rng.shuffle(pii_order)
                tpl = T_PII[pii_order.pop()]
            else:
                if not none_order:
                    none_order = list(range(len(T_NONE)))
                    rng.shuffle(none_order)
                tpl = T_NONE[none_order.pop()]
            country = culture = None
            m = re.match(r"<([^>]*)>", tpl)
            if m:
                for kv in m.group(1).split(","):
                    k, v = kv.split("=")
                    if k == "c":
                        country = rng.choice(v.split("/"))
                    else:
                        culture = rng.choice(v.split("/"))
                tpl = tpl[m.end():]
            ctx = Ctx(rng, listed, country, culture)
            segs = render(ctx, tpl)
            if rng.random() < 0.4:
                segs = [(typo_text(rng, t), l) if l == "o" else (t, l) for t, l in segs]
            if rng.random() < 0.3:
                segs = [(t.lower(), l) for t, l in segs]
            elif rng.random() < 0.2:
                segs = [(t.rstrip(".!,") if l == "o" and i == len(segs) - 1 else t, l) for i, (t, l) in enumerate(segs)]
            segs = _normalise(segs)
            text = "".join(t for t, _ in segs)
            if "\n" in text or not 5 <= _words(text) <= 45 or text in seen:
                continue
            if not has_pii and any(l not in ("o", "~") for _, l in segs):
                continue
            if has_pii and all(l in ("o", "~") for _, l in segs):
                continue
            seen.add(text)
            notes.append(segs)
            break
        else:
            raise RuntimeError("could not make note")
    return notes


def _selfcheck():
    sample = frozenset(["mohamed", "ali", "mary", "singh", "nguyen", "khan", "john", "wang", "jones", "joy",
                        "precious", "lovely", "ward", "cash", "rose", "grace", "anna", "li", "chen", "hassan"])
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    texts = set()
    counts = {l: 0 for l in LABELS}
    notes_with = {l: 0 for l in LABELS}
    lower = nopii = 0
    for note in a:
        text = "".join(t for t, _ in note)
        assert "\n" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts
        texts.add(text)
        for t, l in note:
            assert l in LABELS, l
            assert t, note
            counts[l] += 1
            if l != "o":
                assert t == t.strip(), (t, l)
            if l == "name":
                for part in _SPLIT.split(t):
                    assert not part or fold(part) not in sample, (part, text)
        for l in set(l for _, l in note):
            notes_with[l] += 1
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in note):
            nopii += 1
    print("notes:", len(a))
    for l in LABELS:
        print("  %-9s segments %4d  notes %4d" % (l, counts[l], notes_with[l]))
    print("all-lower-case share: %.3f" % (lower / len(a)))
    print("no-personal-data share: %.3f" % (nopii / len(a)))
    print("templates with PII: %d, without: %d, naming cultures: %d" % (len(T_PII), len(T_NONE), len(NAMES)))


if __name__ == "__main__":
    _selfcheck()
