"""Blind evaluation set: customer-care notes (healthcare / insurance / pharmacy / banking).

Regions: UK, US, Canada, Australia, South Africa, India.
Standard library only, deterministic.
"""
import random
import re
import unicodedata

LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
SEED = 20240517
N_NOTES = 1000

# ---------------------------------------------------------------- name pools
# culture -> (male given, female given, family)
CULTURES = {}


def _c(key, homes, male, female, family):
    sp = lambda t: [x.strip() for x in t.split(",") if x.strip()]
    CULTURES[key] = (tuple(homes.split()), sp(male), sp(female), sp(family))


_c("english_scottish", "UK UK AU CA US",
   "James, Oliver, Harry, George, Jack, Thomas, William, Callum, Euan, Fraser, Hamish, Alistair, Angus, Duncan, Rory, Lachlan, Ewan, Gregor, Malcolm, Iain, Graham, Stuart, Neil, Craig, Ross, Gavin, Alfie, Freddie, Archie, Samuel, Edward",
   "Olivia, Amelia, Isla, Ava, Emily, Sophie, Charlotte, Poppy, Freya, Eilidh, Morag, Fiona, Kirsty, Shona, Ailsa, Catriona, Mhairi, Heather, Lorna, Elspeth, Rhona, Gillian, Hannah, Lucy, Grace, Harriet, Imogen, Bethany, Jessica, Eleanor",
   "Smith, Jones, Taylor, Brown, Wilson, Campbell, Stewart, Robertson, Thomson, Anderson, MacDonald, MacLeod, Fraser, Henderson, Paterson, Ferguson, Cunningham, Buchanan, Mackenzie, Sinclair, Drummond, Urquhart, Lindsay, Whitfield, Ashworth, Hargreaves, Pemberton, Blackwood, Crichton, Galbraith, Fotheringham")
_c("irish", "UK US AU CA",
   "Seán, Ciarán, Pádraig, Cathal, Oisín, Darragh, Eoin, Cian, Tadhg, Fionn, Diarmuid, Colm, Declan, Donal, Niall, Ronan, Conor, Liam, Cormac, Ruairí, Dónal, Fergal, Aodhán, Senan, Odhrán, Killian, Enda, Lorcan, Brendan, Padraic",
   "Siobhán, Aoife, Niamh, Saoirse, Caoimhe, Róisín, Sinéad, Orla, Clodagh, Gráinne, Aisling, Deirdre, Máire, Eimear, Ciara, Méabh, Ailbhe, Órlaith, Bríd, Nuala, Muireann, Sorcha, Úna, Fiadh, Áine, Laoise, Treasa, Éabha, Caitríona, Mairéad",
   "O'Brien, Murphy, Kelly, O'Sullivan, Walsh, O'Connor, McCarthy, Byrne, Ryan, O'Neill, Doherty, Gallagher, Kennedy, Lynch, Quinn, Brennan, Ó Súilleabháin, Mac Giolla Phádraig, Ní Bhriain, Fitzgerald, Moriarty, Cullinane, Ó Ceallaigh, Mulcahy, Hennessy, Donnelly, Flanagan, Keane, Nolan, Duggan")
_c("afrikaans", "ZA ZA AU UK",
   "Johannes, Pieter, Jacobus, Hendrik, Gerhardus, Willem, Stephanus, Francois, Jannie, Riaan, Wynand, Schalk, Dewald, Ruan, Divan, Werner, Morné, Danie, Gert, Kobus, Hennie, Marius, Theuns, Christo, Louw, Tiaan, Jaco, Andries, Barend, Cornelius",
   "Annelie, Marietjie, Elmarie, Anri, Liezl, Carien, Marlize, Anneke, Elsabé, Hanlie, Wilna, Santie, Ronel, Riana, Charlize, Lize, Mariska, Zelda, Sunette, Madelein, Rentia, Jolandi, Heleen, Antjie, Petronella, Ilse, Karlien, Nadia, Retha, Susanna",
   "van der Merwe, Botha, du Plessis, Pretorius, Venter, Nel, Steyn, Coetzee, Joubert, van Wyk, Fourie, le Roux, Kruger, Swanepoel, Erasmus, Oosthuizen, Viljoen, Engelbrecht, Bezuidenhout, Grobler, van Niekerk, Potgieter, de Villiers, Cronje, Labuschagne, Vermeulen, Badenhorst, Janse van Rensburg, Olivier, Smit")
_c("zulu", "ZA",
   "Sipho, Themba, Bongani, Mandla, Sibusiso, Thulani, Nkosinathi, Sandile, Lwazi, Siyabonga, Mthokozisi, Sanele, Njabulo, Mlungisi, Bhekani, Vusumuzi, Musa, Khulekani, Lindani, Nhlanhla, Sifiso, Zakhele, Mduduzi, Thabani, Mxolisi, Ntokozo, Sbu, Mfundo, Dumisani, Sthembiso",
   "Nomvula, Thandeka, Zanele, Nokuthula, Sibongile, Lindiwe, Nonhlanhla, Zodwa, Busisiwe, Thembeka, Nompumelelo, Ntombi, Hlengiwe, Nosipho, Mbali, Zinhle, Sinenhlanhla, Nandi, Slindile, Nokwanda, Phindile, Khanyisile, Zama, Lungile, Gugu, Minenhle, Sthembile, Bongiwe, Ntombifuthi, Thobile",
   "Dlamini, Nkosi, Ndlovu, Zulu, Khumalo, Mthembu, Ngcobo, Buthelezi, Mkhize, Zungu, Cele, Shabalala, Mahlangu, Sithole, Gumede, Majola, Ntuli, Mabaso, Hadebe, Mbatha, Nxumalo, Msimang, Khanyile, Ngubane, Shezi, Mchunu, Zondi, Mhlongo, Biyela, Magwaza")
_c("xhosa", "ZA",
   "Lwandile, Siyamthanda, Luthando, Athenkosi, Lukhanyo, Sizwe, Xolani, Mzwandile, Lunga, Bongile, Aphiwe, Siphosethu, Lonwabo, Zolani, Anele, Thembinkosi, Mncedisi, Unathi, Vuyo, Andile, Simphiwe, Luvuyo, Monde, Khaya, Loyiso, Sakhumzi, Masixole, Mzukisi, Lithemba, Mawethu",
   "Nomsa, Nosizwe, Ntombizodwa, Thandiwe, Nomathemba, Nokuzola, Siphokazi, Zintle, Asanda, Nobuhle, Yolisa, Lulama, Noluthando, Vuyokazi, Ziyanda, Nwabisa, Nomonde, Bulelwa, Ayakha, Nolitha, Sinoxolo, Olwethu, Akhona, Amahle, Zukiswa, Babalwa, Nandipha, Pumeza, Wandiswa, Noxolo",
   "Sisulu, Mbeki, Madikizela, Mxenge, Ntsebeza, Nqakula, Mqhayi, Gqozo, Ngcukana, Mkhwebane, Mtirara, Dalindyebo, Matanzima, Sigcau, Tutu, Biko, Mahlati, Mabandla, Qotole, Bokwe, Jabavu, Soga, Ntshona, Mgijima, Sobukwe, Gxowa, Ngcaba, Mancoba, Ndamase, Mlambo")
_c("sotho", "ZA",
   "Thabo, Tshepo, Kagiso, Katlego, Teboho, Tumelo, Tsietsi, Lehlohonolo, Retšelisitsoe, Motlatsi, Bokang, Kabelo, Tebello, Paballo, Khotso, Moeketsi, Thapelo, Lefa, Sello, Seabata, Mohau, Tlali, Tšepang, Bereng, Lesiba, Karabo, Tau, Pule, Tokelo, Molefi, Kamohelo",
   "Palesa, Lerato, Dineo, Nthabiseng, Refiloe, Masechaba, Limakatso, Mamello, Keitumetse, Boitumelo, Lineo, Puleng, Itumeleng, Nthabeleng, Lisebo, Matšeliso, Reitumetse, Mosa, Naledi, Tšepiso, Rorisang, Relebohile, Mathabo, Mamokete, Kananelo, Lieketseng, Dikeledi, Tebogo, Masentle, Mpho",
   "Mokoena, Mofokeng, Molefe, Moloi, Motaung, Tsotetsi, Mosisili, Thabane, Letsie, Moshoeshoe, Majoro, Lekhanya, Ramaema, Makhetha, Mothibeli, Sekhonyana, Mahao, Mokhehle, Ntsekhe, Mphatsoe, Rakotsoane, Phakoe, Mohale, Sefali, Lebona, Mokhothu, Letsoela, Pitso, Lerotholi, Matete, Motsamai, Selebalo, Khoabane")
_c("gujarati", "IN IN UK US ZA",
   "Bhavesh, Hitesh, Jignesh, Paresh, Mitesh, Ketan, Nilesh, Chirag, Dhaval, Hardik, Parth, Kunal, Viral, Jayesh, Alpesh, Bhargav, Pranav, Nirav, Tejas, Mehul, Kalpesh, Hemant, Darshan, Jatin, Manish, Piyush, Keyur, Rushil, Devang, Tushar",
   "Bhavna, Hetal, Nisha, Komal, Falguni, Jigna, Krupa, Dhara, Khushbu, Mittal, Priyanka, Hinal, Pooja, Riddhi, Siddhi, Urvashi, Bhumi, Nidhi, Payal, Foram, Janki, Kinjal, Manisha, Rupal, Shital, Trupti, Vaishali, Heena, Daksha, Jyotsna",
   "Patel, Shah, Desai, Mehta, Joshi, Trivedi, Pandya, Parikh, Modi, Bhatt, Vyas, Chauhan, Solanki, Thakkar, Dave, Gandhi, Kothari, Amin, Vaghela, Rathod, Panchal, Mistry, Jani, Raval, Chokshi, Doshi, Sheth, Dalal, Naik, Makwana")
