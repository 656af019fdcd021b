"""Blind evaluation set "af": UK and Ireland utility / council-tax desks.

Energy, water, broadband and council-tax (and Irish LPT) agents typing very messy
chat-style CRM notes, with voice-to-text slips and heavy abbreviation.
Standard library only; deterministic for a given ``listed`` set.
"""

import random
import re
import unicodedata

SEED = 60417
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip", "url",
          "iban", "dob", "o", "~")


def _l(s):
    return [w.strip() for w in s.split(",") if w.strip()]


# --------------------------------------------------------------------------------------
# name pools (given male, given female, family); each pool >= 40 given and >= 40 family
# --------------------------------------------------------------------------------------
POOLS = {
    "irish": dict(
        m=_l("Pádraig, Oisín, Cian, Darragh, Eoghan, Ciarán, Fiachra, Tadhg, Donnchadh, "
             "Ruairí, Colm, Cathal, Déaglán, Peadar, Diarmuid, Séamus, Eoin, Conall, Ultan, "
             "Lorcan, Cillian, Rónán, Fionn, Odhrán, Senan, Breandán, Dara, Tiernan, Cormac, "
             "Feidhlim, Mikey, Paddy, Johnny, Mossie, Dinny, Christy"),
        f=_l("Siobhán, Aoife, Niamh, Caoimhe, Saoirse, Róisín, Gráinne, Órla, Méabh, "
             "Clodagh, Sinéad, Áine, Dearbhla, Eimear, Ailbhe, Bríd, Nuala, Fionnuala, "
             "Orlaith, Treasa, Aisling, Muireann, Sadhbh, Éabha, Bláthnaid, Laoise, Síle, "
             "Úna, Deirbhile, Ríona, Caitríona, Máire, Bridgie, Winnie, Chrissie, Josie, "
             "Nora, Peig"),
        fam=_l("Ó Súilleabháin, Ó Ceallaigh, Mac Cárthaigh, Ó Briain, Ó Néill, Mac Mathúna, "
               "Ó Conchúir, Ó Dónaill, Ó Riordáin, Ó Cinnéide, Mac Aodha, Ó Broin, "
               "Mac Suibhne, Ó Gallchóir, Mac Giolla Phádraig, Cullinane, Mulcahy, Moynihan, "
               "Brosnan, Hegarty, Scanlon, Twomey, Keohane, Dineen, Lenihan, O'Driscoll, "
               "O'Mahony, Ahern, Spillane, Kinsella, Geraghty, Coughlan, Cronin, Ó Murchú, "
               "McDonagh, Maughan, Mongan, Stokes, Joyce, Furey, Sherlock, McGinley, "
               "Ó hÉigeartaigh, Mac an tSaoi, Breathnach, Drennan, Fitzmaurice, Lynskey"),
        fem_fam=_l("Ní Shúilleabháin, Ní Cheallaigh, Nic Cárthaigh, Ní Bhriain, Ní Néill, "
                   "Ní Chonchúir, Ní Dhónaill, Ní Riordáin, Ní Chinnéide, Nic Aodha, "
                   "Ní Bhroin, Nic Suibhne, Ní Ghallchóir, Ní Mhurchú, Ní Fhlaithearta"),
    ),
    "scottish": dict(
        m=_l("Iain, Ruaridh, Fraser, Hamish, Lachlan, Calum, Murdo, Torquil, Fionnlagh, "
             "Ewan, Alasdair, Struan, Innes, Lorne, Gregor, Angus, Euan, Dougal, Finlay, "
             "Somhairle, Ruairidh, Kenzie, Tormod, Coinneach, Niall"),
        f=_l("Eilidh, Morag, Catriona, Mhairi, Kirsty, Ailsa, Seonaid, Isla, Rhona, Shona, "
             "Elspeth, Marsaili, Peigi, Ishbel, Kenna, Iona, Morven, Fionnghal, Kirsteen, "
             "Lorna, Beathag, Oighrig"),
        fam=_l("MacLeod, MacKinnon, MacAulay, Urquhart, Drummond, Farquharson, Menzies, "
               "Cruickshank, Ogilvie, Lamont, MacGillivray, Matheson, Munro, Gunn, Galbraith, "
               "Strachan, Duthie, Gillespie, Macrae, MacIver, Nicolson, Beaton, Carmichael, "
               "Dalgleish, Rattray, Souter, Tulloch, Moncrieff, MacNeil, MacPhail, "
               "Macaskill, Morrison, MacSween, Buchan, Laidlaw, Lennox, Imrie, Guthrie, "
               "Mackintosh, Shearer, Cowie, Petrie, Rennie"),
    ),
    "welsh_cornish": dict(
        m=_l("Rhys, Gethin, Dafydd, Iwan, Emyr, Gwion, Osian, Hedd, Ieuan, Elis, Tomos, "
             "Huw, Aled, Meirion, Cai, Iolo, Geraint, Llŷr, Trystan, Macsen, Jory, Jago, "
             "Piran, Talan, Kenver, Peran, Tristan"),
        f=_l("Gwenllian, Ffion, Cerys, Eleri, Nia, Bethan, Carys, Angharad, Rhiannon, Siân, "
             "Llinos, Heledd, Meinir, Delyth, Mererid, Lowri, Seren, Alaw, Cadi, Efa, "
             "Tamsin, Morwenna, Demelza, Kerensa, Loveday, Tressa, Kensa, Lowenna, Merryn"),
        fam=_l("ap Rhys, Pritchard, Pugh, Prosser, Bevan, Llewellyn, Vaughan, Prydderch, "
               "Gruffydd, Cadwaladr, Eynon, Parry, Howells, Watkin, Wyn, ab Owain, Tudur, "
               "Pennant, Glyn, Trelawny, Tregenza, Penhaligon, Pascoe, Polglase, Trevithick, "
               "Nancarrow, Rosewarne, Chenoweth, Tremayne, Treloar, Angove, Curnow, Kitto, "
               "Pengelly, Trezise, Vosper, Roskilly, Tonkin, Carlyon, Trebilcock, "
               "Polkinghorne, Lloyd-Prydderch, Ellis-Jones, Cunnah, Gwilym"),
    ),
    "north_english": dict(
        m=_l("Wilf, Alf, Stan, Cyril, Kev, Gaz, Daz, Tez, Macca, Arnold, Clifford, Norris, "
             "Harold, Brayden, Keiran, Jayden, Kenny, Ged, Baz, Deano, Ellis"),
        f=_l("Elsie, Ethel, Maud, Doreen, Brenda, Shaz, Bev, Kayleigh, Jodie, Tracey, "
             "Mavis, Edna, Gladys, Hilda, Nell, Tia, Leanne, Chantelle, Stacey, Jolene"),
        fam=_l("Ackroyd, Sutcliffe, Holroyd, Greenhalgh, Ormerod, Haworth, Pickles, "
               "Butterworth, Lumb, Barraclough, Hepworth, Illingworth, Crabtree, Entwistle, "
               "Heptonstall, Brearley, Thwaite, Dewhurst, Kershaw, Scholes, Shackleton, "
               "Whiteley, Ramsbottom, Oldroyd, Sowerby, Mitchinson, Grundy, Ashworth, "
               "Duckworth, Bamforth, Gledhill, Haigh, Rushworth, Tattersall, Wadsworth, "
               "Hebblethwaite, Ibbotson, Catterall, Fothergill, Sugden, Hinchliffe, "
               "Greenwood, Hargreaves"),
    ),
    "pakistani": dict(
        m=_l("Imran, Zubair, Asif, Tariq, Naveed, Shahid, Faisal, Adeel, Usman, Bilal, "
             "Kamran, Zeeshan, Waqas, Haroon, Nadeem, Sajid, Rizwan, Arshad, Mohsin, Aamir, "
             "Qasim, Shoaib"),
        f=_l("Ayesha, Sadia, Nazia, Rubina, Shazia, Samina, Farzana, Humaira, Bushra, Saima, "
             "Uzma, Nabila, Rukhsana, Tahira, Mehwish, Iqra, Hira, Amna, Zainab, Sobia"),
        fam=_l("Hussain, Akhtar, Mahmood, Iqbal, Chaudhry, Qureshi, Butt, Malik, Rashid, "
               "Siddiqui, Raja, Bashir, Yousaf, Aslam, Mirza, Anwar, Nawaz, Shafiq, Javed, "
               "Rehman, Sadiq, Kiani, Janjua, Abbasi, Gillani, Bhatti, Awan, Zaman, Latif, "
               "Saleem, Afzal, Hanif, Ashraf, Riaz, Majeed, Farooq, Kayani, Tahir, Mughal, "
               "Minhas"),
    ),
    "bangladeshi": dict(
        m=_l("Shahed, Mizanur, Habibur, Shamsul, Delwar, Anwarul, Moinul, Shohel, Rubel, "
             "Sumon, Tanvir, Sabbir, Rakib, Ashik, Jubayer, Foysal, Shipon, Nazmul, Mamun, "
             "Kamrul, Mahbub, Rafiqul"),
        f=_l("Shirin, Nasima, Rokeya, Shahana, Momtaz, Rehana, Jahanara, Taslima, Shammi, "
             "Farhana, Lipi, Rumana, Nusrat, Tahmina, Sumaiya, Mithila, Shapla, Rupali, "
             "Jesmin, Salma"),
        fam=_l("Miah, Uddin, Begum, Rahman, Chowdhury, Khatun, Hoque, Karim, Alam, Sarkar, "
               "Talukder, Mollah, Sikder, Bhuiyan, Hossain, Majumder, Kabir, Siddique, Akter, "
               "Bari, Jalal, Munshi, Patwary, Howlader, Mondol, Choudhury, Ullah, Haque, "
               "Islam, Mustafa, Ali Miah, Sultana, Parvin, Rabbani, Aziz, Ahmed Chowdhury, "
               "Talukdar, Mazumder, Shikder, Khanom"),
    ),
    "british_indian": dict(
        m=_l("Hitesh, Jignesh, Bhavesh, Nilesh, Paresh, Mitesh, Ketan, Dipak, Jayesh, "
             "Kalpesh, Chirag, Alpesh, Pritesh, Gurpreet, Harjit, Kuldeep, Sukhdev, "
             "Rajinder, Navjot, Amarjit, Gurinder, Jasbir, Inderjit, Harvinder, Sukhjinder"),
        f=_l("Minal, Heena, Bhavna, Hetal, Dipti, Falguni, Jinal, Krupa, Sonal, Urmila, "
             "Varsha, Jaswinder, Manjit, Balvinder, Paramjit, Harpreet, Simran, Baljit, "
             "Taranjeet, Rupinder, Kiranjit"),
        fam=_l("Mistry, Parmar, Solanki, Chauhan, Desai, Thakkar, Vaghela, Pandya, Bhatt, "
               "Rathod, Makwana, Chudasama, Lad, Gohil, Trivedi, Vekaria, Kotecha, Pujara, "
               "Raithatha, Sandhu, Dhillon, Sidhu, Bains, Grewal, Sangha, Johal, Atwal, "
               "Bassi, Sohal, Virdi, Bhogal, Dhaliwal, Kalsi, Chana, Sahota, Lakhani, "
               "Ruparelia, Hirani, Pabari, Kandola"),
    ),
    "west_african": dict(
        m=_l("Chinedu, Oluwaseun, Adebayo, Tunde, Emeka, Obinna, Babatunde, Olumide, "
             "Nnamdi, Kelechi, Uchenna, Ikechukwu, Oluwatobi, Ayodele, Kwame, Kofi, Yaw, "
             "Kwabena, Kwesi, Kojo, Kweku, Ekow, Femi, Segun"),
        f=_l("Ngozi, Folake, Chiamaka, Ifeoma, Yetunde, Funmilayo, Temitope, Chidinma, "
             "Adaeze, Damilola, Bukola, Kemi, Akosua, Abena, Efua, Adwoa, Esi, Akua, Yaa, "
             "Afia, Nneka, Titilayo"),
        fam=_l("Okafor, Adeyemi, Okonkwo, Balogun, Oyelaran, Nwosu, Chukwu, Ogunleye, "
               "Olawale, Afolabi, Oladipo, Akinola, Nwachukwu, Ibekwe, Onyeka, Adeleke, "
               "Ogundipe, Oyewole, Mensah, Asante, Boateng, Owusu, Osei, Agyeman, Appiah, "
               "Darko, Ofori, Amoah, Acheampong, Adjei, Antwi, Baffour, Danquah, Frimpong, "
               "Gyamfi, Opoku, Sarpong, Quaye, Tetteh, Adeyemi-Okafor, Oduya, Eze"),
    ),
    "jamaican": dict(
        m=_l("Delroy, Winston, Errol, Leroy, Desmond, Lascelles, Garfield, Everton, "
             "Fitzroy, Carlton, Barrington, Kemar, Tyrone, Jermaine, Roshane, Odane, Akeem, "
             "Kadeem, Jevaun, Andrae, Horace"),
        f=_l("Marcia, Hyacinth, Claudette, Paulette, Merline, Icilda, Shanice, Keisha, "
             "Tanisha, Jhenelle, Shevaun, Tashawna, Novlette, Sharmaine, Grace-Ann, Monique, "
             "Yvette, Dionne, Shereece, Kerry-Ann"),
        fam=_l("McKenzie, Gayle, Samuels, Blackwood, Ffrench, Spence, Ricketts, Lindo, "
               "Dacres, Beckford, Stennett, Nembhard, Brissett, Bogle, Thwaites, Anglin, "
               "Plummer, Ebanks, Facey, Hylton, Wedderburn, Maragh, Duhaney, Heslop, "
               "Whyte, Mattis, Grizzle, Chambers, McFarlane, Lewin, Salmon, Christie, Dyer, "
               "Hinds, Bonner, Edwards-Lindo, Malcolm, Tulloch, Walcott, Goulbourne"),
    ),
    "polish": dict(
        m=_l("Łukasz, Krzysztof, Grzegorz, Wojciech, Paweł, Tomasz, Michał, Bartosz, "
             "Jakub, Mateusz, Kamil, Dawid, Przemysław, Zbigniew, Andrzej, Mariusz, Rafał, "
             "Sławomir, Janusz, Jarosław"),
        f=_l("Agnieszka, Małgorzata, Katarzyna, Joanna, Magdalena, Dorota, Ewelina, "
             "Justyna, Beata, Żaneta, Urszula, Grażyna, Jadwiga, Bożena, Weronika, Iwona, "
             "Halina, Marzena, Wioletta, Danuta"),
        fam=_l("Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
               "Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, "
               "Krawczyk, Piotrowski, Grabowski, Nowakowski, Pawłowski, Michalski, Nowicki, "
               "Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Król, Majewski, Olszewski, "
               "Jaworski, Wróbel, Malinowski, Pawlak, Witkowski, Walczak, Stępień, Górski, "
               "Rutkowski, Sikora, Szewczyk, Przybylski, Chmielewski, Grzelak"),
    ),
    "romanian": dict(
        m=_l("Ionuț, Mihai, Florin, Cătălin, Bogdan, Marius, Sorin, Cosmin, Răzvan, "
             "Ciprian, Dorin, Vasile, Gheorghe, Costel, Lucian, Ovidiu, Viorel, Nicușor, "
             "Petrică, Marian"),
        f=_l("Ioana, Andreea, Mihaela, Roxana, Florentina, Georgiana, Loredana, Simona, "
             "Raluca, Oana, Luminița, Violeta, Nicoleta, Corina, Alina, Denisa, Mădălina, "
             "Ionela, Crina, Larisa"),
        fam=_l("Popescu, Ionescu, Popa, Dumitru, Stoica, Munteanu, Constantin, Ciobanu, "
               "Rusu, Lungu, Moldovan, Dobre, Barbu, Nistor, Florea, Vasilescu, Mocanu, "
               "Cojocaru, Ungureanu, Ene, Sandu, Preda, Dragomir, Iordache, Diaconu, Zamfir, "
               "Bălan, Năstase, Oprea, Surdu, Buzatu, Căpraru, Manole, Pîrvu, Stănescu, "
               "Olteanu, Tănase, Ghiță, Chiriac, Apostol"),
    ),
    "lithuanian": dict(
        m=_l("Mantas, Darius, Giedrius, Vytautas, Justinas, Mindaugas, Rokas, Paulius, "
             "Žygimantas, Arūnas, Kęstutis, Saulius, Audrius, Gintaras, Dovydas, Deividas, "
             "Edvinas, Algirdas, Tautvydas, Eimantas"),
        f=_l("Rūta, Eglė, Jurgita, Ieva, Aušra, Gintarė, Vilma, Rasa, Inga, Agnė, Greta, "
             "Dalia, Jolanta, Neringa, Indrė, Aistė, Giedrė, Miglė, Ugnė, Lina"),
        fam=_l("Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, "
               "Butkus, Paulauskas, Urbonas, Kavaliauskas, Navickas, Ramanauskas, Savickas, "
               "Baranauskas, Rimkus, Sakalauskas, Mockus, Grigas, Balčiūnas, Adomaitis, "
               "Šimkus, Lukoševičius, Kairys, Vaitkus, Jonaitis, Bielskis, Žilinskas, "
               "Mikalauskas, Gudaitis, Vaičiulis, Norkus, Daukšas, Bagdonas, Liutkus, "
               "Čepulis, Valančius, Jasiūnas, Mažeika, Venckus, Tamošiūnas"),
    ),
    "lusophone": dict(
        m=_l("João, Tiago, Rui, Nuno, Gonçalo, Duarte, Vasco, Hélder, Joaquim, Márcio, "
             "Thiago, Gustavo, Leandro, Wellington, Cleiton, Rodrigo, Fábio, Anderson, "
             "João Pedro, Luiz Carlos, Washington, Rogério"),
        f=_l("Inês, Beatriz, Leonor, Filipa, Conceição, Fernanda, Juliana, Thaís, Larissa, "
             "Letícia, Aline, Bruna, Jaqueline, Francisca, Maria João, Graça, Rosângela, "
             "Luana, Priscila, Gislaine"),
        fam=_l("Ferreira, Pereira, Oliveira, Rodrigues, Gonçalves, Marques, Ribeiro, "
               "Carvalho, Teixeira, Moreira, Correia, Nunes, Soares, Monteiro, Cardoso, "
               "Raposo, Neves, Coelho, Cunha, Pires, Barbosa, Tavares, Azevedo, Magalhães, "
               "Figueiredo, Nascimento, Araújo, dos Santos, da Silva, de Souza, "
               "Sousa Mendes, da Costa, Albuquerque, Brandão, Queiroz, Vasconcelos, "
               "Fonseca, Amaral, Loureiro, Medeiros"),
    ),
    "filipino": dict(
        m=_l("Rodel, Jomar, Reynaldo, Arnel, Jun, Bong, Rogelio, Efren, Danilo, Edgardo, "
             "Jhun, Marlon, Jericho, Nonoy, Aldrin, Joselito, Wilfredo, Romualdo, Jayson, "
             "Ariel"),
        f=_l("Jocelyn, Maricel, Rowena, Marites, Analyn, Jennilyn, Rhodora, Marivic, "
             "Jhoanna, Luzviminda, Rosalinda, Mylene, Divina, Imelda, Erlinda, Precious, "
             "Lorelie, Maribel, Gemma, Rizalina"),
        fam=_l("dela Cruz, Bautista, Ocampo, Tolentino, Villanueva, Aquino, Salazar, "
               "Mercado, Pascual, Manalo, Dimaculangan, Macapagal, Lacson, Panganiban, "
               "Soriano, Galang, Dizon, Sison, Magbanua, Pangilinan, dela Rosa, de Guzman, "
               "Evangelista, Gatchalian, Buenaventura, Lumanog, Agbayani, Tuazon, "
               "Macaraeg, Dumalagan, Bacani, Cabanlig, Quiambao, Sumulong, Mangubat, "
               "Baluyot, Dalisay, Lagman, Tabios, Ylagan"),
    ),
    "hongkong": dict(
        m=_l("Ka Ming, Kwok Wah, Wai Kit, Chi Keung, Kin Fai, Hon Ming, Chun Kit, Ho Yin, "
             "Yiu Wah, Tak Ming, Chak Hei, Tsz Hin, Pak Lam, Ngai Fung, Kai Ming, Wai Man, "
             "Kelvin, Ivan, Wilson, Edmond"),
        f=_l("Wing Yan, Siu Ling, Mei Ling, Hoi Yan, Tsz Ching, Man Yee, Suet Ying, "
             "Pui Shan, Yuk Lan, Wing Sze, Lok Yi, Ching Yee, Shuk Fan, Sau Ling, Sze Wan, "
             "Hiu Tung, Cheuk Lam, Ka Yan, Yee Man, Mei Kuen, Karena"),
        fam=_l("Leung, Cheung, Tsang, Yeung, Kwok, Fung, Tsui, Yip, Mak, Choi, Siu, Tse, "
               "Kwan, Au, Hui, Poon, Yuen, Chiu, Tam, Szeto, Au-Yeung, Wan, Shek, Pang, "
               "Ching, Kwong, Lui, Mok, Sham, Tong, Wai, Yau, Chung, Fok, Hung, Ko, Kan, "
               "Lo, Tsoi, Chui"),
    ),
    "turkish_cypriot": dict(
        m=_l("Mehmet, Hüseyin, Ahmet, Mustafa, Osman, Erol, Ertan, Kemal, Derviş, Salih, "
             "Ertuğrul, Halil, Ümit, Serkan, Cemal, Tahsin, Özkan, Ersin, Hakkı, Rauf"),
        f=_l("Ayşe, Fatma, Emine, Hatice, Gülsen, Nurten, Zehra, Sevgül, Meral, Hülya, "
             "Aysel, Şerife, Gönül, Pembe, Selda, Dilek, Nilüfer, Özlem, Ebru, Gülay"),
        fam=_l("Ramadan, Özdemir, Çelik, Aydın, Erdoğan, Şahin, Arslan, Doğan, Kılıç, Koç, "
               "Öztürk, Polat, Korkmaz, Ünal, Yıldız, Beyoğlu, Dervish, Ibrahim, Raif, "
               "Mehmetali, Tuncay, Erhan, Ergün, Akıncı, Küçük, Çağlar, Gürsel, Ersoy, "
               "Karagöz, Akbil, Hasipoğlu, Osman-Ali, Halilović, Mustafaoğlu, Suleyman, "
               "Zorba, Ozsoy, Gungor, Hussein-Ali, Yusuf"),
    ),
}