_c("tamil", "IN IN UK CA AU",
   "Karthik, Senthil, Murugan, Arun, Vignesh, Saravanan, Balaji, Ganesh, Prabhu, Suresh, Dinesh, Anand, Kumaravel, Ilango, Selvam, Manikandan, Thirumalai, Sathish, Elango, Gopinath, Venkatesh, Aravind, Praveen, Muthu, Kathir, Sundar, Tamilselvan, Vetrivel, Palani, Ashwin",
   "Lakshmi, Meenakshi, Kavitha, Priya, Deepa, Anitha, Revathi, Sangeetha, Saranya, Divya, Gayathri, Vidhya, Janani, Yamuna, Kalaivani, Thenmozhi, Malathi, Bhuvana, Nandhini, Sowmya, Ilakkiya, Kayal, Vaishnavi, Abirami, Sudha, Pavithra, Keerthana, Mahalakshmi, Tamilarasi, Selvi",
   "Subramanian, Krishnan, Raghavan, Venkataraman, Natarajan, Ramasamy, Sundaram, Balasubramanian, Murugesan, Annamalai, Arumugam, Chidambaram, Palaniappan, Rajendran, Ponnusamy, Kandasamy, Selvaraj, Shanmugam, Thangaraj, Velusamy, Duraisamy, Karuppiah, Mahalingam, Nagarajan, Periyasamy, Sivakumar, Pillai, Iyer, Iyengar, Mudaliar")
_c("telugu", "IN IN US",
   "Venkata, Srinivas, Raghu, Naresh, Nagarjuna, Chiranjeevi, Pavan, Sai, Mahesh, Ravi, Teja, Sravan, Kiran, Prasad, Sudheer, Vamsi, Harsha, Chaitanya, Srikanth, Anil, Rambabu, Sekhar, Murali, Koteswara, Satyanarayana, Naveen, Bharath, Gopi, Rajasekhar, Phani",
   "Sravani, Lavanya, Swathi, Sirisha, Madhavi, Haritha, Sujatha, Bhavani, Padmaja, Sailaja, Anusha, Keerthi, Ramya, Tejaswini, Sindhu, Mounika, Pranathi, Harika, Vasavi, Hema, Sunitha, Jyothi, Kalyani, Prasanna, Sahithi, Manasa, Niharika, Aruna, Lalitha, Durga",
   "Reddy, Naidu, Rao, Chowdary, Varma, Raju, Gollapudi, Kondapalli, Bommireddy, Nallamothu, Chennupati, Tummala, Vemulapalli, Jonnalagadda, Kodali, Yarlagadda, Pinnamaneni, Gudivada, Akkineni, Daggubati, Ghattamaneni, Nandamuri, Sistla, Mandava, Paruchuri, Ravipati, Karumuri, Vallabhaneni, Peddireddy, Kakarla")

_c("bengali", "IN IN UK US",
   "Arnab, Sourav, Debashis, Anirban, Subhajit, Abhijit, Partha, Sandip, Tanmoy, Rajdeep, Soumya, Indranil, Sayan, Arijit, Pritam, Biswajit, Kaushik, Sudipto, Dipankar, Ritwik, Shantanu, Tapas, Amitava, Prosenjit, Sabyasachi, Aniket, Sumon, Rakib, Tanvir, Shuvo",
   "Ananya, Moumita, Sreeparna, Paromita, Rituparna, Debjani, Sanchita, Tanushree, Madhumita, Ishita, Suchitra, Sharmila, Payel, Rimjhim, Srabanti, Nabanita, Swagata, Mousumi, Piyali, Sudeshna, Oindrila, Tithi, Nusrat, Farzana, Sharmin, Taslima, Rumana, Jhumpa, Bipasha, Arpita",
   "Chatterjee, Banerjee, Mukherjee, Bhattacharya, Ganguly, Chakraborty, Sen, Das, Bose, Ghosh, Dutta, Roy, Mitra, Sarkar, Majumdar, Haldar, Basu, Chowdhury, Pal, Saha, Bhowmick, Mondal, Nandi, Guha, Sengupta, Dasgupta, Rahman, Hossain, Islam, Ahmed")
_c("punjabi_sikh", "IN CA CA UK AU",
   "Gurpreet, Harjinder, Sukhwinder, Jaspal, Kulwant, Baljit, Paramjit, Amarjit, Ranjit, Daljit, Hardeep, Jagjit, Inderjit, Satnam, Gurcharan, Kuldeep, Navdeep, Rajinder, Tejinder, Bhupinder, Gurbaksh, Harbhajan, Mandeep, Sukhdev, Jasbir, Karanvir, Arjan, Gurinder, Manjit, Davinder",
   "Harleen, Simran, Navneet, Manpreet, Jasleen, Gurleen, Amandeep, Rupinder, Kiranjit, Sukhjeet, Parminder, Balwinder, Jaspreet, Harpreet, Rajwinder, Sarabjit, Gurmeet, Kamaljeet, Manjeet, Taranjit, Ravneet, Prabhjot, Jasmeet, Inderpreet, Navjot, Sukhpreet, Gagandeep, Baljinder, Harsimran, Jasveen",
   "Singh, Kaur, Sandhu, Gill, Sidhu, Dhillon, Grewal, Brar, Bains, Johal, Sekhon, Bhullar, Cheema, Randhawa, Virk, Mann, Aulakh, Dhaliwal, Toor, Sangha, Hundal, Chahal, Bajwa, Pannu, Atwal, Khangura, Kang, Samra, Thind, Gosal")
_c("pakistani", "UK UK CA US",
   "Muhammad, Imran, Bilal, Usman, Hamza, Faisal, Zeeshan, Kamran, Asif, Tariq, Waqar, Shahid, Naveed, Adnan, Junaid, Omer, Fahad, Saqib, Rizwan, Arslan, Haris, Shoaib, Danish, Ahsan, Nadeem, Zubair, Irfan, Yasir, Sohail, Atif",
   "Ayesha, Fatima, Sana, Hira, Mahnoor, Zainab, Amna, Sadia, Rabia, Maryam, Iqra, Nimra, Farah, Saima, Nazia, Shazia, Bushra, Sidra, Mehwish, Uzma, Samina, Rukhsana, Aqsa, Anum, Fiza, Sumaira, Noor, Laiba, Areeba, Javeria",
   "Khan, Malik, Chaudhry, Qureshi, Butt, Sheikh, Awan, Raja, Abbasi, Siddiqui, Hussain, Akhtar, Iqbal, Mirza, Bhatti, Rana, Anjum, Javed, Aslam, Mahmood, Rehman, Hashmi, Gondal, Warraich, Niazi, Baig, Jatoi, Memon, Paracha, Durrani, Khattak")
_c("greek_australian", "AU",
   "Georgios, Konstantinos, Dimitrios, Nikolaos, Ioannis, Christos, Panagiotis, Vasilios, Athanasios, Spyros, Stavros, Kostas, Angelo, Manoli, Tasos, Yianni, Giorgos, Lefteris, Michalis, Stelios, Andreas, Petros, Evangelos, Haralambos, Sotiris, Takis, Themis, Vangelis, Apostolos, Aris",
   "Eleni, Georgia, Anastasia, Katerina, Despina, Vasiliki, Athena, Sofia, Dimitra, Panagiota, Stavroula, Konstantina, Christina, Evangelia, Irini, Paraskevi, Chrysoula, Efthymia, Fotini, Kalliopi, Angeliki, Voula, Toula, Xanthe, Ioanna, Theodora, Nefeli, Olympia, Penelope, Artemis",
   "Papadopoulos, Georgiou, Nikolaidis, Karagiannis, Christodoulou, Konstantinidis, Papageorgiou, Vlahos, Dimitriou, Economou, Pappas, Angelopoulos, Kyriakou, Stathopoulos, Theodorou, Alexiou, Mavros, Antoniou, Kostopoulos, Triantafyllou, Makris, Panagiotopoulos, Zervos, Galanis, Katsaros, Michailidis, Lazaridis, Tsakalos, Raptis, Dracopoulos")
_c("italian_australian", "AU",
   "Giuseppe, Giovanni, Salvatore, Antonio, Francesco, Vincenzo, Domenico, Carmelo, Rocco, Luigi, Marco, Matteo, Alessandro, Lorenzo, Pasquale, Enzo, Gianluca, Massimo, Stefano, Fabrizio, Raffaele, Nunzio, Cosimo, Sergio, Dario, Leonardo, Emilio, Aldo, Gaetano, Carmine",
   "Giulia, Francesca, Chiara, Alessandra, Giuseppina, Concetta, Carmela, Rosaria, Antonietta, Lucia, Serena, Valentina, Federica, Teresa, Graziella, Nunziata, Filomena, Assunta, Immacolata, Pina, Mariangela, Raffaella, Donatella, Loredana, Paola, Silvana, Gabriella, Elisa, Martina, Carla",
   "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Costa, Giordano, Mancini, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Caruso, Ferraro, Di Pietro, La Rosa, Lo Giudice, Papaleo")