# weights per country
POOL_W_UK = {"irish": 8, "scottish": 9, "welsh_cornish": 9, "north_english": 6,
             "pakistani": 9, "bangladeshi": 7, "british_indian": 8, "west_african": 8,
             "jamaican": 5, "polish": 7, "romanian": 6, "lithuanian": 5, "lusophone": 5,
             "filipino": 5, "hongkong": 6, "turkish_cypriot": 5}
POOL_W_IE = {"irish": 30, "scottish": 2, "welsh_cornish": 1, "north_english": 1,
             "pakistani": 3, "bangladeshi": 2, "british_indian": 4, "west_african": 6,
             "jamaican": 1, "polish": 8, "romanian": 6, "lithuanian": 6, "lusophone": 6,
             "filipino": 5, "hongkong": 2, "turkish_cypriot": 1}

# --------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------
UK_TOWNS = {
    "Leeds": "LS6 LS8 LS9 LS11 LS12 LS7", "Bradford": "BD3 BD7 BD8 BD9",
    "Sheffield": "S2 S7 S11 S4", "Manchester": "M14 M13 M8 M19 M40",
    "Oldham": "OL1 OL4 OL8 OL9", "Rochdale": "OL11 OL12 OL16", "Blackburn": "BB1 BB2",
    "Preston": "PR1 PR2", "Glasgow": "G41 G42 G12 G31 G51", "Paisley": "PA1 PA2 PA3",
    "Dundee": "DD1 DD3 DD4", "Aberdeen": "AB24 AB10 AB25", "Inverness": "IV2 IV3",
    "Stornoway": "HS1", "Cardiff": "CF24 CF11 CF5 CF14", "Swansea": "SA1 SA2 SA5",
    "Wrexham": "LL11 LL13", "Bangor": "LL57", "Aberystwyth": "SY23", "Truro": "TR1",
    "Penzance": "TR18", "Camborne": "TR14", "Newcastle": "NE4 NE6 NE15",
    "Sunderland": "SR2 SR4", "Middlesbrough": "TS1 TS5", "Hull": "HU3 HU5",
    "Luton": "LU1 LU2 LU4", "Slough": "SL1 SL2", "Leicester": "LE2 LE4 LE5",
    "Birmingham": "B10 B11 B12 B21", "Bolton": "BL1 BL3",
    "London": "E1 E7 E13 N15 N16 SE15 SW9 E17 NW10", "Ilford": "IG1 IG3",
    "Croydon": "CR0", "Peterborough": "PE1", "Belfast": "BT9 BT7 BT12 BT15",
    "Derry": "BT48", "Wigan": "WN1 WN5", "Burnley": "BB10 BB11",
    "Huddersfield": "HD1 HD2", "Caernarfon": "LL55", "Carmarthen": "SA31",
}
IE_TOWNS = {
    "Dublin": "D01 D02 D03 D07 D08 D12 D15 D6W D09 D11", "Cork": "T12 T23",
    "Galway": "H91", "Limerick": "V94", "Waterford": "X91", "Athlone": "N37",
    "Sligo": "F91", "Letterkenny": "F92", "Tralee": "V92", "Drogheda": "A92",
    "Dundalk": "A91", "Ennis": "V95", "Kilkenny": "R95", "Mullingar": "N91",
    "Navan": "C15", "Castlebar": "F23", "Tuam": "H54", "Clonmel": "E91",
    "Swords": "K67", "Tallaght": "D24", "Carlow": "R93", "Wexford": "Y35",
    "Portlaoise": "R32", "Killarney": "V93", "Naas": "W91", "Bray": "A98",
}
IE_COUNTIES = _l("Cork, Galway, Donegal, Mayo, Kerry, Clare, Meath, Kildare, Wexford, "
                 "Wicklow, Louth, Sligo, Roscommon, Leitrim, Tipperary, Offaly, Westmeath")