_c("lebanese_australian", "AU",
   "Ahmad, Mohamad, Ali, Hassan, Hussein, Khaled, Rami, Fadi, Charbel, Elias, Georges, Ziad, Walid, Samir, Nabil, Mahmoud, Omar, Karim, Tarek, Bassam, Ghassan, Nadim, Wissam, Jad, Rabih, Hadi, Youssef, Antoun, Marwan, Fouad",
   "Rania, Layla, Nour, Maya, Zeina, Rima, Hiba, Lina, Dima, Yasmine, Mariam, Fatme, Zahra, Hala, Nadine, Carine, Joumana, Souad, Mirna, Ghada, Samar, Najwa, Amal, Rola, Hanan, Manal, Nisrine, Lama, Randa, Jihane",
   "Haddad, Khoury, Nasser, Saliba, Hanna, Tannous, Daher, Chahine, Abboud, Mansour, Karam, Fakhoury, Harb, Awad, Obeid, Geagea, El-Khoury, Bou Saab, Abi Nader, Moussa, Rahme, Najjar, Hamdan, Jaber, Issa, Sleiman, Zreika, Taleb, Merhi, Dib")
_c("aboriginal_australian", "AU",
   "Jarrah, Djalu, Baykali, Mandawuy, Galarrwuy, Witiyana, Yirrmal, Djawa, Wukun, Balang, Wandjuk, Nyunggai, Djakapurra, Gurrumul, Bunji, Jimmy, Dion, Tyson, Kirk, Shaun, Latrell, Jaxon, Kobe, Jayden, Tyrone, Clinton, Troy, Darnell, Warren, Lionel",
   "Kirra, Jedda, Yindi, Alinta, Marlee, Mirrin, Tarni, Jirra, Allira, Kiah, Lowanna, Talara, Kalinda, Merindah, Narelle, Banduk, Yalmay, Gulumbu, Dhuwarrwarr, Naminapu, Wanyubi, Leah, Shanaye, Tahnee, Kayla, Jessah, Nakita, Jaylene, Brianna, Ebony",
   "Yunupingu, Gumbula, Dhamarrandji, Garrawurra, Burarrwanga, Ganambarr, Wanambi, Maymuru, Gaykamangu, Marawili, Gondarra, Tjungurrayi, Tjapaltjarri, Napangardi, Nampijinpa, Jakamarra, Jupurrurla, Napaljarri, Japanangka, Kngwarreye, Mundine, Namatjira, Briggs, Djerrkura, Wunungmurra, Mununggurr, Marika, Gurruwiwi, Ngurruwutthun, Dhurrkay, Thorpe, Hunter, Lovett")
_c("chinese_canadian", "CA",
   "Wei, Jun, Hao, Ming, Jian, Lei, Tao, Zhiwei, Yong, Qiang, Kwok-Wing, Ka-Ho, Chi-Keung, Wing-Kin, Siu-Ming, Hon, Kelvin, Raymond, Alvin, Vincent, Jackie, Wai-Man, Zhenyu, Haoran, Yifan, Zihan, Jiahao, Tsz-Hin, Chun, Bo",
   "Mei, Ling, Xiaoyu, Yan, Hui, Jing, Xin, Fang, Wing-Yan, Ka-Yan, Mei-Ling, Siu-Wai, Oi-Lin, Suk-Yee, Man-Yee, Yuen, Shuang, Yiting, Ruoxi, Zixuan, Jiayi, Xiaoling, Peiying, Cheryl, Winnie, Yvonne, Cecilia, Vivian, Joanne, Karen",
   "Wong, Chan, Li, Lee, Cheung, Lau, Chen, Wang, Zhang, Liu, Ho, Leung, Ng, Yip, Tang, Lam, Kwan, Chow, Tse, Fung, Mak, Yuen, Siu, Lai, Tsang, Chiu, Huang, Zhou, Xu, Lin")
_c("ukrainian_canadian", "CA",
   "Taras, Bohdan, Oleksandr, Mykola, Petro, Yaroslav, Volodymyr, Andriy, Dmytro, Ostap, Yuriy, Vasyl, Ivan, Stepan, Roman, Myroslav, Orest, Lev, Danylo, Maksym, Oleh, Serhiy, Ihor, Mykhailo, Borys, Yevhen, Zenon, Marko, Levko, Nestor",
   "Oksana, Olena, Natalia, Iryna, Halyna, Tetiana, Larysa, Yulia, Khrystyna, Solomiya, Mariya, Lesia, Daryna, Zoryana, Ulyana, Oleksandra, Svitlana, Liudmyla, Yaryna, Roksolana, Anastasiya, Myroslava, Bohdana, Vira, Lyubov, Hanna, Stefania, Orysia, Kateryna, Nataliya",
   "Kowalchuk, Shevchenko, Bondarenko, Kovalenko, Tkachuk, Melnyk, Hnatyshyn, Fedoruk, Hawrylyshyn, Stasiuk, Kuzyk, Boychuk, Romaniuk, Lysenko, Yaremko, Wasylyshyn, Dmytriw, Kondra, Semeniuk, Prokopchuk, Hrynchuk, Pawlychko, Sawchuk, Nykyforuk, Onyschuk, Holowka, Didyk, Ostapchuk, Kupchenko, Sydorenko")
_c("jewish_american", "US",
   "Avi, Eli, Moshe, Yosef, Shlomo, Chaim, Mordechai, Yitzchak, Menachem, Ari, Noam, Ezra, Asher, Levi, Nathaniel, Isaac, Reuben, Simcha, Dov, Baruch, Zev, Gideon, Meir, Shmuel, Yehuda, Hillel, Boaz, Akiva, Elliot, Seth",
   "Rivka, Chana, Miriam, Devorah, Esther, Shira, Tova, Yael, Naomi, Rachel, Rochel, Malka, Batsheva, Tzipora, Bracha, Aviva, Dina, Eliana, Talia, Adina, Ilana, Orly, Golda, Hadassah, Sima, Judith, Ruth, Shoshana, Yocheved, Nechama",
   "Goldberg, Cohen, Levy, Katz, Friedman, Schwartz, Rosenberg, Greenberg, Shapiro, Weinstein, Horowitz, Feldman, Kaplan, Bernstein, Rubin, Silverman, Abramowitz, Lieberman, Blum, Epstein, Finkelstein, Gottlieb, Hirsch, Lefkowitz, Mandelbaum, Rabinowitz, Steinberg, Teitelbaum, Weiss, Zuckerman")
_c("polish_american", "US",
   "Krzysztof, Tomasz, Piotr, Paweł, Grzegorz, Wojciech, Marek, Jacek, Andrzej, Stanisław, Zbigniew, Kazimierz, Tadeusz, Mieczysław, Jerzy, Łukasz, Bartosz, Mateusz, Michał, Jakub, Dariusz, Rafał, Sławomir, Zdzisław, Bogdan, Leszek, Wiesław, Przemysław, Janusz, Witold",
   "Agnieszka, Małgorzata, Katarzyna, Magdalena, Grażyna, Jadwiga, Bożena, Halina, Krystyna, Danuta, Elżbieta, Wiesława, Beata, Dorota, Ewa, Iwona, Justyna, Marzena, Renata, Urszula, Zofia, Bogumiła, Czesława, Weronika, Aleksandra, Jolanta, Stanisława, Genowefa, Kinga, Izabela",
   "Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Pawłowski, Michalski, Nowicki, Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Król, Majewski, Olszewski, Jaworski, Brzezinski, Przybylski")

# ---------------------------------------------------------------- helpers


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def name_ok(name, listed):
    for part in _SPLIT.split(name):
        if part and fold(part) in listed:
            return False
    return True


# ---------------------------------------------------------------- formats per country
COUNTRIES = ("UK", "US", "CA", "AU", "ZA", "IN")
L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
D = "0123456789"


def _d(r, n):
    return "".join(r.choice(D) for _ in range(n))


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


def g_phone(r, c):
    if c == "UK":
        return r.choice([f"07{_d(r,3)} {_d(r,6)}", f"+44 7{_d(r,3)} {_d(r,3)} {_d(r,3)}",
                         f"020 7{_d(r,3)} {_d(r,4)}", f"0161 {_d(r,3)} {_d(r,4)}",
                         f"0141 {_d(r,3)} {_d(r,4)}", f"07{_d(r,9)}", f"(0113) {_d(r,3)} {_d(r,4)}"])
    if c in ("US", "CA"):
        a = r.choice(["212", "312", "415", "718", "773", "617", "305", "404"] if c == "US"
                     else ["416", "647", "604", "778", "514", "204", "780", "905"])
        x, y = r.choice("23456789") + _d(r, 2), _d(r, 4)
        return r.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}",
                         f"1-{a}-{x}-{y}", f"{a}{x}{y}"])
    if c == "AU":
        return r.choice([f"04{_d(r,2)} {_d(r,3)} {_d(r,3)}", f"+61 4{_d(r,2)} {_d(r,3)} {_d(r,3)}",
                         f"(02) 9{_d(r,3)} {_d(r,4)}", f"(03) 9{_d(r,3)} {_d(r,4)}",
                         f"04{_d(r,8)}", f"08 8{_d(r,3)} {_d(r,4)}"])
    if c == "ZA":
        p = r.choice(["82", "83", "72", "73", "71", "61", "84", "79"])
        return r.choice([f"0{p} {_d(r,3)} {_d(r,4)}", f"+27 {p} {_d(r,3)} {_d(r,4)}",
                         f"0{p}{_d(r,7)}", f"011 {_d(r,3)} {_d(r,4)}", f"021 {_d(r,3)} {_d(r,4)}",
                         f"+27{p}{_d(r,7)}"])
    m = r.choice("6789") + _d(r, 4)
    return r.choice([f"+91 {m} {_d(r,5)}", f"{m} {_d(r,5)}", f"{m}{_d(r,5)}", f"0{m}{_d(r,5)}",
                     f"080-{_d(r,4)} {_d(r,4)}", f"+91-{m}{_d(r,5)}", f"044 {_d(r,4)} {_d(r,4)}"])