UK_REGIONS = _l("Yorkshire, Lancashire, West Yorkshire, Greater Manchester, the Highlands, "
                "Gwynedd, Cornwall, Teesside, Tyneside, Fife, Ceredigion, the Western Isles")
COUNTRIES = _l("Ireland, Poland, Romania, Lithuania, Portugal, Brazil, the Philippines, "
               "Hong Kong, Cyprus, Jamaica, Nigeria, Ghana, Pakistan, Bangladesh, India, "
               "Scotland, Wales, Northern Ireland, Spain")

UK_STREETS = _l("Harehills, Beeston, Cowley, Stanley, Dumbarton, Clifton, Albert, "
                "Victoria, Church, Mill, Station, Tregenna, Penwith, Moorside, Cheetham Hill, "
                "Lidget Green, Sparkbrook, Belgrave, Melton, Alum Rock, Soho, Whalley, "
                "Manningham, Great Horton, Heaton, Brick Lane, Whitechapel, Cathays, "
                "Heol y Nant, Heol Hir, Ffordd yr Orsaf, Stryd Fawr, Kirk, Castle, Ormeau, "
                "Lisburn, Falls, Springburn, Pollokshaws, Byker, Chillingham, Ashton Old, "
                "Laisteridge, Spinney Hill, Lozells, Green Lanes, Wightman, Bethnal Green, "
                "Elm, Larch, Rowan, Thornhill, Holme, Fagley, Dewsbury")
UK_TYPES = _l("Rd, rd, Road, St, st, Street, Ave, ave, Ln, lane, Cres, Terr, terr, Gdns, "
              "Gr, gr, Cl, Dr, Pk, Way, Sq, Pl, Ct, Mews, Wynd, Brae, View")
IE_ESTATES = _l("Ard na Gréine, Cois Abhann, Radharc na Mara, Cluain Ard, Páirc Mhuire, "
                "Bóthar na Trá, Gleann na Rí, Elm Park, Castle View, Beechwood Lawns, "
                "Hazel Grove, Meadowvale, Willow Drive, Abbey Court, Oakfield Heights, "
                "Church Rd, Main St, Ballygall Cres, Cherry Orchard Ave, Ashgrove, "
                "Millbrook Lawns, Fr Griffin Rd, Shandon St, Dominick St, Parnell Sq, "
                "St Brendan's Tce, The Paddocks, Rathmore Pk, Sli na Slainte")

# --------------------------------------------------------------------------------------
# ordinary vocabulary
# --------------------------------------------------------------------------------------
VOC = {
    "EB_uk": _l("British Gas, Octopus, Octopus Energy, EDF, E.ON Next, OVO, Scottish Power, "
                "SSE, Utility Warehouse, So Energy, Good Energy, Outfox the Market, "
                "Ecotricity, Shell Energy, Power NI, SSE Airtricity, Budget Energy, firmus, "
                "octopus, bg, edf, ovo"),
    "EB_ie": _l("Electric [Ireland], Bord Gáis Energy, Bord Gais, Energia, SSE Airtricity, "
                "Airtricity, Flogas, Pinergy, Panda Power, Community Power, Yuno Energy, "
                "Prepay Power, EI, BGE, energia"),
    "WB_uk": _l("[Yorkshire] Water, Yorkshire Water, United Utilities, UU, Thames Water, "
                "Welsh Water, Dŵr Cymru, Scottish Water, Severn Trent, Anglian Water, "
                "South West Water, Northumbrian Water, NI Water, Southern Water, "
                "Hafren Dyfrdwy, Affinity Water"),
    "WB_ie": _l("Uisce Éireann, Irish Water, the group water scheme, UE, Uisce Eireann"),
    "BB_uk": _l("BT, Sky, Sky Broadband, Virgin Media, Virgin, VM, TalkTalk, Plusnet, "
                "Vodafone, EE, Openreach, Hyperoptic, Community Fibre, NOW Broadband, "
                "CityFibre, Zen, Gigaclear, KCOM, bt, sky, virgin"),
    "BB_ie": _l("eir, Eir, Virgin Media, Sky, Vodafone, Pure Telecom, SIRO, NBI, Digiweb, "
                "Imagine, Three, open eir, eir fibre"),
    "ROUTER": _l("Hub 5, Smart Hub 2, Home Hub 2, Sky Q hub, SR203, Hub 3, Hub 4, Hub 5x, "
                 "Fritz!Box 7530, Huawei B535, Zyxel VMG8825, eir F3000, Sagemcom 5366, "
                 "ZTE MF286, TP-Link Deco X20, Plume pods, Wi-Fi 6 Station, smart hub 2, "
                 "hub 3.0, ONT"),
    "PLAN": _l("Flexible Octopus, Agile Octopus, Octopus Tracker, Intelligent Octopus Go, "
               "Economy 7, Standard Variable, Fix'd 12M, 1 Year Fixed v4, Smart Saver, "
               "Night Boost, Full Fibre 500, Full Fibre 900, M125, M350, Gig1, Fibre 1Gb, "
               "Superfast Fibre, Sky Stream, Home Phone Saver, Green 12, Pay As You Go, "
               "PAYG, Home Energy Plus, Smart EV, eco 7, E7, SVT, std variable, "
               "Social Tariff, Essentials, Broadband Basics, 500Mb fibre"),
    "Q": _l("billing, T2, tier 2, complaints, retentions, field force, metering, debt team, "
            "collections, PSR team, back office, escalations, credit control, moves team, "
            "new connections, faults, tech support, revs & bens, council tax recovery, "
            "CTR team, ESB Networks, Gas Networks Ireland, Northern Powergrid, Cadent, SGN, "
            "Electricity North West, SP Energy Networks, the D-flow team, smart ops, "
            "the LPT desk, refunds, safeguarding, the 2nd line"),
    "SYS": _l("Salesforce, Genesys, Zendesk, Kraken, Junifer, SAP, SAP ISU, Siebel, "
              "Gentrack, Teams, Jira, the CRM, Capita One, Civica, NEC Revs, Northgate, "
              "Academy, Five9, Confluence, sf, kraken, genesys, the portal"),
    "APP": _l("the app, OVO app, My Virgin Media app, MyEir app, My BT app, Hive app, "
              "tado app, Loop, Bright app, Octopus app, WhatsApp, Google Home, Alexa, "
              "the BGE app, my account"),
    "METER": _l("SMETS1, SMETS2, Landis+Gyr E470, Aclara SGM1412, EDMI, Liberty 100, "
                "Elster A100C, Itron, IHD, in-home display, Chameleon IHD, key meter, "
                "smart PAYG, smets2, smart mtr, dumb meter, E7 meter, Honeywell gas mtr"),
    "DAY": _l("Mon, Tue, Wed, Thurs, Fri, Sat, Sun, Monday, Tuesday, Wednesday, Thursday, "
              "Friday, Saturday, Sunday, mon, tues, weds, thurs, fri, sat"),
    "MON": _l("Jan, Feb, March, April, May, June, July, Aug, Sept, Oct, Nov, Dec, January, "
              "February, August, September, October, November, December"),
    "CODESW": _l("diolch, diolch yn fawr, iawn, go raibh maith agat, grand so, sound, "
                 "dziękuję, obrigado, obrigada, salamat po, teşekkürler, aye nae bother, "
                 "wee bit, ta love, mulțumesc, ačiū, cheers, no bother, sláinte"),
}


def _pick(rng, lst):
    return lst[rng.randrange(len(lst))]


def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def _name_words(text):
    return [w.strip(",;:") for w in _SPLIT.split(_fold(text)) if w.strip(",;:")]


# --------------------------------------------------------------------------------------
# generators of personal data
# --------------------------------------------------------------------------------------
def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _luhn_complete(prefix, length, rng):
    num = prefix + _digits(rng, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return num + str((10 - total % 10) % 10)


def _card(rng):
    kind = rng.random()
    if kind < 0.5:
        num = _luhn_complete("4" + _digits(rng, 5), 16, rng)
    elif kind < 0.85:
        num = _luhn_complete(str(rng.randint(51, 55)) + _digits(rng, 4), 16, rng)
    else:
        num = _luhn_complete(rng.choice(["34", "37"]) + _digits(rng, 4), 15, rng)
        return rng.choice([num, num[:4] + " " + num[4:10] + " " + num[10:]])
    fmt = rng.random()
    if fmt < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if fmt < 0.8:
        return num
    return "-".join(num[i:i + 4] for i in range(0, 16, 4))


def _phone(rng, country):
    r = rng.random()
    if country == "uk":
        if r < 0.7:
            body = str(rng.randint(4, 9)) + _digits(rng, 8)
            f = rng.random()
            if f < 0.4:
                return "07" + body[:3] + " " + body[3:]
            if f < 0.65:
                return "07" + body
            if f < 0.8:
                return "+44 7" + body[:3] + " " + body[3:]
            if f < 0.9:
                return "+447" + body
            return "07" + body[:3] + " " + body[3:6] + " " + body[6:]
        code = rng.choice(["0113", "0114", "0161", "0141", "0131", "0116", "0121", "0191",
                           "029", "028", "020", "01792", "01872", "01736", "01274",
                           "01254", "01772", "01382", "01224", "01463", "01482", "01204"])
        if len(code) == 4:
            return code + " " + str(rng.randint(2, 9)) + _digits(rng, 2) + " " + _digits(rng, 4)
        if len(code) == 3:
            return code + " " + str(rng.randint(2, 9)) + _digits(rng, 3) + " " + _digits(rng, 4)
        return code + " " + str(rng.randint(2, 9)) + _digits(rng, 5)
    if r < 0.72:
        net = rng.choice(["83", "85", "86", "87", "89"])
        a, b = _digits(rng, 3), _digits(rng, 4)
        f = rng.random()
        if f < 0.35:
            return "0" + net + " " + a + " " + b
        if f < 0.55:
            return "0" + net + a + b
        if f < 0.75:
            return "+353 " + net + " " + a + " " + b
        if f < 0.87:
            return "+353" + net + a + b
        return "0" + net + "-" + a + b
    code = rng.choice(["01", "021", "091", "061", "051", "071", "074", "066", "041"])
    a, b = str(rng.randint(2, 9)) + _digits(rng, 2), _digits(rng, 4)
    if rng.random() < 0.3:
        return "+353 " + code[1:] + " " + a + " " + b
    return code + " " + a + " " + b


_NI_BAD1 = set("DFIQUV")
_NI_BAD2 = set("DFIOQUV")
_NI_BADP = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def _ni(rng):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        if p[0] not in _NI_BAD1 and p[1] not in _NI_BAD2 and p not in _NI_BADP:
            break
    d = _digits(rng, 6)
    s = rng.choice("ABCD")
    if rng.random() < 0.5:
        return p + d + s
    return p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s


def _pps(rng):
    d = _digits(rng, 7)
    second = rng.choice(["", "", "", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(d))
    if second == "A":
        total += 9 * 1
    elif second == "W":
        total += 0
    check = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    return d + check + second


def _mpan(rng):
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    core = str(rng.randint(10, 23)) + _digits(rng, 10)
    chk = sum(int(c) * p for c, p in zip(core, primes)) % 11 % 10
    core += str(chk)
    f = rng.random()
    if f < 0.6:
        return core
    if f < 0.85:
        return core[:2] + " " + core[2:6] + " " + core[6:10] + " " + core[10:]
    return "S 0" + str(rng.randint(1, 8)) + " 8" + _digits(rng, 2) + " " + _digits(rng, 3) + " " + \
        core[:2] + " " + core[2:6] + " " + core[6:10] + " " + core[10:]


def _uk_mprn(rng):
    return str(rng.randint(1, 9)) + _digits(rng, rng.choice([5, 7, 8, 9]))


def _ie_mprn(rng):
    return "10" + _digits(rng, 9)


def _gprn(rng):
    return str(rng.randint(1, 9)) + _digits(rng, 6)


def _acc(rng, country):
    r = rng.random()
    if country == "uk":
        if r < 0.25:
            return "85" + _digits(rng, 10)
        if r < 0.4:
            return "GP" + _digits(rng, 8)
        if r < 0.55:
            return "A-" + _digits(rng, 4).upper() + rng.choice("ABCDEF") + _digits(rng, 3)
        if r < 0.75:
            return _digits(rng, 9)
        return str(rng.randint(3, 6)) + _digits(rng, 7)
    if r < 0.4:
        return "9" + _digits(rng, 9)
    if r < 0.7:
        return "10" + _digits(rng, 7)
    return _digits(rng, 10)


def _case(rng):
    r = rng.random()
    if r < 0.3:
        return "CAS-" + _digits(rng, 6) + "-" + "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZ") for _ in range(3)) + "1"
    if r < 0.55:
        return "0" + _digits(rng, 7)
    if r < 0.75:
        return "INC" + _digits(rng, 7)
    if r < 0.9:
        return "CT" + _digits(rng, 8)
    return "LPT" + _digits(rng, 6)