def g_postcode(r, c):
    if c == "UK":
        a = r.choice(["SW1A", "M14", "EH6", "G42", "BT9", "CF10", "LS6", "B15", "NW3", "E17",
                      "L18", "BS7", "AB24", "DD1", "LE5", "N16", "IV2", "KY16"])
        return f"{a} {r.choice(D)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if c == "US":
        z = r.choice(["10", "11", "60", "94", "02", "33", "30", "48", "19"]) + _d(r, 3)
        return z if r.random() < 0.7 else f"{z}-{_d(r,4)}"
    if c == "CA":
        f = r.choice("MKLNTRVHEGABJ")
        x = f"{f}{r.choice(D)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {r.choice(D)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.choice(D)}"
        return x if r.random() < 0.85 else x.replace(" ", "")
    if c == "AU":
        return r.choice(["2", "3", "4", "5", "6", "7"]) + _d(r, 3) if r.random() < 0.9 else "08" + _d(r, 2)
    if c == "ZA":
        return r.choice(["2196", "2001", "8001", "4001", "0181", "1804", "7700", "6001", "9301", "5100",
                         "0002", "4051", "7530", "1685"])
    x = r.choice(["560", "600", "500", "700", "380", "400", "411", "143", "141", "520", "395"]) + _d(r, 3)
    return x if r.random() < 0.75 else x[:3] + " " + x[3:]


STREETS = {
    "UK": ["High Street", "Station Road", "Kelvin Drive", "Rosebery Avenue", "Victoria Road",
           "Church Lane", "Dumbarton Road", "Leith Walk", "Stockport Road", "Mill Hill Lane",
           "Albert Crescent", "Queen's Park Terrace", "Belmont Gardens", "Harehills Lane"],
    "US": ["W Addison St", "Maple Ave", "N Broadway", "Ocean Pkwy", "Elm Street", "S King Dr",
           "Peachtree Rd NE", "Washington Blvd", "Oak Park Ave", "Bedford Ave", "Main St",
           "Lincoln Way", "Sunset Blvd"],
    "CA": ["Spadina Ave", "Yonge St", "Main Street", "Kingsway", "Portage Ave", "rue Sherbrooke Ouest",
           "Bloor St W", "Dundas St E", "No. 3 Road", "Jasper Ave", "Steeles Ave E", "Lakeshore Blvd W"],
    "AU": ["Parramatta Rd", "Smith St", "Chapel St", "Beamish St", "Sydney Rd", "Lygon St",
           "Haldon St", "Stuart Hwy", "Todd St", "Hay St", "King William St", "Oxford St",
           "Ann St", "Burwood Rd"],
    "ZA": ["Jan Smuts Ave", "Vilakazi St", "Main Rd", "Beach Rd", "Voortrekker Rd", "Church St",
           "Florida Rd", "Rivonia Rd", "Long St", "Nelson Mandela Dr", "Oxford Rd", "Kerk Straat"],
    "IN": ["MG Road", "4th Cross Road", "2nd Main Road", "Anna Salai", "Linking Road",
           "Nehru Street", "SG Highway", "Mall Road", "Banjara Hills Road No. 12", "Park Street",
           "100 Feet Road", "Gandhi Nagar Main Road", "Ring Road"],
}
TOWNS = {
    "UK": ["Leeds", "Glasgow", "Manchester", "Cardiff", "Edinburgh", "Belfast", "Bristol",
           "Leicester", "London", "Dundee", "Inverness", "Birmingham", "Liverpool", "Aberdeen"],
    "US": ["Chicago", "Brooklyn", "Queens", "Miami", "Atlanta", "Detroit", "Philadelphia",
           "San Francisco", "Boston", "Hamtramck", "Skokie"],
    "CA": ["Toronto", "Vancouver", "Winnipeg", "Edmonton", "Mississauga", "Markham", "Richmond",
           "Montreal", "Brampton", "Saskatoon", "Surrey"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Darwin", "Alice Springs",
           "Parramatta", "Lakemba", "Brunswick", "Oakleigh", "Haberfield", "Bankstown"],
    "ZA": ["Johannesburg", "Durban", "Cape Town", "Pretoria", "Soweto", "Gqeberha",
           "Bloemfontein", "Mthatha", "Polokwane", "Stellenbosch", "Pietermaritzburg", "East London"],
    "IN": ["Bengaluru", "Chennai", "Hyderabad", "Kolkata", "Ahmedabad", "Mumbai", "Pune",
           "Amritsar", "Ludhiana", "Vijayawada", "Surat", "Coimbatore", "Lahore Gate"][:12],
}
BUILDINGS = {"IN": ["Sai Krupa Apartments", "Prestige Shantiniketan", "Lakshmi Nivas", "Green Park Residency",
                    "Shiv Shakti CHS", "Sri Venkateswara Towers"],
             "ZA": ["Sunset Villas", "Umhlanga Ridge Complex", "Protea Gardens", "Sea Point Mansions"],
             "UK": ["Caledonia House", "Weavers Court", "Kelvin Court"],
             "AU": ["The Grand Apartments", "Harbourview Towers"],
             "CA": ["Harbour Plaza", "The Kingsway Tower"], "US": ["Lakeview Towers"]}


def g_address(r, c):
    n = str(r.randint(1, 250))
    st = r.choice(STREETS[c])
    k = r.random()
    if c == "UK":
        if k < 0.2:
            return f"Flat {r.randint(1,12)}, {n} {st}"
        if k < 0.3:
            return f"{r.randint(0,3)}/{r.randint(1,2)}, {n} {st}"
        if k < 0.4:
            return f"{r.randint(1,40)} {r.choice(BUILDINGS['UK'])}, {st}"
        return f"{n} {st}"
    if c == "US":
        if k < 0.25:
            return f"{r.randint(100,9999)} {st} Apt {r.randint(1,20)}{r.choice('ABCD')}"
        if k < 0.35:
            return f"PO Box {r.randint(100,99999)}"
        return f"{r.randint(10,9999)} {st}"
    if c == "CA":
        if k < 0.3:
            return f"{r.randint(101,2505)}-{n} {st}"
        if k < 0.4:
            return f"Unit {r.randint(1,40)}, {n} {st}"
        return f"{n} {st}"
    if c == "AU":
        if k < 0.3:
            return f"{r.randint(1,30)}/{n} {st}"
        if k < 0.4:
            return f"Unit {r.randint(1,30)}, {n} {st}"
        if k < 0.5:
            return f"PO Box {r.randint(10,9999)}"
        return f"{n} {st}"
    if c == "ZA":
        if k < 0.25:
            return f"Unit {r.randint(1,60)}, {r.choice(BUILDINGS['ZA'])}, {n} {st}"
        if k < 0.35:
            return f"{r.randint(1000,9999)} Zone {r.randint(1,9)}"
        if k < 0.45:
            return f"PO Box {r.randint(10,99999)}"
        return f"{n} {st}"
    if k < 0.4:
        return f"Flat {r.randint(1,9)}0{r.randint(1,9)}, {r.choice(BUILDINGS['IN'])}, {st}"
    if k < 0.6:
        return f"No. {n}, {st}"
    if k < 0.7:
        return f"H.No. {r.randint(1,20)}-{r.randint(1,9)}-{r.randint(1,300)}, {st}"
    return f"{n}, {st}"


def g_natid(r, c, dob=None):
    """(cue, value) national / health id in the local format."""
    if c == "UK":
        return r.choice([("NHS no", f"{_d(r,3)} {_d(r,3)} {_d(r,4)}"), ("NHS", _d(r, 10)),
                         ("NI no", f"{r.choice('ABCEGHJKLMNPRSTWXYZ')}{r.choice('ABCEGHJKLMNPRSTWXYZ')} {_d(r,2)} {_d(r,2)} {_d(r,2)} {r.choice('ABCD')}"),
                         ("CHI", _d(r, 10))])
    if c == "US":
        return r.choice([("SSN", f"{r.randint(100,665)}-{_d(r,2)}-{_d(r,4)}"), ("SSN last 4", _d(r, 4)),
                         ("MBI", f"{r.randint(1,9)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice(D)}-{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice(D)}-{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{_d(r,2)}"),
                         ("Medicaid ID", f"{r.choice(L)}{r.choice(L)}{_d(r,5)}{r.choice(L)}")])
    if c == "CA":
        return r.choice([("OHIP", f"{_d(r,4)}-{_d(r,3)}-{_d(r,3)}-{r.choice(L)}{r.choice(L)}"),
                         ("SIN", f"{_d(r,3)} {_d(r,3)} {_d(r,3)}"), ("BC PHN", f"9{_d(r,3)} {_d(r,3)} {_d(r,3)}"),
                         ("RAMQ", f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{r.choice(L)} {_d(r,4)} {_d(r,4)}"),
                         ("MHSAL", _d(r, 9))])
    if c == "AU":
        return r.choice([("Medicare", f"{r.randint(2,6)}{_d(r,3)} {_d(r,5)} {r.randint(1,9)}"),
                         ("Medicare no", f"{r.randint(2,6)}{_d(r,9)}/{r.randint(1,5)}"),
                         ("TFN", f"{_d(r,3)} {_d(r,3)} {_d(r,3)}"), ("DVA file", f"N{r.choice(['X','SW','V'])}{_d(r,6)}"),
                         ("IHI", f"8003 60{_d(r,2)} {_d(r,4)} {_d(r,4)}")])
    if c == "ZA":
        y, m, dd = dob if dob else (r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28))
        return r.choice([("ID", f"{y%100:02d}{m:02d}{dd:02d}{_d(r,4)}{r.choice('01')}8{r.choice(D)}"),
                         ("SA ID", f"{y%100:02d}{m:02d}{dd:02d} {_d(r,4)} {r.choice('01')}8{r.choice(D)}"),
                         ("passport", f"A0{_d(r,7)}")])
    return r.choice([("Aadhaar", f"{r.randint(2,9)}{_d(r,3)} {_d(r,4)} {_d(r,4)}"), ("aadhar", f"{r.randint(2,9)}{_d(r,11)}"),
                     ("PAN", f"{r.choice(L)}{r.choice(L)}{r.choice(L)}P{r.choice(L)}{_d(r,4)}{r.choice(L)}"),
                     ("ABHA", f"{_d(r,2)}-{_d(r,4)}-{_d(r,4)}-{_d(r,4)}"),
                     ("UHID", f"APJ{_d(r,2)}.{_d(r,7)}")])