def _serial(rng):
    r = rng.random()
    if r < 0.5:
        return rng.choice(["E1", "E0", "K", "S1"]) + str(rng.randint(0, 9)) + rng.choice("ABCDEFKLMPRSZ") + _digits(rng, 5)
    if r < 0.8:
        return rng.choice(["G4P", "E6S", "Z4Y"]) + _digits(rng, 7) + rng.choice(["", "2", "16"])
    return _digits(rng, 2) + rng.choice("ABCDEFGHKL") + _digits(rng, 6)


def _sortcode(rng):
    s = [str(rng.randint(1, 9)) + _digits(rng, 1), _digits(rng, 2), _digits(rng, 2)]
    return rng.choice(["-".join(s), "".join(s), " ".join(s), "-".join(s)])


def _iban(rng, country):
    if country == "uk":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "BUKB", "SRLG"])
        bban = bank + _digits(rng, 6) + _digits(rng, 8)
        cc = "GB"
    else:
        bank = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB", "BOFI", "AIBK"])
        bban = bank + _digits(rng, 6) + _digits(rng, 8)
        cc = "IE"
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    iban = cc + "%02d" % chk + bban
    if rng.random() < 0.5:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def _ip(rng):
    if rng.random() < 0.15:
        return "2a02:%x:%x:%x:%x::%x" % (rng.choice([0x8084, 0xc7f, 0x8010, 0x8429]),
                                     rng.randrange(0x1000, 0xffff), rng.randrange(0x100, 0xffff),
                                     rng.randrange(1, 0xfff), rng.randrange(1, 0xff))
    first = rng.choice([86, 81, 90, 109, 31, 37, 176, 82, 78, 2, 92, 151, 188, 213])
    return "%d.%d.%d.%d" % (first, rng.randrange(1, 255), rng.randrange(0, 255),
                            rng.randrange(1, 254))


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _ordinal(d):
    if 11 <= d <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def _dob(rng):
    y = rng.randint(1936, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    f = rng.randrange(10)
    mon = _MONTHS[m - 1]
    if f == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if f == 1:
        return "%d/%d/%02d" % (d, m, y % 100)
    if f == 2:
        return "%02d.%02d.%d" % (d, m, y)
    if f == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 4:
        return "%d %s %d" % (d, mon[:3], y)
    if f == 5:
        return "%s %s %d" % (_ordinal(d), mon, y)
    if f == 6:
        return "%d %s %02d" % (d, mon[:4] if mon == "September" else mon[:3], y % 100)
    if f == 7:
        return "%s of %s %d" % (_ordinal(d), mon, y)
    if f == 8:
        return "%02d%02d%02d" % (d, m, y % 100)
    return "%02d-%02d-%d" % (d, m, y)


_PC_LET = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "0123456789ACDEFHKNPRTVWXY"


def _postcode(rng, loc):
    country, town, prefix = loc
    if country == "uk":
        pc = prefix + " " + str(rng.randint(1, 9)) + rng.choice(_PC_LET) + rng.choice(_PC_LET)
        r = rng.random()
        if r < 0.12:
            return pc.replace(" ", "")
        if r < 0.25:
            return pc.lower()
        return pc
    uid = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(_EIR) for _ in range(3))
    r = rng.random()
    if r < 0.2:
        return prefix + uid
    if r < 0.32:
        return (prefix + " " + uid).lower()
    return prefix + " " + uid


def _address(rng, loc):
    country = loc[0]
    if country == "uk":
        num = str(rng.randint(1, 180)) + rng.choice(["", "", "", "", "a", "b"])
        st = _pick(rng, UK_STREETS) + " " + _pick(rng, UK_TYPES)
        r = rng.random()
        if r < 0.18:
            return "flat %d, %s %s" % (rng.randint(1, 24), num, st)
        if r < 0.26:
            return "%d/%d, %s %s" % (rng.randint(0, 3), rng.randint(1, 3), num, st)
        if r < 0.32:
            return "Apt %d, %s %s" % (rng.randint(1, 40), num, st)
        return num + " " + st
    est = _pick(rng, IE_ESTATES)
    r = rng.random()
    if r < 0.2:
        return "Apt %d, %s" % (rng.randint(1, 60), est)
    if r < 0.28:
        return "no. %d %s" % (rng.randint(1, 90), est)
    return "%d %s" % (rng.randint(1, 120), est)


def _url(rng, person):
    g = re.sub(r"[^a-z]", "", _fold(person["given"]))
    fam = re.sub(r"[^a-z]", "", _fold(person["family"]))
    al = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    tok = lambda n: "".join(rng.choice(al) for _ in range(n))
    r = rng.randrange(7)
    if r == 0:
        return "https://imgur.com/a/" + tok(7)
    if r == 1:
        return "https://photos.app.goo.gl/" + tok(17)
    if r == 2:
        return "www.facebook.com/%s.%s.%d" % (g, fam, rng.randint(1, 99))
    if r == 3:
        return "https://drive.google.com/file/d/1" + tok(26) + "/view"
    if r == 4:
        return "https://we.tl/t-" + tok(10)
    if r == 5:
        return "instagram.com/%s_%s" % (g[:6], fam[:5])
    return "https://www.dropbox.com/s/%s/meter%d.jpg" % (tok(15).lower(), rng.randint(1, 9))


def _email(rng, person):
    g = re.sub(r"[^a-z]", "", _fold(person["given"]))
    fam = re.sub(r"[^a-z]", "", _fold(person["family"]))
    dom = rng.choice(["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.ie", "eircom.net",
                      "icloud.com", "btinternet.com", "live.ie", "sky.com", "hotmail.com",
                      "virginmedia.com", "aol.co.uk", "outlook.com", "yahoo.ie", "gmail.com",
                      "wp.pl", "o2.pl", "yahoo.com.br", "gmail.com"])
    r = rng.randrange(8)
    if r == 0:
        local = g + "." + fam
    elif r == 1:
        local = g + fam + str(rng.randint(1, 99))
    elif r == 2:
        local = g[0] + fam
    elif r == 3:
        local = fam + "." + g[0] + str(rng.randint(60, 99))
    elif r == 4:
        local = g + "_" + fam[:4] + str(rng.randint(1980, 2005))
    elif r == 5:
        local = g + "." + fam + "." + str(rng.randint(1, 9))
    elif r == 6:
        local = "mrs" + fam if person["fem"] else g + str(rng.randint(100, 999))
    else:
        local = fam + g[:3]
    return local + "@" + dom


def _handle(rng, person):
    g = re.sub(r"[^a-z]", "", _fold(person["given"]))
    fam = re.sub(r"[^a-z]", "", _fold(person["family"]))
    r = rng.randrange(5)
    if r == 0:
        return "@" + g[:6] + "_" + fam[:3] + str(rng.randint(1, 99))
    if r == 1:
        return "@" + g + fam[:1] + str(rng.randint(80, 99))
    if r == 2:
        return "@" + fam + "_" + rng.choice(["official", "x", "ldn", "glas", "cork", "irl"])
    if r == 3:
        return "@the_real_" + g[:7]
    return "@" + g[:4] + fam[:4] + rng.choice(["", "_", "__"]) + str(rng.randint(1, 9))


def _username(rng, person):
    g = re.sub(r"[^a-z]", "", _fold(person["given"]))
    fam = re.sub(r"[^a-z]", "", _fold(person["family"]))
    r = rng.randrange(4)
    if r == 0:
        return g + "." + fam + str(rng.randint(1, 99))
    if r == 1:
        return g[0] + fam + str(rng.randint(1960, 2004))
    if r == 2:
        return fam[:5] + "_" + g[:3] + str(rng.randint(1, 9))
    return "xX" + g[:5].capitalize() + "Xx" + str(rng.randint(1, 99))


# --------------------------------------------------------------------------------------
# persons
# --------------------------------------------------------------------------------------
_PL_FEM = [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")]


def _person(rng, country):
    w = POOL_W_UK if country == "uk" else POOL_W_IE
    keys = list(w)
    pool_key = rng.choices(keys, weights=[w[k] for k in keys])[0]
    pool = POOLS[pool_key]
    fem = rng.random() < 0.55
    given = _pick(rng, pool["f"] if fem else pool["m"])
    family = _pick(rng, pool["fam"])
    if pool_key == "irish" and fem and rng.random() < 0.45:
        family = _pick(rng, pool["fem_fam"])
    if pool_key == "polish" and fem:
        for a, b in _PL_FEM:
            if family.endswith(a):
                family = family[:-len(a)] + b
                break
    if pool_key == "lithuanian" and fem:
        for end, maiden in (("ius", "iūtė"), ("as", "aitė"), ("is", "ytė"), ("us", "ūtė"),
                            ("ys", "ytė")):
            if family.endswith(end):
                family = family[:-len(end)] + ("ienė" if rng.random() < 0.6 else maiden)
                break
    if pool_key == "lusophone" and rng.random() < 0.3:
        second = _pick(rng, pool["fam"])
        if second != family:
            family = second + " " + family
    mi = ""
    if pool_key == "filipino" and rng.random() < 0.25:
        mi = rng.choice("ABCDEGMPRST") + "."
    if pool_key == "hongkong" and rng.random() < 0.3 and " " in given:
        a, b = given.split(" ", 1)
        given = a + "-" + b.lower()
    return {"given": given, "family": family, "fem": fem, "pool": pool_key, "mi": mi}


def _full(rng, p):
    if p["pool"] == "hongkong" and rng.random() < 0.45:
        fam = p["family"].upper() if rng.random() < 0.5 else p["family"]
        return fam + " " + p["given"]
    if p["pool"] in ("bangladeshi", "pakistani") and not p["fem"] and rng.random() < 0.12:
        return "Md " + p["given"] + " " + p["family"]
    if p["mi"]:
        return p["given"] + " " + p["mi"] + " " + p["family"]
    return p["given"] + " " + p["family"]


def _title(rng, p):
    if rng.random() < 0.12:
        return "Dr"
    if p["fem"]:
        return rng.choice(["Mrs", "Ms", "Miss", "Mrs", "mrs", "Ms."])
    return rng.choice(["Mr", "Mr", "mr", "Mr."])


# --------------------------------------------------------------------------------------
# slots
# --------------------------------------------------------------------------------------
def _ctx_person(ctx, key="p"):
    if key not in ctx:
        ctx[key] = _person(ctx["rng"], ctx["country"])
    return ctx[key]


def _ctx_loc(ctx):
    if "loc" not in ctx:
        rng = ctx["rng"]
        towns = UK_TOWNS if ctx["country"] == "uk" else IE_TOWNS
        t = _pick(rng, sorted(towns))
        ctx["loc"] = (ctx["country"], t, _pick(rng, towns[t].split()))
    return ctx["loc"]


def _s_cur(ctx):
    rng = ctx["rng"]
    sym = "£" if ctx["country"] == "uk" else "€"
    v = rng.choice([rng.randint(8, 95), rng.randint(40, 400), rng.randint(200, 2400)])
    r = rng.random()
    if r < 0.5:
        return "%s%d.%02d" % (sym, v, rng.randrange(100))
    if r < 0.82:
        return "%s%d" % (sym, v)
    return "%d %s" % (v, rng.choice(["quid", "pounds"]) if sym == "£" else rng.choice(["euro", "eur"]))


def _s_time(ctx):
    rng = ctx["rng"]
    h = rng.randint(7, 20)
    mnt = rng.choice([0, 15, 30, 45, 10, 5, 50])
    r = rng.random()
    if r < 0.4:
        return "%02d:%02d" % (h, mnt)
    if r < 0.7:
        hh = h if h <= 12 else h - 12
        return "%d%s" % (hh, "pm" if h >= 12 else "am")
    if r < 0.85:
        return "%d.%02d" % (h, mnt)
    return "%d-%d" % (rng.randint(8, 12), rng.randint(1, 6))


def _voc(key):
    def f(ctx):
        k = key
        if key in ("EB", "WB", "BB"):
            k = key + "_" + ctx["country"]
        return _pick(ctx["rng"], VOC[k])
    return f


def _s_town(ctx):
    return "[" + _ctx_loc(ctx)[1] + "]"


def _s_other_town(ctx):
    rng = ctx["rng"]
    towns = UK_TOWNS if ctx["country"] == "uk" else IE_TOWNS
    r = rng.random()
    if r < 0.2:
        if ctx["country"] == "uk":
            return "[" + _pick(rng, UK_REGIONS) + "]"
        return "Co. [" + _pick(rng, IE_COUNTIES) + "]"
    return "[" + _pick(rng, sorted(towns)) + "]"


def _s_council(ctx):
    rng = ctx["rng"]
    if ctx["country"] == "uk":
        t = _ctx_loc(ctx)[1]
        return rng.choice(["[%s] City Council", "[%s] Council", "[%s] council", "[%s] CC"]) % t
    r = rng.random()
    if r < 0.7:
        return rng.choice(["[%s] County Council", "[%s] Co Co", "[%s] co co"]) % _pick(rng, IE_COUNTIES)
    return rng.choice(["Fingal County Council", "DCC", "South Dublin Co Co", "the council"])


def _s_country(ctx):
    return "[" + _pick(ctx["rng"], COUNTRIES) + "]"


def _s_num(ctx):
    return str(ctx["rng"].randint(2, 9))


def _s_big(ctx):
    return str(ctx["rng"].choice([ctx["rng"].randint(12, 99), ctx["rng"].randint(100, 900)]))


def _s_read(ctx):
    return _digits(ctx["rng"], ctx["rng"].choice([5, 5, 6]))


def _s_band(ctx):
    return ctx["rng"].choice("ABCDEFGH")


def _s_codesw(ctx):
    return _pick(ctx["rng"], VOC["CODESW"])


def _n(label, fn):
    return lambda ctx: [(label, fn(ctx))]


def _s_N(ctx):
    return [("name", _full(ctx["rng"], _ctx_person(ctx)))]


def _s_G(ctx):
    return [("name", _ctx_person(ctx)["given"])]


def _s_F(ctx):
    return [("name", _ctx_person(ctx)["family"])]


def _s_TF(ctx):
    p = _ctx_person(ctx)
    return [("o", _title(ctx["rng"], p) + " "), ("name", p["family"])]


def _s_TN(ctx):
    p = _ctx_person(ctx)
    return [("o", _title(ctx["rng"], p) + " "), ("name", p["given"] + " " + p["family"])]


def _s_NS(ctx):
    p = _ctx_person(ctx)
    fam = p["family"].upper() if ctx["rng"].random() < 0.7 else p["family"]
    return [("name", fam), ("o", ", "), ("name", p["given"])]


def _s_NP(ctx):
    p = _ctx_person(ctx)
    nm = p["given"] if ctx["rng"].random() < 0.6 else _full(ctx["rng"], p)
    return [("name", nm), ("o", "'s")]


def _s_M(ctx):
    return [("name", _full(ctx["rng"], _ctx_person(ctx, "p2")))]


def _s_MG(ctx):
    return [("name", _ctx_person(ctx, "p2")["given"])]


def _s_AG(ctx):
    return [("name", _ctx_person(ctx, "agent")["given"])]


def _s_P(ctx):
    return [("phone", _phone(ctx["rng"], ctx["country"]))]


def _s_P2(ctx):
    return [("phone", _phone(ctx["rng"], "ie" if ctx["country"] == "uk" else "uk"))]


def _s_NID(ctx):
    rng = ctx["rng"]
    return [("id", _ni(rng) if ctx["country"] == "uk" else _pps(rng))]


def _s_MTR(ctx):
    rng = ctx["rng"]
    if ctx["country"] == "uk":
        return [("id", _mpan(rng) if rng.random() < 0.65 else _uk_mprn(rng))]
    return [("id", _ie_mprn(rng) if rng.random() < 0.65 else _gprn(rng))]


def _s_MPAN(ctx):
    return [("id", _mpan(ctx["rng"]))]


def _s_GASID(ctx):
    rng = ctx["rng"]
    return [("id", _uk_mprn(rng) if ctx["country"] == "uk" else _gprn(rng))]


def _s_IMPRN(ctx):
    return [("id", _ie_mprn(ctx["rng"]))]


SLOTS = {
    "EB": _voc("EB"), "WB": _voc("WB"), "BB": _voc("BB"), "ROUTER": _voc("ROUTER"),
    "PLAN": _voc("PLAN"), "Q": _voc("Q"), "SYS": _voc("SYS"), "APP": _voc("APP"),
    "METER": _voc("METER"), "DAY": _voc("DAY"), "MON": _voc("MON"),
    "AMT": _s_cur, "TM": _s_time, "TOWN": _s_town, "TW": _s_other_town,
    "COUNCIL": _s_council, "CTRY": _s_country, "NUM": _s_num, "BIG": _s_big,
    "RD": _s_read, "BAND": _s_band, "CS": _s_codesw,
    "N": _s_N, "G": _s_G, "F": _s_F, "TF": _s_TF, "TN": _s_TN, "NS": _s_NS,
    "NP": _s_NP, "M": _s_M, "MG": _s_MG, "AG": _s_AG,
    "E": lambda c: [("email", _email(c["rng"], _ctx_person(c)))],
    "E2": lambda c: [("email", _email(c["rng"], _ctx_person(c, "p2")))],
    "P": _s_P, "P2": _s_P2, "C": _n("card", lambda c: _card(c["rng"])),
    "NID": _s_NID, "MTR": _s_MTR, "MPAN": _s_MPAN, "GAS": _s_GASID, "IMPRN": _s_IMPRN,
    "ACC": _n("id", lambda c: _acc(c["rng"], c["country"])),
    "CASE": _n("id", lambda c: _case(c["rng"])),
    "SER": _n("id", lambda c: _serial(c["rng"])),
    "HANDLE": lambda c: [("id", _handle(c["rng"], _ctx_person(c)))],
    "USER": lambda c: [("id", _username(c["rng"], _ctx_person(c)))],
    "SC": _n("iban", lambda c: _sortcode(c["rng"])),
    "AN": _n("iban", lambda c: _digits(c["rng"], 8)),
    "IBAN": _n("iban", lambda c: _iban(c["rng"], c["country"])),
    "IP": _n("ip", lambda c: _ip(c["rng"])),
    "URL": lambda c: [("url", _url(c["rng"], _ctx_person(c)))],
    "D": _n("dob", lambda c: _dob(c["rng"])),
    "A": lambda c: [("address", _address(c["rng"], _ctx_loc(c)))],
    "PC": lambda c: [("postcode", _postcode(c["rng"], _ctx_loc(c)))],
}

# --------------------------------------------------------------------------------------
# templates: (country, text); country "uk", "ie" or "any"
# --------------------------------------------------------------------------------------
PII_TEMPLATES = [
    ("any", "cx {N} rang re high bill {AMT}, dob {D} passed ID&V, adv to send mtr rdg via {APP}"),
    ("uk", "cust {G} says {EB} took 2 DDs this month!! sort code {SC} acc {AN} - refund raised w/ {Q}"),
    ("uk", "spoke to {TF} abt smart mtr install {DAY}, confirmed addr {A}, {TOWN} {PC}"),
    ("ie", "caller {N} - moving house, new addr {A}, {TOWN}, eircode {PC} | MPRN {IMPRN} read {RD}"),
    ("any", "{NS} | dob {D} | ph {P} | em {E} | CRM updated"),
    ("uk", "ni no {NID} given for council tax SPD claim, cx {N} lives alone since {MON}"),
    ("ie", "pps {NID} provided by {N} for hardship fund, pls chk w/ {Q} b4 approving"),
    ("any", "thanks to {MG} in {Q} for sorting {NP} refund lol, cust v happy"),
    ("any", "{G} rang back 3rd time re no broadband since {DAY}, {ROUTER} lights red, wan ip {IP}, esc to {Q}"),
    ("uk", "MPAN {MPAN} on acc {ACC} not matching site, cx {N} at {A} {PC}, raise d-flow w/ {Q}"),
    ("any", "cust emailed from {E} not the one on file, asked {G} to confirm dob - gave {D}, ok"),
    ("any", "vm from {N} pls call back on {P} b4 {TM} tmrw abt the {EB} final bill"),
    ("any", "{G} - chasing refund {AMT}, says it was promised {DAY}. no notes on {SYS}?? cb on {P}"),
    ("uk", "joint acc holders {N} & {M}, CT band {BAND}, {COUNCIL} ref {CASE}"),
    ("any", "tweeted from {HANDLE} abt outage in {TOWN}, DM'd them for acc no, got {ACC}"),
    ("any", "cx sent pic of meter {URL} - reading {RD} looks right, est bill cancelled"),
    ("any", "card {C} declined for top up x3, cust {G} v upset, adv try PayPoint"),
    ("uk", "d.o.b {D} / NINO {NID} / ph {P} - all match, proceeded w/ CTR form for {TN}"),
    ("ie", "cust {N} ph {P} eircode {PC} wants {BB} fibre, SIRO avail at {A}"),
    ("any", "{TN} passed away {MON}, spoke to daughter {M} {P}, bereavement pack sent to {E2}"),
    ("uk", "meter serial {SER} exchanged, old rdg {RD} new {RD}, cx {G} signed off. thx {AG}"),
    ("any", "cust {N} d.o.b {D} on PSR now - hearing impaired, text only to {P}"),
    ("uk", "new DD set up: {SC} / {AN} for {N}, {AMT} on the 1st, {PLAN}"),
    ("any", "refund to iban {IBAN} for {N}, {AMT}, 5-7 working days adv"),
    ("any", "caller claimed to be {G} but dob didnt match ({D}) so no info given, lol 2nd time"),
    ("any", "cust {G} {F} moved to {CTRY} - final rdg {RD}, fwd addr {E}"),
    ("uk", "{NS} - above the chippy, {A}, {PC}. cx on {METER}, cant top up"),
    ("any", "portal login {USER} locked, reset link sent to {E}, cust {G} happy"),
    ("ie", "GPRN {GAS} / MPRN {IMPRN} both under {N}, wants to move to dual fuel {PLAN}"),
    ("uk", "gas MPRN {GAS} wrong on acc {ACC}, xoserve query raised, {TF} to be updated in 10 days"),
    ("any", "router {ROUTER} offline - cust IP {IP}, line test fail, eng booked {DAY} {TM} for {G}"),
    ("any", "spoke to {N}'s son {MG} on {P} (3rd party auth on file)"),
    ("uk", "cust {N} born {D}, moving from {A}, {TOWN} {PC} to {TW} - COT form sent"),
    ("any", "{TN} complaint re estimated bills for 14 mths, {EB}, case {CASE}, 8 wk letter sent"),
    ("ie", "{G} from {TOWN} rang, lpt query not us - revenue. ph {P}, said {CS}"),
    ("any", "cust {HANDLE} on twitter again re speeds, matched to {N} acc {ACC}"),
    ("any", "cx {N} says {BB} engineer damaged wall @ {A}, photos {URL}"),
    ("uk", "council tax arrears {AMT}, cx {N} NI {NID} on UC, refer to {Q}"),
    ("any", "caller gave card no. {C} over the phone b4 i could stop them, advised {G} not to, masked in {SYS}"),
    ("uk", "tenant {N} moved in {A} {PC} on {MON} 1st, landlord {M} {P}"),
    ("ie", "{N} - new conn @ {A}, {TOWN}, {PC}, esb networks to call {P}"),
    ("any", "{G} asked for bills in {CTRY} language, said {CS}, pref set. dob {D}"),
    ("uk", "cust {N} - prepay meter {SER} - emergency credit used, fuel voucher to {P}"),
    ("any", "thx {AG} for the warm transfer - {TN} sorted, nfa"),
    ("any", "{N} dob {D} em {E} ph {P} - duplicate accs merged ({ACC} into {ACC})"),
    ("uk", "mrs {F} (spelling chkd) at {A} says leak outside, {WB} job raised, ref {CASE}"),
    ("any", "voice to text: cust {N} says the meat a reading is wrong, direct debt too high, cb {P}"),
    ("uk", "ni number read out as {NID} then corrected, cx {G} on PIP, WHD eligible"),
    ("any", "{G}'s wifi keeps dropping after {TM}, ip {IP}, swapped channel, monitor 48h"),
    ("any", "cust {N} - speaks limited english, son {MG} translating, {CS} - dob {D}"),
    ("ie", "air code given as {PC} for {A}, {TOWN} - voice 2 text slip, corrected. cust {G}"),
    ("any", "{N} / {P} / {E} / {D}"),
    ("uk", "SMETS2 install {DAY} {TM} at {A}, {PC}, cust {TN}, access via side gate"),
    ("any", "sign off: spoke w/ {N}, agreed plan {AMT}/wk, next review {MON}. {AG}"),
    ("uk", "ACC {ACC} | {NS} | {A} | {PC} | MPAN {MPAN} | {PLAN}"),
    ("ie", "ACC {ACC} | {NS} | {A} | {TOWN} | {PC} | MPRN {IMPRN}"),
    ("any", "got abuse from caller {G} on {P}, ended call per policy, flagged to {Q}"),
    ("any", "cust {N} wants refund paid to {IBAN} not card, verified dob {D}"),
    ("uk", "cx {G} {P} wants CT single person disc, lives at {A} w/ kids only"),
    ("any", "pls ring {TN} asap on {P} - no heating, elderly, PSR"),
    ("any", "{N}'s acc {ACC} in dispute since {MON}, do NOT send to dca"),
    ("ie", "pps no. {NID} d.o.b {D} for {N} - household benefits pkg, fuel allowance"),
    ("any", "callback req: {G}, {P}, re {PLAN} switch, pref {DAY} after {TM}"),
    ("uk", "{F}, {G} - acc closed, final bill {AMT} sent to {A}, {TOWN} {PC}"),
    ("any", "cust {N} says never got email, confirmed {E}, resent bill {MON}"),
    ("any", "vulnerable cx {N} ph {P} - carer {M} {P}"),
    ("uk", "fraud check: card {C} used on acc {ACC}, holder {N} denies, block + refer {Q}"),
    ("any", "online chat w/ {USER} ({N}): asked abt {PLAN}, sent link to {E}"),
    ("any", "{G} here again lol - wants to speak to {MG} only, they dealt w/ it b4"),
    ("ie", "new tenant {N} {P} at {A}, {PC}, read {RD} taken {DAY}"),
    ("uk", "cx {NP} husband {MG} rang on {P}, not on acc, no info given"),
    ("any", "cx uploaded bill photo {URL} - shows old tariff {PLAN}, {G} wants it backdated"),
    ("any", "{N} posted on fb {URL} abt us, comms team aware, case {CASE}"),
    ("any", "pic of leak under sink {URL} from {TN}, {WB} informed, ph {P}"),
]

NOPII_TEMPLATES = [
    ("any", "{EB} outage {TOWN} area since {TM}, {BIG}+ calls in queue, use holding msg pls"),
    ("any", "fyi {SYS} down again, cant see DDs, using {SYS} workaround til IT fix"),
    ("any", "cx on {PLAN} asking abt {PLAN}, quoted {AMT}/mth, not interested, nfa"),
    ("uk", "council tax band {BAND} query, cust wants rebanding, adv VOA, n/a for us"),
    ("any", "{ROUTER} swap booked {DAY} {TM}, {BB} eng to attend, cust happy"),
    ("any", "boil water notice {TOWN} - {WB} confirmed, direct cx to website"),
    ("any", "PSR added - medical equip, oxygen conc, {Q} notified, nfa from us"),
    ("any", "team huddle {DAY} {TM}: new script for {PLAN}, read b4 shift pls"),
    ("uk", "warm home discount open from {MON}, {AMT} off, criteria on intranet"),
    ("any", "cust says the meat a reading is wrong, est bill {AMT} instead of {AMT}, asked for photo"),
    ("uk", "cx wants bills yn Gymraeg - {CS}, flagged language pref on {SYS}"),
    ("ie", "grand so, cx happy w/ new {PLAN} from {MON}, {CS}"),
    ("uk", "aye cx says wee leak at the stopcock, {WB} to send someone out, nae charge"),
    ("any", "{NUM} calls abt {BB} fibre in {TOWN}, FTTP not live til {MON}, adv use checker"),
    ("any", "cust rang re {METER} not sending reads since {MON}, comms hub reset, monitor"),
    ("any", "r/o: cx disconnected b4 ID&V, no acc found, n/a"),
    ("any", "{APP} showing {AMT} credit but bill says debit?? raised w/ {Q}"),
    ("any", "lol cx thought {EB} and {BB} were same company. transferred to correct team"),
    ("uk", "{COUNCIL} - ctr form not recvd, adv repost, 2nd reminder due {DAY}"),
    ("ie", "{COUNCIL} water charges query - not us, {WB} number given"),
    ("any", "price cap change {MON}, unit rate 2{NUM}.{NUM}p per kWh, standing charge up {NUM}p, expect calls"),
    ("any", "DD review done: was {AMT} now {AMT} from {MON}, cx ok w/ it"),
    ("any", "{Q} callback missed x2, pls chase {DAY}, cust keeps ringing in"),
    ("any", "cust on hold {NUM}0 mins lol, apologised, goodwill {AMT} credit applied"),
    ("any", "broad band dropping every night at {TM}, {ROUTER} reboot loop, swap ordered"),
    ("any", "pre payment top up not applied, {APP} shows pending, {NUM} hrs, adv wait 24h"),
    ("any", "fyi {SYS} update tonight {TM}, log off by {TM} pls, thx"),
    ("any", "cust asking if {EB} cover {TW}, said yes, quoted {PLAN}"),
    ("any", "outage map shows {TW} & {TW} fault cleared {TM}, nfa"),
    ("ie", "cx rang re {BB} price increase {MON}, retention offer {AMT} off 12 mths, accepted"),
    ("uk", "counsel tax direct debt failed - voice 2 text, meant council tax DD, rerun {DAY}"),
    ("any", "road her keeps flashing orange (router!!) - {ROUTER}, factory reset done w/ cx"),
    ("any", "water pressure low {TOWN}, burst main on high st, {WB} aware, ETA {TM}"),
    ("any", "cx asked abt {PLAN} vs {PLAN}, sent comparison via email, tmrw follow up"),
    ("any", "{METER} fitted {DAY} but {APP} not showing usage, wait 48h then ring {Q}"),
    ("uk", "band {BAND} to band {BAND} appeal lost, cx unhappy, adv valuation tribunal"),
    ("any", "abt {BIG} cx affected by {EB} billing error in {MON}, bulk credit {AMT} each"),
    ("ie", "lpt not a council matter - revenue, cust thought it was, grand"),
    ("any", "{CS} - cust v polite, just wanted to pay {AMT} off arrears, done on {SYS}"),
    ("any", "cust unable to log into {APP} - iOS {NUM}.1 bug, known issue, workaround sent"),
    ("any", "emergency credit {AMT} added, {METER} keypad code issue, {Q} informed"),
    ("any", "{WB} hosepipe ban from {MON} in {TW}, if asked read script v{NUM}"),
    ("any", "cx from {TW} asking abt solar SEG export, sent to {Q}"),
    ("any", "fault ref raised w/ {BB} openreach side, {NUM} day SLA, cx ok"),
    ("any", "n/a - wrong number, was looking for {EB}, gave them the number"),
    ("any", "{Q} say backlog is {BIG} tickets, pls dont promise callbacks b4 {DAY}"),
]


def _render(tpl, ctx, out, depth=0):
    pos = 0
    for m in _TOKEN.finditer(tpl):
        if m.start() > pos:
            out.append(("o", tpl[pos:m.start()]))
        if m.group(1):
            r = SLOTS[m.group(1)](ctx)
            if isinstance(r, str):
                _render(r, ctx, out, depth + 1)
            else:
                out.extend(r)
        else:
            out.append(("~", m.group(2)))
        pos = m.end()
    if pos < len(tpl):
        out.append(("o", tpl[pos:]))


_TOKEN = re.compile(r"\{(\w+)\}|\[([^\]]+)\]")
_WORD = re.compile(r"[A-Za-z]{4,}")
_NEAR = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n",
         "t": "y", "l": "k", "c": "v", "d": "f", "u": "y", "h": "j", "b": "n", "p": "o"}