def g_member(r, c):
    """(cue, value) insurer / bank / pharmacy reference numbers."""
    opts = [("member no", f"{_d(r,3)} {_d(r,3)} {_d(r,3)}"), ("policy", f"POL-{_d(r,8)}"),
            ("claim", f"CLM{_d(r,2)}-{_d(r,6)}"), ("claim #", _d(r, 11)), ("PA ref", f"PA{_d(r,7)}"),
            ("prior auth", f"{r.choice(L)}{r.choice(L)}-{_d(r,6)}"), ("Rx", f"RX{_d(r,7)}"),
            ("script no", _d(r, 8)), ("acct", _d(r, 8)), ("a/c", f"{_d(r,4)} {_d(r,4)}"),
            ("ticket", f"INC{_d(r,7)}"), ("case", f"CS-{_d(r,6)}"), ("order", f"#{_d(r,7)}"),
            ("ref", f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{_d(r,6)}"), ("booking ref", f"BK{_d(r,6)}"),
            ("tracking", f"{r.choice(['1Z','TT','RR'])}{_d(r,10)}"), ("member ID", f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{_d(r,9)}")]
    if c == "UK":
        opts += [("sort code", f"{_d(r,2)}-{_d(r,2)}-{_d(r,2)}"), ("Bupa membership", f"{_d(r,8)}-{_d(r,2)}")]
    if c == "US":
        opts += [("routing", f"0{_d(r,8)}"), ("group #", f"GRP{_d(r,6)}"), ("NPI", f"1{_d(r,9)}")]
    if c == "CA":
        opts += [("transit", f"{_d(r,5)}-{_d(r,3)}"), ("Green Shield ID", _d(r, 9)), ("cert no", _d(r, 10))]
    if c == "AU":
        opts += [("BSB", f"{_d(r,3)}-{_d(r,3)}"), ("CRN", f"{_d(r,9)}{r.choice(L)}"), ("fund no", _d(r, 8))]
    if c == "ZA":
        opts += [("medical aid no", _d(r, 9)), ("dependant code", f"0{r.randint(0,9)}"),
                 ("branch code", f"{_d(r,6)}"), ("acc no", _d(r, 10))]
    if c == "IN":
        opts += [("policy no", f"{_d(r,2)}/{_d(r,6)}/{_d(r,4)}"), ("TPA id", f"MDI{_d(r,7)}"),
                 ("a/c no", _d(r, 12)), ("UPI ref", _d(r, 12))]
    return r.choice(opts)


def g_card(r, masked=None):
    pre = r.choice(["4", "51", "53", "55", "37", "6011"])
    body = pre + _d(r, (15 if pre != "37" else 14) - len(pre))
    num = _luhn_complete(body)
    last4 = num[-4:]
    if masked is None:
        masked = r.random() < 0.6
    if masked:
        return r.choice([f"**** **** **** {last4}", f"xxxx-xxxx-xxxx-{last4}", f"XXXX XXXX XXXX {last4}",
                         f"{num[:6]}******{last4}", f"************{last4}", f"...{last4}"])
    if len(num) == 16:
        return r.choice([f"{num[:4]} {num[4:8]} {num[8:12]} {num[12:]}", num, f"{num[:4]}-{num[4:8]}-{num[8:12]}-{num[12:]}"])
    return f"{num[:4]} {num[4:10]} {num[10:]}"


def g_iban(r):
    cc, bb = r.choice([("GB", lambda: r.choice(["NWBK", "BARC", "MIDL", "LOYD", "MONZ"]) + _d(r, 14)),
                       ("IE", lambda: r.choice(["AIBK", "BOFI"]) + _d(r, 14)),
                       ("DE", lambda: _d(r, 18)), ("NL", lambda: r.choice(["ABNA", "INGB", "RABO"]) + _d(r, 10)),
                       ("GR", lambda: _d(r, 23)), ("IT", lambda: r.choice(L) + _d(r, 10) + _d(r, 12)),
                       ("PL", lambda: _d(r, 24)), ("AE", lambda: _d(r, 19))])
    bban = bb()
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    iban = f"{cc}{chk:02d}{bban}"
    if r.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def g_ip(r):
    if r.random() < 0.12:
        return f"2001:db8:{r.randint(0,65535):x}:{r.randint(0,65535):x}::{r.randint(1,65535):x}"
    return ".".join(str(x) for x in (r.choice([41, 49, 86, 102, 103, 117, 142, 174, 203, 196, 81, 24]),
                                     r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _ord(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def g_date(r, c, y, m, d, birth=True):
    mon = MONTHS[m - 1]
    us = c == "US"
    forms = [f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}",
             f"{m}/{d}/{y % 100:02d}" if us else f"{d}/{m}/{y % 100:02d}",
             f"{y}-{m:02d}-{d:02d}", f"{d} {mon[:3]} {y}", f"{mon} {d}, {y}", f"{_ord(d)} {mon} {y}",
             f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{mon[:3]}-{y % 100:02d}",
             f"{_ord(d)} of {mon} {y}", f"{d} {mon} '{y % 100:02d}", f"{d:02d}{m:02d}{y}"]
    if not birth:
        forms = [f"{d:02d}/{m:02d}" if not us else f"{m}/{d}", f"{d} {mon[:3]}", f"{mon} {_ord(d)}",
                 f"{_ord(d)} {mon}", f"{d}/{m}/{y}" if not us else f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}",
                 f"{mon[:3]} {d}"]
    return r.choice(forms)


def g_dob(r, c):
    y, m, d = r.randint(1932, 2019), r.randint(1, 12), r.randint(1, 28)
    return (y, m, d), g_date(r, c, y, m, d)


def g_other_date(r, c):
    return g_date(r, c, r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28), birth=False)



# ---------------------------------------------------------------- names
TITLES = {  # culture -> (male titles, female titles, male after, female after)
    "english_scottish": ("Mr Dr Sir", "Mrs Ms Miss Dr", "", ""),
    "irish": ("Mr Dr Fr", "Mrs Ms Dr", "", ""),
    "afrikaans": ("Mnr Oom Mr Dr", "Mev Tannie Mrs Me", "", ""),
    "zulu": ("Mr Baba Bab'", "Mrs Mama Ms Sis", "", ""),
    "xhosa": ("Mr Tata Bhuti", "Mrs Mama Sisi", "", ""),
    "sotho": ("Ntate Mr", "'Me Mme Mrs", "", ""),
    "gujarati": ("Mr Shri", "Mrs Smt.", "bhai ji", "ben ji"),
    "tamil": ("Mr Thiru Dr", "Mrs Tmt. Dr", "sir anna", "madam akka"),
    "telugu": ("Mr Sri", "Mrs Smt", "garu", "garu"),
    "bengali": ("Mr Sri", "Mrs Smt.", "da babu", "di"),
    "punjabi_sikh": ("Mr Sardar S.", "Mrs Bibi Ms", "ji", "ji"),
    "pakistani": ("Mr Dr", "Mrs Ms Dr", "sahib bhai", "sahiba baji"),
    "greek_australian": ("Mr Kyrios", "Mrs Kyria Ms", "", ""),
    "italian_australian": ("Mr Signor", "Mrs Signora Nonna", "", ""),
    "lebanese_australian": ("Mr Dr", "Mrs Ms", "", ""),
    "aboriginal_australian": ("Uncle Mr", "Aunty Ms Mrs", "", ""),
    "chinese_canadian": ("Mr Dr", "Ms Mrs Miss", "", ""),
    "ukrainian_canadian": ("Mr pan", "Mrs pani Ms", "", ""),
    "jewish_american": ("Mr Rabbi Dr Reb", "Mrs Ms Dr Rebbetzin", "", ""),
    "polish_american": ("Mr Pan Dr", "Mrs Pani Ms", "", ""),
}
NICK = {"Thomas": "Tom", "William": "Will", "Alistair": "Ali", "Giuseppe": "Pino", "Salvatore": "Sal",
        "Francesco": "Frankie", "Konstantinos": "Con", "Georgios": "George", "Dimitrios": "Jim",
        "Sibusiso": "Sbu", "Nkosinathi": "Nathi", "Jacobus": "Kobus", "Oleksandr": "Sasha",
        "Krzysztof": "Krzysiek", "Małgorzata": "Gosia", "Katarzyna": "Kasia", "Agnieszka": "Aga",
        "Mordechai": "Motti", "Yitzchak": "Itzik", "Muhammad": "Mo", "Venkata": "Venky",
        "Srinivas": "Srini", "Johannes": "Hannes", "Gerhardus": "Gerrie", "Stephanus": "Fanie",
        "Elizabeth": "Liz", "Vasiliki": "Vicky", "Panagiota": "Pat", "Konstantina": "Dina",
        "Chrysoula": "Chrissy", "Nokuthula": "Thuli", "Nompumelelo": "Mpumi", "Athanasios": "Tom",
        "Ioannis": "John", "Volodymyr": "Vova", "Mykola": "Kolya", "Stanisław": "Staszek",
        "Nikolaos": "Nick", "Vincenzo": "Enzo", "Domenico": "Mimmo", "Mohamad": "Mo",
        "Subhajit": "Subho", "Rajinder": "Raj", "Gurpreet": "Gurp", "Oluwaseun": "Seun",
        "Catriona": "Cat", "Alessandra": "Ale", "Zbigniew": "Zbyszek", "Balasubramanian": "Balu"}


class NamePicker:
    def __init__(self, r, listed):
        self.r = r
        self.pools = {}
        allm, allf, allfam = [], [], []
        for k, (homes, m, f, fam) in CULTURES.items():
            mm = [x for x in m if name_ok(x, listed)]
            ff = [x for x in f if name_ok(x, listed)]
            fa = [x for x in fam if name_ok(x, listed)]
            self.pools[k] = [homes, mm, ff, fa]
            allm += mm; allf += ff; allfam += fa
        self.listed = listed
        syl = ["ka", "lo", "ve", "tri", "mun", "za", "reth", "ol", "dar", "wyn", "qui", "bel", "sor", "nev", "ith"]
        synth = []
        for a in syl:
            for b in syl:
                w = (a + b).capitalize()
                if name_ok(w, listed):
                    synth.append(w)
        for k, v in self.pools.items():  # graceful fallback
            for i, alt in ((1, allm), (2, allf), (3, allfam)):
                if len(v[i]) < 5:
                    v[i] = v[i] + (alt if len(alt) >= 5 else synth)
        self.listed = listed

    def person(self, culture=None):
        r = self.r
        k = culture or r.choice(list(CULTURES))
        homes, m, f, fam = self.pools[k]
        sex = r.choice("mf")
        given = r.choice(m if sex == "m" else f)
        family = r.choice(fam)
        if k == "polish_american" and sex == "f":
            for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                if family.endswith(a):
                    family = family[: -len(a)] + b
        middle = None
        sk = "Singh" if sex == "m" else "Kaur"
        if k == "punjabi_sikh" and family not in ("Singh", "Kaur") and r.random() < 0.5 and name_ok(sk, self.listed):
            middle = sk
        elif r.random() < 0.1:
            mid = r.choice(m if sex == "m" else f)
            if mid != given:
                middle = mid
        return {"culture": k, "sex": sex, "given": given, "family": family, "middle": middle,
                "country": r.choice(homes)}


def _title(r, p, after=False):
    t = TITLES[p["culture"]]
    opts = (t[2] if p["sex"] == "m" else t[3]) if after else (t[0] if p["sex"] == "m" else t[1])
    opts = opts.split()
    return r.choice(opts) if opts else None


def render_name(r, p, form=None):
    """Segments for a person's name in one of many written forms."""
    g, f, mid, k = p["given"], p["family"], p["middle"], p["culture"]
    full = f"{g} {mid} {f}" if mid else f"{g} {f}"
    forms = ["full"] * 5 + ["given"] * 3 + ["title_fam"] * 2 + ["crm", "crm_low", "init", "famfirst",
             "title_full", "nick", "quoted", "after"]
    form = form or r.choice(forms)
    if form == "full":
        return [(full, "name")]
    if form == "given":
        return [(g, "name")]
    if form == "title_fam":
        return [(_title(r, p), "o"), (" ", "o"), (f, "name")]
    if form == "title_full":
        return [(_title(r, p), "o"), (" ", "o"), (full, "name")]
    if form == "crm":
        return [(f.upper(), "name"), (", ", "o"), (g, "name")]
    if form == "crm_low":
        return [(f.lower(), "name"), (r.choice([", ", ","]), "o"), (g.lower(), "name")]
    if form == "init":
        if k in ("tamil", "telugu") or r.random() < 0.5:
            return [(f"{f[0]}. {g}" if k == "tamil" else f"{g[0]}. {f}", "name")]
        return [(f"{g[0]} {f}", "name")]
    if form == "famfirst":
        if k in ("chinese_canadian",):
            return [(f"{f.upper()} {g}", "name")]
        return [(f"{f} {g}", "name")]
    if form == "nick":
        return [(NICK.get(g) if NICK.get(g) and name_ok(NICK[g], _LISTED[0]) else g, "name")]
    if form == "quoted":
        q = r.choice(['"', "'"])
        return [(q, "o"), (r.choice([g, full]), "name"), (q, "o")]
    # title after
    t = _title(r, p, after=True)
    if t:
        return [(r.choice([g, f]), "name"), (" ", "o"), (t, "o")]
    return [(full, "name")]


_LISTED = [frozenset()]



# ---------------------------------------------------------------- things that must be kept
def _sp(t):
    return [x.strip() for x in t.split(",") if x.strip()]


VOCAB = {
    "UK": dict(INS=_sp("Bupa, AXA Health, Vitality, Aviva, WPA, Simplyhealth"), PHA=_sp("Boots, Lloydspharmacy, Superdrug, Well Pharmacy, Asda Pharmacy, Day Lewis"),
               BANK=_sp("Barclays, NatWest, Monzo, Starling, Lloyds, HSBC, Nationwide, Santander"), HOSP=_sp("St Thomas', Royal Infirmary, Nuffield Health, Spire, QEUH, Ninewells"),
               APP=_sp("NHS App, Patient Access, myGP, Barclays app, Monzo app"), CUR="£"),
    "US": dict(INS=_sp("Aetna, Cigna, UnitedHealthcare, Kaiser Permanente, Humana, Blue Cross Blue Shield, Anthem"), PHA=_sp("CVS, Walgreens, Rite Aid, Costco Pharmacy, Walmart Pharmacy, Express Scripts"),
               BANK=_sp("Chase, Wells Fargo, Bank of America, Citi, Capital One, PNC"), HOSP=_sp("Mayo Clinic, Cleveland Clinic, Mount Sinai, NYU Langone, Northwestern Medicine"),
               APP=_sp("MyChart, CVS app, Zelle, Venmo, Chase app"), CUR="$"),
    "CA": dict(INS=_sp("Sun Life, Manulife, Green Shield, Canada Life, Pacific Blue Cross, Desjardins Insurance"), PHA=_sp("Shoppers Drug Mart, Rexall, London Drugs, Jean Coutu, PharmaChoice"),
               BANK=_sp("RBC, TD, Scotiabank, BMO, CIBC, Desjardins, Tangerine"), HOSP=_sp("Sunnybrook, SickKids, VGH, St. Boniface, Toronto General"),
               APP=_sp("Interac e-Transfer, My Sun Life app, Health Gateway, TD app"), CUR="$"),
    "AU": dict(INS=_sp("Medibank, Bupa, HCF, nib, HBF, ahm, Teachers Health"), PHA=_sp("Chemist Warehouse, Priceline Pharmacy, TerryWhite Chemmart, Amcal, Blooms The Chemist"),
               BANK=_sp("CommBank, Westpac, ANZ, NAB, ING, Bendigo Bank"), HOSP=_sp("Royal Melbourne, Westmead, RPA, Royal Darwin, Alice Springs Hospital, Austin Health"),
               APP=_sp("myGov, Medicare app, Express Plus, CommBank app, PayID, Osko"), CUR="$"),
    "ZA": dict(INS=_sp("Discovery Health, Bonitas, Momentum, Medshield, GEMS, Fedhealth, Bestmed"), PHA=_sp("Clicks, Dis-Chem, Medirite, Link Pharmacy"),
               BANK=_sp("Capitec, FNB, Absa, Standard Bank, Nedbank, TymeBank"), HOSP=_sp("Netcare, Life Healthcare, Mediclinic, Chris Hani Bara, Groote Schuur"),
               APP=_sp("Discovery app, FNB app, Capitec app, eWallet, SnapScan"), CUR="R"),
    "IN": dict(INS=_sp("Star Health, HDFC ERGO, Care Health, Niva Bupa, ICICI Lombard, LIC"), PHA=_sp("Apollo Pharmacy, MedPlus, Tata 1mg, PharmEasy, Netmeds, Wellness Forever"),
               BANK=_sp("SBI, HDFC Bank, ICICI Bank, Axis Bank, Kotak, Canara Bank"), HOSP=_sp("Apollo Hospitals, Fortis, Manipal, AIIMS, Narayana Health, CMC Vellore"),
               APP=_sp("UPI, Paytm, PhonePe, GPay, DigiLocker, Aarogya Setu, ABHA app"), CUR="₹"),
}
DRUGS = _sp("Metformin 500mg, atorvastatin, Ventolin, Lantus, Ozempic, Eliquis, Humira, Januvia, amoxicillin, levothyroxine, sertraline, omeprazole, ramipril, Panadol Osteo, Dolo 650, Crocin, Augmentin 625, salbutamol inhaler, EpiPen, Mounjaro, Wegovy, Jardiance, Trulicity, Xarelto, Symbicort, Seretide, Lipitor, Synthroid, Norvasc, Telma 40")
TEAMS = _sp("Claims Tier 2, Pharmacy Benefits, Member Services, Retentions, Fraud Ops, Prior Auth desk, Billing, Collections, Complaints, Cards team, Hospital Cover, Gap Cover team, Escalations, Onboarding, Wealth desk, Digital Support")
PLANS = _sp("Gold Hospital, Silver Plus Extras, Bronze Plus, Classic Saver, Executive Plan, KeyCare Plus, Essential Smart, PPO Gold, HMO Select, Medicare Advantage, Part D, Family Floater, Optima Secure, Platinum Credit Card, Premier Current Account, Choice Extras 60")
DEVICES = _sp("FreeStyle Libre 3, Dexcom G7, Omnipod 5, ResMed AirSense 11, Accu-Chek Guide, Omron M3, iPhone 13, Samsung A34, Pixel 7, Tandem t:slim X2")
SHORT = _sp("ty, tysm, thx, fyi, pls, lol, asap, fcr, np, tbh, eta, imo, w/e, b/c, cb done, vm left, f/u booked, ack, conf, noted, sorted, all good")
SWITCH = {
    "english_scottish": _sp("aye, wee bit, cheers, ta"), "irish": _sp("grand, sound, go raibh maith agat, no bother"),
    "afrikaans": _sp("baie dankie, lekker, ja nee, dankie tog"), "zulu": _sp("ngiyabonga, eish, sharp sharp, yebo"),
    "xhosa": _sp("enkosi kakhulu, molo, eish, sharp"), "sotho": _sp("kea leboha, ke a leboha, sharp"),
    "gujarati": _sp("kem cho, aabhar, saru, haan"), "tamil": _sp("romba nandri, seri, nandri, paravaillai"),
    "telugu": _sp("chala thanks, sare, dhanyavadalu, ok andi"), "bengali": _sp("dhonnobad, accha, thik ache, khub bhalo"),
    "punjabi_sikh": _sp("sat sri akal, bahut shukriya, theek hai ji, waheguru"), "pakistani": _sp("shukriya, jazakallah, theek hai, inshallah"),
    "greek_australian": _sp("efharisto, yia sou, opa"), "italian_australian": _sp("grazie mille, va bene, mamma mia"),
    "lebanese_australian": _sp("yalla, shukran, inshallah, habibi"), "aboriginal_australian": _sp("deadly, yaama, too right"),
    "chinese_canadian": _sp("m goi, xie xie, ho ye, ok la"), "ukrainian_canadian": _sp("dyakuyu, slava bohu, duzhe dyakuyu"),
    "jewish_american": _sp("mazel tov, baruch hashem, oy, todah"), "polish_american": _sp("dziękuję, dzięki, super, no dobra"),
}
REGION_SAY = {"UK": _sp("cheers, brill, sorted, lovely"), "US": _sp("awesome, all set, you bet"),
              "CA": _sp("eh, beauty, right on"), "AU": _sp("no worries, arvo, heaps happy, legend"),
              "ZA": _sp("now now, just now, shame, howzit"), "IN": _sp("kindly, do the needful, revert, prepone, only")}


# ---------------------------------------------------------------- slots
def _amount(r, c):
    cur = VOCAB[c]["CUR"]
    v = r.choice([r.randint(5, 99), r.randint(100, 4999), r.randint(5000, 250000)])
    if c == "IN":
        return r.choice([f"₹{v:,}", f"Rs {v}", f"INR {v:,}", f"Rs. {v}/-"])
    if c == "ZA":
        return r.choice([f"R{v}", f"R {v:,}".replace(",", " "), f"R{v}.00"])
    return r.choice([f"{cur}{v}", f"{cur}{v:,}.{r.randint(0,99):02d}", f"{cur}{v} AUD" if c == "AU" else f"{cur}{v:,}"])


def _time(r):
    h, m = r.randint(7, 19), r.choice([0, 15, 30, 45, 5, 50])
    return r.choice([f"{h:02d}:{m:02d}", f"{(h-1)%12+1}:{m:02d}{'am' if h < 12 else 'pm'}", f"{(h-1)%12+1}{'am' if h < 12 else 'pm'}", f"{h}h{m:02d}"])


def _email(r, p):
    g, f = fold(p["given"]).replace(" ", ""), fold(p["family"]).replace(" ", "").replace("'", "")
    g = re.sub(r"[^a-z]", "", g) or "user"
    f = re.sub(r"[^a-z]", "", f) or "mail"
    dom = {"UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
           "US": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net"],
           "CA": ["gmail.com", "shaw.ca", "rogers.com", "hotmail.ca", "sympatico.ca"],
           "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au"],
           "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "vodamail.co.za"],
           "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.in"]}[p["country"]]
    u = r.choice([f"{g}.{f}", f"{g}{f}{r.randint(1,99)}", f"{g[0]}{f}", f"{f}.{g}{r.randint(60,99)}", f"{g}_{f[:3]}"])
    return f"{u}@{r.choice(dom)}"


def _url(r, p):
    g = re.sub(r"[^a-z]", "", fold(p["given"])) or "member"
    f = re.sub(r"[^a-z]", "", fold(p["family"])) or "profile"
    return r.choice([f"https://www.facebook.com/{g}.{f}.{r.randint(10,9999)}", f"linkedin.com/in/{g}-{f}-{r.randint(100,999)}",
                     f"https://portal.claimsdesk.net/member/{_d(r,8)}", f"instagram.com/{g}_{f}{r.randint(1,99)}",
                     f"https://crm.internal/case/view?id={_d(r,9)}", f"https://x.com/{g}{f[:4]}"])


def _user(r, p):
    g = re.sub(r"[^a-z]", "", fold(p["given"])) or "usr"
    f = re.sub(r"[^a-z]", "", fold(p["family"])) or "acct"
    return r.choice([f"{g[0]}{f}{r.randint(1,99)}", f"{g}.{f[:1]}{r.randint(70,99)}", f"{f}{g[:2]}", f"{g}_{r.randint(100,999)}"])


def _address_block(r, c):
    segs = [(g_address(r, c), "address")]
    k = r.random()
    town = r.choice(TOWNS[c])
    if k < 0.35:
        segs += [(", ", "o"), (town, "~")]
    elif k < 0.75:
        sep = ", " if c != "AU" else " "
        if c == "AU":
            segs += [(", ", "o"), (town, "~"), (" " + r.choice(["NSW", "VIC", "QLD", "WA", "SA", "NT"]) + " ", "o"), (g_postcode(r, c), "postcode")]
        elif c in ("US", "CA"):
            segs += [(", ", "o"), (town, "~"), (", " + (r.choice(["IL", "NY", "FL", "GA", "MA"]) if c == "US" else r.choice(["ON", "BC", "MB", "AB", "QC"])) + " ", "o"), (g_postcode(r, c), "postcode")]
        elif c == "IN":
            segs += [(", ", "o"), (town, "~"), (r.choice([" - ", " ", "-"]), "o"), (g_postcode(r, c), "postcode")]
        else:
            segs += [(", ", "o"), (town, "~"), (sep, "o"), (g_postcode(r, c), "postcode")]
    return segs



# ---------------------------------------------------------------- templates
PII_TEMPLATES = [
    "cust {N} called re {DRUG} refill at {PHA}, {MID} sorted same call {SH}",
    "cx {N} dob {DOB} verified, {NAT} matched, claim paid {AMT} {RS}",
    "Spoke to {N} about the {PLAN} upgrade, confirmed mobile {PH} and email {EM}",
    "{CRM} - ID&V passed (DOB {DOB}), reissued card ending {L4}, very happy",
    "thanks to {AG} from billing for sorting {P} refund of {AMT} on {DATE}",
    "caller {N} ({NAT}) got the {DRUG} prior auth approved, {MID}",
    "{T} rang back, new address {ADDR}, {INS} records updated {SH}",
    "member {N} born {DOB}, {MID}, gap cover paid out {AMT} {SW}",
    "customer {N} said {SW} after we waived the {AMT} fee on card {CARD}",
    "@{AG} thanks for the warm transfer, {N} now on {PLAN}, {MID}",
    "pt {N} d.o.b {DOB} - {HOSP} appt moved to {DATE} {TIME}, confirmed on {PH}",
    "{N} and her son {N2} both added to the {PLAN} policy, {MID}",
    "win: {N} was about to cancel, {AG} saved it with a loyalty discount of {AMT}",
    "DOB: {DOB} | {NAT} | {MID} | outcome: claim reopened and paid {SH}",
    "spoke w {N} re duplicate debit on {CARD}, {BANK} reversed {AMT} same day",
    "{P} daughter called on her behalf, consent on file, {MID}, all resolved",
    "cust emailed from {EM} re {DRUG} shortage, {AG} found stock at {PHA} {CITY}",
    "new postal addr {ADDR} for {N}, statements going there from {DATE}",
    "IBAN {IBAN} confirmed by {N} for the overseas refund, {AMT} sent {SW}",
    "login from {IP} flagged, {N} confirmed it was her, {USER} unlocked",
    "{N} sent profile link {URL} as proof, fraud team cleared it {SH}",
    "birthday {DOB} - {N} got the over-65 discount applied on {PLAN}",
    "{G} was stoked, {AG} helped with {DRUG} script transfer to {PHA}",
    "called {N} on {PH} re {MID}, cb done, claim approved {RS}",
    "{N} ({G}) born {DOB}, lives at {ADDR}, {NAT} on file",
    "shoutout {AG} + {AGB} for getting {P} {DEV} covered under {PLAN}",
    "account holder {CRM} - {MID} - dob {DOB} - complaint closed, {AMT} goodwill",
    "{N}'s wife {N2} rang, authorised 3rd party, card {CARD} replaced",
    "cust {N} postcode {PC} - home delivery of {DRUG} arranged from {PHA}",
    "passport check ok for {N}, {NAT}, funds released {AMT} {SW}",
    "{T} from {CITY} says {SW}, {AG} reissued the EOB for {MID}",
    "verified {N} via OTP to {PH}, dob {DOB}, reset {USER} password",
    "member called, name {CRM}, email {EM}, wants paper statements, done",
    "\"{G}\" (nickname) on the account, legal name {N}, {MID} updated",
    "{N} b. {DOB} {NAT} - Medicare rebate of {AMT} processed",
    "handover from {AG}: {N} cb on {PH} after {TIME} re {MID}",
    "tysm {AG} for helping {N} with the {INS} claim, {MID}, {AMT} back",
    "{N} moved to {ADDR}, new {INS} card posted, {SH}",
    "ordered {DEV} for {N}, ship to {ADDR}, tracking to {EM}",
    "kyc done for {N}, {NAT}, a/c opened, welcome pack to {PC}",
    "{N} was in tears, {AG} got the {HOSP} bill of {AMT} written off {SW}",
    "elderly cx {T} dob {DOB} - set up {APP} for her, {PH} verified",
    "{N} {SW} - refund to {IBAN} done, {MID}",
    "pharmacy rang for {N}, {MID}, {DRUG} dispensed, copay {AMT}",
]
NOPII_TEMPLATES = [
    "claim approved same call, {INS} paid {AMT} towards the {HOSP} bill {SH}",
    "{DRUG} out of stock at {PHA} {CITY}, redirected to nearest store, cust happy",
    "FCR win, explained {PLAN} waiting periods, no complaint raised",
    "cx thrilled, {DEV} now covered under {PLAN} from {DATE}",
    "{TEAM} queue cleared by {TIME}, great effort all round {RS}",
    "explained EOB line by line, {AMT} deductible met, cust said {SW}",
    "{APP} login issue fixed after cache clear, {SH}",
    "generic sub for {DRUG} accepted, saves {AMT} a month",
    "appt at {HOSP} moved to {DATE} {TIME}, transport arranged",
    "waived late fee of {AMT} on the {PLAN}, retention win",
    "escalated to {TEAM}, callback promised by {TIME} and actually done",
    "cust moving to {CITY} next month, checked {INS} network there, all good",
    "PA approved in 20 mins, {DRUG} dispensed at {PHA} same arvo",
    "{BANK} chargeback lodged {DATE}, provisional credit {AMT}, cust relieved",
    "explained {PLAN} vs {PLAN2}, stayed on current cover {SH}",
    "card expiry {DATE} noted, replacement already in post, {RS}",
    "cust asked about {DRUG} price, formulary tier 2, copay {AMT}",
    "{DEV} sensors approved for 12 months, {INS} pre-approval done",
    "lovely call, cx said {SW} and asked for our manager to hear",
    "system down {TIME} to {TIME2}, used manual form, claim still lodged",
    "repeat script for {DRUG} sent to {PHA} via eScript, sorted",
    "hospital cover excess {AMT} explained, no surprises on {DATE}",
    "transfer from {TEAM} done, AHT under target, csat 5/5",
    "{APP} payment of {AMT} failed twice, reversed by {BANK} in minutes",
    "member happy with {PLAN}, renewal on {DATE} confirmed, {SH}",
    "travel cover for {CITY} trip added, {AMT} premium",
    "{HOSP} pre-auth faxed at {TIME}, {INS} confirmed receipt",
    "vaccine booking at {PHA} for {DATE}, flu and covid together",
    "cust compared {INS} and {INS2}, chose to stay with us {RS}",
    "overdraft fee {AMT} refunded as goodwill, {BANK} policy allows once",
    "{DRUG} dosage question routed to pharmacist, no issues",
    "IVR loop fixed for {TEAM}, fewer abandoned calls since {DATE}",
    "new joiner on {TEAM} handled first solo call, nailed it",
    "explained {PLAN} gap payment, {AMT} out of pocket only {SW}",
    "{DEV} warranty claim approved, replacement ships {DATE}",
    "double charge at {PHA} {CITY} of {AMT} refunded, {SH}",
    "mbr asked re {DRUG} cover under {PLAN}, yes covered from {DATE}",
    "queue {TEAM} at 40 waiting at {TIME}, we cleared it by lunch {RS}",
]




_SLOT = re.compile(r"\{(\w+)\}")


def _fill(r, tpl, ctx):
    c, p = ctx["c"], ctx["p"]
    V = VOCAB[c]
    segs = []
    parts = _SLOT.split(tpl)
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part:
                segs.append((part, "o"))
            continue
        k = part
        if k == "N":
            segs += render_name(r, p)
        elif k == "G":
            segs.append((p["given"], "name"))
        elif k == "T":
            segs += render_name(r, p, "title_fam")
        elif k == "CRM":
            segs += render_name(r, p, r.choice(["crm", "crm", "crm_low"]))
        elif k == "P":
            segs += render_name(r, p, r.choice(["full", "given", "title_fam"])) + [("'s", "o")]
        elif k in ("AG", "AGB"):
            a = ctx["np"].person()
            segs.append((r.choice([a["given"], a["given"], f"{a['given']} {a['family'][0]}", a["given"].lower()]), "name"))
        elif k == "N2":
            segs += render_name(r, ctx["np"].person(p["culture"]), r.choice(["full", "given"]))
        elif k == "EM":
            segs.append((_email(r, p), "email"))
        elif k == "PH":
            segs.append((g_phone(r, c), "phone"))
        elif k == "CARD":
            segs.append((g_card(r), "card"))
        elif k == "L4":
            segs.append((g_card(r, True)[-4:], "card"))
        elif k == "MID":
            cue, v = g_member(r, c)
            segs += [(cue + r.choice([" ", ": ", " #", " "]), "o"), (v, "id")]
        elif k == "NAT":
            cue, v = g_natid(r, c, ctx.get("dobt"))
            segs += [(cue + r.choice([" ", ": ", " - "]), "o"), (v, "id")]
        elif k == "ADDR":
            segs += _address_block(r, c)
        elif k == "PC":
            segs.append((g_postcode(r, c), "postcode"))
        elif k == "IP":
            segs.append((g_ip(r), "ip"))
        elif k == "URL":
            segs.append((_url(r, p), "url"))
        elif k == "IBAN":
            segs.append((g_iban(r), "iban"))
        elif k == "DOB":
            t, v = g_dob(r, c)
            ctx["dobt"] = t
            segs.append((v, "dob"))
        elif k == "USER":
            segs += [("user ", "o"), (_user(r, p), "id")]
        elif k in ("INS", "INS2"):
            segs.append((r.choice(V["INS"]), "o"))
        elif k in ("PHA", "BANK", "HOSP", "APP"):
            segs.append((r.choice(V[k]), "o"))
        elif k == "CITY":
            segs.append((r.choice(TOWNS[c]), "o"))
        elif k == "DRUG":
            segs.append((r.choice(DRUGS), "o"))
        elif k == "TEAM":
            segs.append((r.choice(TEAMS), "o"))
        elif k in ("PLAN", "PLAN2"):
            segs.append((r.choice(PLANS), "o"))
        elif k == "DEV":
            segs.append((r.choice(DEVICES), "o"))
        elif k == "AMT":
            segs.append((_amount(r, c), "o"))
        elif k == "DATE":
            segs.append((g_other_date(r, c), "o"))
        elif k in ("TIME", "TIME2"):
            segs.append((_time(r), "o"))
        elif k == "SW":
            segs.append((r.choice(SWITCH[p["culture"]]), "o"))
        elif k == "RS":
            segs.append((r.choice(REGION_SAY[c]), "o"))
        elif k == "SH":
            segs.append((r.choice(SHORT), "o"))
        else:
            raise KeyError(k)
    return segs


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


def _lower(segs):
    return [(t.lower(), l) for t, l in segs]


def _typo(r, segs):
    """drop punctuation / squash spaces in o segments, as agents type."""
    out = []
    for t, l in segs:
        if l == "o" and r.random() < 0.5:
            t = t.replace(", ", " ").replace(" - ", " ").replace("(", "").replace(")", "")
        out.append((t, l))
    return out


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(fold(x) for x in listed)
    _LISTED[0] = listed
    r = random.Random(SEED)
    np = NamePicker(r, listed)
    cultures = list(CULTURES)
    notes, seen = [], set()
    n_nopii = int(N_NOTES * 0.45)
    plan = ["n"] * n_nopii + ["p"] * (N_NOTES - n_nopii)
    r.shuffle(plan)
    i = 0
    tries = 0
    while len(notes) < N_NOTES:
        tries += 1
        kind = plan[len(notes)]
        cul = cultures[i % len(cultures)]
        p = np.person(cul)
        ctx = {"c": p["country"], "p": p, "np": np}
        tpl = r.choice(PII_TEMPLATES if kind == "p" else NOPII_TEMPLATES)
        segs = _fill(r, tpl, ctx)
        if r.random() < 0.3:
            segs = _typo(r, segs)
        if r.random() < 0.32:
            segs = _lower(segs)
        segs = _merge(segs)
        text = "".join(t for t, _ in segs)
        text = re.sub(r"\s+", " ", text)
        if "".join(t for t, _ in segs) != text or "\n" in text:
            continue
        nw = len(text.split())
        if not 5 <= nw <= 45 or text in seen:
            continue
        seen.add(text)
        notes.append(segs)
        i += 1
    return notes


def _selfcheck():
    sample = frozenset({"james", "smith", "patel", "mohamad", "maria", "singh", "wong", "grace"})
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    counts = {l: 0 for l in LABELS}
    lower = nopii = 0
    texts = set()
    for segs in a:
        text = "".join(t for t, _ in segs)
        assert "\n" in text or True
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts
        texts.add(text)
        for t, l in segs:
            assert l in LABELS, l
            if l != "o":
                assert t == t.strip() and t, (t, l)
            counts[l] += 1
            if l == "name":
                assert name_ok(t, sample), t
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in segs):
            nopii += 1
    print("notes", len(a))
    for l in LABELS:
        print(f"  {l:9s} {counts[l]}")
    print(f"all-lower-case share {lower / len(a):.3f}")
    print(f"no-personal-data share {nopii / len(a):.3f}")
    print("cultures", len(CULTURES), "pii templates", len(PII_TEMPLATES), "no-pii templates", len(NOPII_TEMPLATES))


if __name__ == "__main__":
    _selfcheck()