def _typo(rng, parts):
    idx = [i for i, (lab, t) in enumerate(parts) if lab == "o" and _WORD.search(t)]
    if not idx:
        return parts
    i = rng.choice(idx)
    lab, t = parts[i]
    words = list(_WORD.finditer(t))
    m = rng.choice(words)
    w = m.group(0)
    k = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op == 1:
        nw = w[:k] + w[k + 1:]
    elif op == 2:
        nw = w[:k] + w[k] + w[k:]
    else:
        c = w[k].lower()
        nw = w[:k] + _NEAR.get(c, c + c) + w[k + 1:]
    if nw == w:
        nw = w[:k] + w[k + 1:]
    parts = list(parts)
    parts[i] = (lab, t[:m.start()] + nw + t[m.end():])
    return parts


def _clean(parts):
    out = []
    for lab, t in parts:
        if not t:
            continue
        if out and lab == "o" and out[-1][0] == "o":
            out[-1] = ("o", out[-1][1] + t)
        else:
            out.append((lab, t))
    return out


def _fix_spaces(parts):
    # collapse doubled spaces in "o" text (from empty optional bits)
    return [(lab, re.sub(r"  +", " ", t) if lab == "o" else t) for lab, t in parts]


def _make_note(rng):
    if rng.random() < 0.45:
        country, tpl = rng.choice(NOPII_TEMPLATES)
    else:
        country, tpl = rng.choice(PII_TEMPLATES)
    if country == "any":
        country = "uk" if rng.random() < 0.6 else "ie"
    ctx = {"rng": rng, "country": country}
    parts = []
    _render(tpl, ctx, parts)
    parts = _clean(_fix_spaces(parts))
    r = rng.random()
    if r < 0.12:
        parts = _clean(_typo(rng, parts))
    style = rng.random()
    if style < 0.36:
        parts = [(lab, t.lower()) for lab, t in parts]
    elif style < 0.445 and any(lab == "name" for lab, _ in parts):
        parts = [(lab, t.upper() if lab == "name" else t) for lab, t in parts]
    return parts


def _ok_listed(parts, listed_f):
    for lab, t in parts:
        if lab == "name":
            for w in _name_words(t):
                if w in listed_f:
                    return False
    return True


def blind_notes(listed: frozenset) -> list:
    rng = random.Random(SEED)
    listed_f = frozenset(_fold(w).strip() for w in listed)
    notes, seen = [], set()
    while len(notes) < N_NOTES:
        parts = _make_note(rng)
        text = "".join(t for _, t in parts)
        n_words = len(text.split())
        if not 5 <= n_words <= 45 or "\n" in text or text in seen:
            continue
        if any(lab != "o" and t != t.strip() for lab, t in parts):
            continue
        if not _ok_listed(parts, listed_f):
            continue
        seen.add(text)
        notes.append(parts)
    return notes


def _selfcheck():
    from collections import Counter

    assert len(PII_TEMPLATES) >= 60, len(PII_TEMPLATES)
    assert len(NOPII_TEMPLATES) >= 35, len(NOPII_TEMPLATES)
    for k, pool in POOLS.items():
        assert len(pool["m"]) + len(pool["f"]) >= 40, (k, len(pool["m"]) + len(pool["f"]))
        assert len(pool["fam"]) >= 40, (k, len(pool["fam"]))
    sample = frozenset({"John", "Smith", "Mary", "James", "Patel", "Chan", "Wong", "Silva",
                        "Santos", "Khan", "Ali", "Ahmed", "Sean", "Kevin", "Murphy", "Kelly",
                        "Maria", "Anna", "Lee", "Lam", "Ng", "Mohammed", "Jones", "Reyes",
                        "Garcia", "Nowak", "Singh", "Kaur", "David", "Begum"})
    for listed in (frozenset(), sample):
        a = blind_notes(listed)
        b = blind_notes(listed)
        assert a == b, "not deterministic"
        assert len(a) == N_NOTES
        texts = ["".join(t for _, t in n) for n in a]
        assert len(set(texts)) == N_NOTES, "duplicate notes"
        lf = frozenset(_fold(w) for w in listed)
        for n, text in zip(a, texts):
            assert n, "empty note"
            assert "\n" not in text
            assert 5 <= len(text.split()) <= 45, text
            for i, (lab, t) in enumerate(n):
                assert lab in LABELS, lab
                assert t, "empty part"
                if lab != "o":
                    assert t == t.strip(), repr(t)
                if i and lab == "o":
                    assert n[i - 1][0] != "o", "unmerged o"
                if lab == "name":
                    assert not any(w in lf for w in _name_words(t)), t
    notes = blind_notes(frozenset())
    texts = ["".join(t for _, t in n) for n in notes]
    cnt = Counter(lab for n in notes for lab, _ in n)
    print("label counts:", dict(sorted(cnt.items())))
    low = sum(1 for t in texts if t == t.lower()) / len(texts)
    nopii = sum(1 for n in notes if all(lab in ("o", "~") for lab, _ in n)) / len(notes)
    upper = sum(1 for n in notes if any(lab == "name" and t.isupper() and len(t) > 3
                                        for lab, t in n)) / len(notes)
    print("lower-case share: %.3f" % low)
    print("no-personal-data share: %.3f" % nopii)
    print("notes with upper-case names: %.3f" % upper)
    s = blind_notes(sample)
    print("no-PII share with sample listed: %.3f" %
          (sum(1 for n in s if all(lab in ("o", "~") for lab, _ in n)) / len(s)))
    rng = random.Random(7)
    for n in rng.sample(notes, 12):
        print("  " + " ".join("[%s:%s]" % (lab, t) if lab != "o" else t for lab, t in n))


if __name__ == "__main__":
    _selfcheck()
