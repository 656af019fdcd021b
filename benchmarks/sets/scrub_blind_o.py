#!/usr/bin/env python3
"""Blind evaluation set O: English-language contact-centre "customer win" notes
(US, CA, UK, IE, AU, NZ). Standard library only, deterministic."""
import random
import re
import unicodedata

SEED = 20240917
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
N_NOTES = 1000
N_CLEAN = 450


def _w(s):
    return s.split()


# --------------------------------------------------------------------------
# Name pools: culture -> (male given, female given, family).  "_" joins
# multi-word names inside one entry.
# --------------------------------------------------------------------------
CULTURES = {
    "anglo": (
        _w("Alaric Ambrose Barnaby Bartholomew Cuthbert Ebenezer Ephraim Fenwick Godfrey Horace "
           "Jasper Lancelot Leopold Lucius Mortimer Ozias Percival Peregrine Rufus Septimus Silas "
           "Thaddeus Tobias Ulysses Wilfred Wendell Alistair Clement Ignatius Crispin Ptolemy "
           "Obadiah Royce Cyrus Elmer Hollis Virgil Lemuel Orville Thurston Ashby"),
        _w("Araminta Beatrix Clementine Cordelia Drusilla Ermintrude Euphemia Henrietta Hortensia "
           "Imogen Jemima Lavinia Letitia Marigold Millicent Mildred Ottoline Philippa Prudence "
           "Rosalind Temperance Theodora Winifred Wilhelmina Honor Constance Verity Mercy Blossom "
           "Primrose Clemency Posy Petronella Wren Fern Marjory Opal Ivy Hazel Linnet"),
        _w("Fairweather Goodbody Honeycutt Blackwood Pennyfeather Thistlewood Cobbold Ravenscroft "
           "Wintergreen Featherstonehaugh Baker Butcher Thatcher Cooper Fletcher Sawyer Chandler "
           "Shepherd Fuller Tanner Carver Slater Bishop Pope Stone Brook Marsh Winter Summers Bliss "
           "Gladwell Whitlock Pickering Scattergood Dimmock Lightfoot Gotobed Sidebottom Trueman "
           "Lancaster Kendal Buckingham Preston Bradford Ashdown Goodenough Strange Friend Little "
           "Hardcastle Smallwood Money Pratt Weatherby Goodfellow"),
    ),
    "african_american": (
        _w("Deshawn DeAndre Jamal Tyrone Marquis Darnell Rashad Terrell Demetrius Jalen Keyshawn "
           "Lamont Cedric Dontae Jermaine Malik Tavon Antwan Darius Kareem Quentin Reginald "
           "Roosevelt Cornelius Lavell Tremaine Javon Dequan Jaquan Kendrick Lamar Tyrell Delroy "
           "Marcellus Jabari Kwame DaQuan Trevion"),
        _w("Shaniqua Latoya Tanisha Keisha Ebony Aaliyah Imani Jazmine Lashonda Tamika Shanice "
           "Nia Precious Latrice Kenya Dominique Monique Raven Essence Destiny Tiana Lakisha "
           "Shantel Nakia Zaria Deja Kiara Octavia Yolanda Shaquana LaTonya Queenie Tameka "
           "Kenyatta Shalonda Jamila"),
        _w("Washington Jefferson Booker Freeman Mayfield Banks Gaines Pettiford Battle Goins "
           "Toussaint Person Pruitt Mabry Hairston Blackmon Whitfield Randolph Dorsey Lockhart "
           "Gatewood Outlaw Boykin Waddell Hollins Staten Jeter Merriweather Bynum Royster "
           "Pinkney Threatt Dukes Witherspoon Glover Mosley"),
    ),
    "italian_american": (
        _w("Salvatore Vincenzo Carmine Gennaro Rocco Domenico Vito Enzo Luigi Benedetto Ignazio "
           "Aldo Giancarlo Pasquale Santo Nunzio Fiorello Corrado Calogero Gaetano Tommaso Ercole "
           "Lorenzo Ottavio Raffaele Bartolo Emilio Silvio Dino Sal Vinnie Rocky Carmelo Agostino"),
        _w("Concetta Carmela Giuseppina Filomena Annunziata Rosalia Assunta Graziella Immacolata "
           "Loretta Nunzia Serafina Angelina Donatella Marisa Antonella Ornella Raffaella "
           "Benedetta Carmelina Liliana Ottavia Santina Vincenza Gilda Fiorella Domenica Palmira "
           "Agata Connie Teresina Philomena Rosaria"),
        _w("Esposito Russo Giordano Mancuso Cusumano Lombardi Bonanno Castellano Scarpelli "
           "DiMaggio Ferrante Galante Iannucci LoBianco Marchetti Napolitano Pellegrino Quattrone "
           "Rinaldi Sciortino Tagliaferro Vitale Zito Buscemi Capobianco DeLuca Cappelletti "
           "Provenzano Spagnuolo Tomasello Di_Stefano La_Rocca Lo_Presti DeSantis Caruso"),
    ),
    "irish_scottish": (
        _w("Pádraig Padraig Ciarán Eoin Oisín Cathal Diarmuid Tadhg Fiachra Ruairí Donncha "
           "Cormac Lorcán Senan Colm Fergal Aengus Dara Éamonn Seamus Niall Hamish Angus Ewan "
           "Torquil Murdo Alasdair Lachlan Fraser Ruaridh Calum Seoras Ruadhán Cillian Odhrán"),
        _w("Siobhán Niamh Aoife Saoirse Gráinne Caoimhe Sinéad Orla Róisín Aisling Clodagh "
           "Eimear Dearbhla Fionnuala Mairéad Ailbhe Bláthnaid Muireann Sadhbh Úna Eilidh Morag "
           "Ishbel Kirsty Catriona Mhairi Seonaid Iona Ailsa Shona Peigi Oonagh Deirbhile"),
        _w("Ó_Súilleabháin MacGiolla Mac_Cárthaigh Ní_Bhriain Ó_Murchú Mhic_Dhonncha MacLeod "
           "MacAskill McGillivray Cathcart Breathnach Ní_Dhomhnaill Ó_Ceallaigh Mulcahy "
           "Geraghty Culhane Cronin Keohane Buckley Moriarty Dineen Kavanagh Devlin Munro "
           "Urquhart Menzies Dalgleish Ruthven Farquharson Mac_an_tSaoir Nic_Aodha Ó_Dálaigh "
           "McSorley Gilhooly Colquhoun Drummond"),
    ),
    "welsh": (
        _w("Aneurin Bleddyn Cadfael Dafydd Emrys Gruffydd Gwilym Hywel Iestyn Idris Ieuan "
           "Iorwerth Llywelyn Madog Meirion Owain Rhodri Rhys Tudur Cynan Deiniol Elis Geraint "
           "Gethin Huw Islwyn Macsen Trefor Aled Berwyn Glyndwr Caradog Emyr"),
        _w("Angharad Bethan Blodwen Branwen Carys Ceridwen Cerys Delyth Eirlys Eluned Ffion "
           "Gwenllian Gwyneth Heledd Lowri Mair Myfanwy Nerys Rhiannon Seren Siân Tegwen Awen "
           "Elin Llinos Manon Olwen Glesni Eirian Nia Gwawr Sioned Mererid"),
        _w("Llewellyn Pritchard Pugh Prosser Probert Bowen Powell Parry Gwynne Vaughan "
           "Cadwaladr Bevan Meredith Howells Griffiths ap_Rhys Trevelyan Lloyd Jenkins Rees "
           "Prydderch Maddox Gittins Pumphrey Bellis Gower Morgans Voyle Nanney Bowditch "
           "Eynon ab_Owain Gwilliam Penry"),
    ),
    "cornish": (
        _w("Jago Jory Kenver Piran Peder Tristan Arthek Cador Gorran Jowan Mawgan Myghal Pasco "
           "Ruan Talan Yestin Bryok Austol Carasek Casvelyn Gwythyen Hedrek Kitto Massen Nicca "
           "Perran Sawel Tryst Locryn Madern Denzil Treeve Jacca"),
        _w("Elowen Morwenna Tamsin Demelza Kerensa Lowena Jenna Wenna Senara Tegen Rosenwyn "
           "Ebrel Gwenna Kerra Loveday Meliora Nessa Steren Tressa Bronnen Jowanna Kensa "
           "Lamorna Noweth Talwyn Ysella Endelyn Metheven Piala Kewera Delen Lowdy"),
        _w("Trelawney Penhaligon Tremayne Polglase Pengelly Trevithick Chenoweth Carne Nance "
           "Rowe Tregenza Pascoe Penrose Trewin Angove Bolitho Curnow Hocking Nankervis Opie "
           "Penna Quick Roskilly Tonkin Trebilcock Uren Vosper Woolcock Tregothnan Polkinghorne "
           "Treloar Spargo Jewell Trengove"),
    ),
    "chinese": (
        _w("Kwok-Wai Chun-Kit Wai-Lun Zhiwei Jianguo Haoran Yuxuan Zihao Junjie Kai-Ming "
           "Siu-Fai Ho-Yin Chi-Keung Wei-Jie Zhenyu Boyang Tsz-Hin Ka-Ho Zhaoyang Yongzheng "
           "Winson Kinson Edison Kelvin Alvin Desmond Ambrose Wing-Hong Hok-Man Pak-Lam Shun-Yi "
           "Jiahao Guoqiang"),
        _w("Mei-Ling Xiuying Yuqi Jiayi Siu-Man Wai-Yee Ka-Yan Suk-Fan Lai-Ming Hoi-Yan "
           "Shuang Xinyi Yutong Zixuan Mun-Yee Pui-Shan Wing-Sze Ka-Man Yan-Ting Hui-Min "
           "Xiaoyan Lihua Chunhua Yingying Ting-Ting Siu-Ling Pik-Kwan Oi-Lin Winky Cherry "
           "Peony Fanny Yuen-Ting"),
        _w("Chan Cheung Chow Chau Fung Hui Kwan Kwok Lam Lau Leung Lui Mak Ng Poon Siu Tang "
           "Tse Tsui Wong Yip Yeung Zhang Zhou Xu Guo Tsang Szeto Au-Yeung Kwong Ou-Yang "
           "Lai Yuen Chiu Luk Pang"),
    ),
    "filipino": (
        _w("Rodrigo Jericho Bong Jun-Jun Bongbong Dindo Ferdinand Jojo Rommel Arnel Ronaldo "
           "Edgardo Renato Dante Ramil Rolando Efren Ariel Ernesto Jayson Reynaldo Benigno "
           "Honorio Nonoy Boyet Jomar Jhun Florante Macario Crisanto Romeo Ramoncito Bienvenido"),
        _w("Maricel Marites Lorna Rosalinda Divina Luzviminda Jinky Lovely Precious Mylene "
           "Rowena Marivic Analyn Jennylyn Leonora Concepcion Corazon Imelda Teresita Lourdes "
           "Nenita Remedios Perla Rhodora Rosario Ligaya Charito Belen Girlie Maribel Marilou "
           "Arlyn Josefina"),
        _w("Dela_Cruz Santos Reyes Bautista Ocampo Mendoza Villanueva Ramos Aquino Castillo "
           "Macapagal Dimaculangan Manalo Magbanua Pangilinan Tolentino Soriano Dizon Lacson "
           "Panganiban Buenaventura Mangubat Dimaano Sison Delos_Santos Quizon Salonga Lapid "
           "Manalastas Evangelista Dimagiba Macaraeg Sumulong Tiongson"),
    ),
    "korean": (
        _w("Jae-hyun Min-jun Seung-woo Dong-hyun Ji-hoon Hyun-woo Sung-min Joon-ho Tae-yang "
           "Kyung-soo Chang-min Young-ho Sang-woo Byung-hun Dae-jung Hyuk Jin-woo Sung-jin "
           "Woo-jin Jung-hoon Yong-su Ho-seok Myung-soo Chul-soo Kwang-ho Seok-jin In-sung "
           "Gi-tae Hee-chul Jae-sung Dong-wook"),
        _w("Ji-yeon Seo-yeon Min-ji Eun-ji Hye-jin Soo-jin Yoon-ah Ha-eun Ji-woo Su-bin Da-eun "
           "Hye-won Mi-kyung Eun-hye Young-mi Sun-hee Jung-ah Kyung-hee Bo-ra Na-young So-yeon "
           "Ye-jin Chae-won Hyo-jin Mi-rae Seol-hee Yu-na Ah-young Ha-neul Jin-ah Eun-bi"),
        _w("Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Yoo "
           "Hong Jeon Go Moon Yang Son Bae Baek Heo Nam Noh Ryu Chung Pyo Byun Gwak"),
    ),
    "vietnamese": (
        _w("Minh Tuấn Quang Đức Thanh Hùng Dũng Khánh Phước Hiếu Trung Vinh Huy Bảo Khoa "
           "Thịnh Trí Cường Tiến Phong Sang Lộc Nghĩa Hoàng Luân Thuận Quốc Nhân Tuan Duc Khanh "
           "Phuoc Cuong"),
        _w("Thủy Lan Hương Ngọc Linh Trang Hạnh Phương Nhung Thảo Hoa Yến Diễm Oanh Xuân "
           "Tuyết Hằng Kiều Nga Hiền Trâm Uyên Loan Châu Bích Quỳnh Nguyệt Thuy Huong Phuong "
           "Ngoc Diem Tuyet"),
        _w("Nguyễn Nguyen Trần Tran Lê Phạm Pham Huỳnh Huynh Phan Vũ Võ Vo Bùi Bui Ngô Ngo "
           "Dương Duong Trương Truong Đinh Trinh Quách Lưu Luu Tôn Thái Kiều Vương Doan Diep"),
    ),
    "indian_american": (
        _w("Bunty Pappu Chintu Babloo Sonu Monu Pinku Golu Tinku Bittu Guddu Kaku Munna Chikoo "
           "Appu Bablu Titu Rinku Dablu Pintu Chotu Bholu Ballu Nikku Chunnu Prabhakar Jagdish "
           "Harsimran Gurpreet Balwinder Venkatraman Srinivas Chandrashekhar Satyanarayana"),
        _w("Pinky Dolly Guddi Babli Bubbly Sweety Munni Tinni Rinky Goldie Chutki Tuktuki "
           "Mithu Pammi Simmi Nimmi Dimple Bindu Lalli Savitri Annapurna Padmavathi Kamakshi "
           "Vijayalakshmi Harpreet Jaswinder Rupinder Meenakshi Sulochana Tanvi Bhagyashree"),
        _w("Venkataraman Subramaniam Raghunathan Chakraborty Bhattacharya Mukherjee Chatterjee "
           "Banerjee Ganguly Iyengar Krishnamurthy Parthasarathy Deshpande Kulkarni Gokhale "
           "Sandhu Dhillon Grewal Sidhu Ahluwalia Malhotra Khanna Mehrotra Agarwal Trivedi "
           "Chaturvedi Menon Pillai Gundlapalli Vaidyanathan Bhatnagar Sengupta"),
    ),
    "quebecois_cajun": (
        _w("Jean-Guy Réjean Gaétan Ghislain Sylvain Normand Rosaire Benoît Clément Donat "
           "Euclide Fernand Hervé Laurier Lucien Médéric Napoléon Origène Philéas Rodrigue "
           "Théophile Amédée Aurèle Ovide Télesphore Alcide Onézime Clovis Ovila Adélard "
           "Dudley Alphé Ulysse Thibault"),
        _w("Ginette Huguette Jocelyne Lise Micheline Pierrette Réjeanne Yolande Colette "
           "Francine Gisèle Ghislaine Rolande Aurore Claudette Églantine Fleurette Germaine "
           "Hermance Léontine Marie-Ève Marie-Soleil Océane Clothilde Solange Lorraine Nicolette "
           "Mireille Lucienne Désirée Odile Evangeline"),
        _w("Tremblay Gagnon Bouchard Gauthier Bélanger Côté Pelletier Lévesque Bergeron "
           "Thibodeaux Boudreaux Fontenot Guidry Landry Broussard Arceneaux Comeaux Breaux "
           "Doucet Robichaux Theriot Trahan Babineaux Prejean Guillory Champagne Lafleur "
           "Ouellette Desjardins Lachapelle Beaudoin Melançon Hebert Savoy"),
    ),
    "acadian": (
        _w("Aldéric Elphège Onésime Zacharie Joachim Raoul Hilaire Placide Evariste Adolphe "
           "Isidore Omer Urbain Zéphir Désiré Fidèle Léandre Narcisse Prosper Séraphin Thaddée "
           "Valmont Wilfrid Yvon Sifroid Jude Basile Cyprien Médard Rhéal"),
        _w("Anastasie Angélique Apolline Césarine Délia Domitilde Émérentienne Euphrosine "
           "Félicité Geneviève Hortense Lumina Marguerite Modeste Philomène Rosalie Scholastique "
           "Théotiste Victoire Anselmine Blanche Célestine Edwidge Luce Marie-Reine Osithe "
           "Exilda Léocadie Zénaïde Rose-Aimée"),
        _w("LeBlanc Doucette Arsenault Cormier Gallant Poirier Bourque Gaudet Thibodeau Comeau "
           "Babin Robichaud Maillet Cyr Savoie Boudreau Daigle Chiasson Haché Saulnier Surette "
           "d'Entremont Melanson Belliveau Hébert Dugas Aucoin Léger Goguen Thériault Pothier "
           "Muise"),
    ),
    "mennonite_amish": (
        _w("Menno Mose Reuben Enos Ezra Gideon Abner Elam Ephraim Hiram Jethro Sylvan Vernon "
           "Willis Ammon Emanuel Lavern Amos Jonas Levi Eli Mervin Harlan Orva Delbert Elmer "
           "Crist Benuel Aquilla Alvin Eldon"),
        _w("Fannie Malinda Salome Mattie Rosanna Alta Verna Lizzie Susie Lovina Saloma "
           "Emmaline Ruthann Erma Magdalena Edna Elsie Katie Lena Sadie Miriam Esther Lydia "
           "Priscilla Barbie Sovilla Mabel Arlene Mahala Leora Ella_Mae"),
        _w("Yoder Stoltzfus Beiler Hochstetler Zook Lapp Esh Glick Kauffman Mast Lehman "
           "Schrock Troyer Wenger Hershberger Hostetler Kurtz Nolt Petersheim Riehl Smucker "
           "Swarey Umble Bontrager Gingerich Borntrager Peachey Stauffer Yutzy Fisher Burkholder "
           "Weaver Wagler"),
    ),
    "jewish_american": (
        _w("Mordecai Moshe Shmuel Yitzchak Avrohom Chaim Menachem Shlomo Yosef Eliezer Zev "
           "Baruch Pinchas Yehuda Hershel Mendel Feivel Shimon Akiva Lazar Meir Gedalia Yisroel "
           "Nachum Tzvi Dov Ezriel Sholom Velvel Yankel Herschel"),
        _w("Rivka Chana Shoshana Devorah Tova Batya Rochel Bracha Chaya Golda Yael Elisheva "
           "Nechama Malka Shira Tzipora Zahava Frayda Perel Raizel Sima Faige Hinda Bluma "
           "Ruchie Yehudis Gitty Mindy Leba Esty"),
        _w("Goldberg Rosenbaum Finkelstein Shapiro Katz Horowitz Lipschitz Nussbaum Birnbaum "
           "Weinstein Greenspan Feldman Hirschfeld Kaplan Lefkowitz Mandelbaum Perlman "
           "Rabinowitz Teitelbaum Wasserman Zuckerman Blumenthal Eisenberg Gottlieb Levinson "
           "Margolis Rothstein Silverberg Tannenbaum Ziskind Pomerantz Schwebel"),
    ),
    "pacific_nz": (
        _w("Tāmati Wiremu Hēmi Rāwiri Tāne Manaia Nikau Mikaere Hohepa Tipene Aperahama Ihaia "
           "Rangi Teariki Tevita Sione Viliami Semisi Siaosi Ioane Mosese Tavita Sefo Falaniko "
           "Iosefa Lisiate Taniela Epeli Jone Isileli Sitiveni Uili Tamati Hemi"),
        _w("Aroha Mere Ngaio Hinemoa Kiri Moana Anahera Huia Mereana Tui Wikitoria Ataahua "
           "Ngāire Marama Roimata Kahurangi Losana Mele Salote Seini Lupe Malia Sina Vaea Lagi "
           "Fiafia Sieni Titilia Ofa Alisi Sisilia Kalisi"),
        _w("Ngata Parata Te_Whiu Te_Rangi Tawhiri Horomona Paewai Ruatapu Tūhiwai Waititi "
           "Kereama Tamihana Rangihuna Te_Kanawa Parekōwhai Faleolo Tuilagi Leota Fonoti Fifita "
           "Taufa Vainikolo Havili Lolohea Tuipulotu Naufahu Ratuvou Nadolo Tupou Mata'afa "
           "Aumua Sopoaga Tagaloa Savea Vunipola Tangimetua"),
    ),
    "aboriginal_au": (
        _w("Jarrah Bunji Yagan Wandjuk Djawa Gawirrin Mandawuy Galarrwuy Djalu Witiyana Burnum "
           "Kirrin Mundara Jandamarra Nyunggai Baraka Warrigal Kalkani Kupa Mawuyul Gurrumul "
           "Milkayngu Djiniyini Djambawa Wukun Djakapurra Galuma Tirrin Wirrum Dhani Kulan"),
        _w("Kirra Tarni Alinta Allira Kaiya Bindi Marlee Jirra Mirri Lowanna Yindi Kalinda "
           "Jedda Kiah Mianda Merindah Nerida Kirrily Iluka Mirrin Kalina Koorine Kunyi Narrah "
           "Bimbi Minya Ngaree Tallara Wirri Nioka Lowitja Yalmay"),
        _w("Yunupingu Gurruwiwi Marika Wunungmurra Gumbula Tjapaltjarri Tjungurrayi Namatjira "
           "Bropho Walley Narkle Kickett Garlett Winmar Yarran Mundine Djerrkura Dhurrkay "
           "Gondarra Mununggurr Marawili Burarrwanga Gumana Wanambi Ganambarr Lingiari "
           "Nampitjinpa Napaljarri Jakamarra Petyarre Kngwarreye Wanganeen Rioli Krakouer Jetta "
           "Ugle Dingo Goolagong Mabo Ah_Mat"),
    ),
}

NICKNAMES = _w("Bubba Junebug Peaches Sonny Red Skip Biff Chip Buzz Dutch Duke Moose Tank Boo "
               "Dodge Sparky Ziggy Tuppence Dinky Smudge Bluey Snow Lofty Nugget Ace Bam-Bam "
               "Scooter Pudge Lulu Bitsy Dolly Bunny Taffy Bongo Kiwi Stretch Shorty Birdie")

EAST_ASIAN = {"chinese", "korean", "vietnamese"}

REGION_CULTURES = {
    "US": ["anglo", "african_american", "italian_american", "chinese", "filipino", "korean",
           "vietnamese", "indian_american", "jewish_american", "mennonite_amish",
           "quebecois_cajun", "irish_scottish"],
    "CA": ["quebecois_cajun", "acadian", "chinese", "anglo", "irish_scottish",
           "mennonite_amish", "indian_american", "filipino", "korean"],
    "UK": ["anglo", "welsh", "cornish", "irish_scottish", "indian_american", "chinese",
           "jewish_american"],
    "IE": ["irish_scottish", "anglo", "filipino", "indian_american"],
    "AU": ["aboriginal_au", "anglo", "vietnamese", "chinese", "italian_american",
           "irish_scottish", "pacific_nz", "korean"],
    "NZ": ["pacific_nz", "anglo", "chinese", "korean", "indian_american", "irish_scottish"],
}
REGION_WEIGHTS = [("US", 30), ("CA", 15), ("UK", 20), ("IE", 10), ("AU", 15), ("NZ", 10)]

# --------------------------------------------------------------------------
# Clean fillers (all must be kept as "o")
# --------------------------------------------------------------------------
F = {
    "TEL": ["Verizon", "T-Mobile", "AT&T", "Xfinity", "Spectrum", "Rogers", "Bell", "Telus",
            "Vidéotron", "Vodafone", "EE", "O2", "BT", "Sky", "Virgin Media", "Three", "eir",
            "Telstra", "Optus", "Spark", "One NZ", "2degrees", "Freedom Mobile", "Cox",
            "Koodo", "giffgaff", "Aussie Broadband", "Vodafone Ireland", "Mint Mobile"],
    "STORE": ["Walmart", "Target", "Best Buy", "Costco", "Tesco", "Sainsbury's", "Argos",
              "Currys", "John Lewis", "Marks & Spencer", "Woolworths", "Coles", "JB Hi-Fi",
              "Bunnings", "Harvey Norman", "Kmart", "Canadian Tire", "Loblaws",
              "Shoppers Drug Mart", "Dunnes Stores", "Penneys", "The Warehouse", "Noel Leeming",
              "Home Depot", "Lowe's", "Trader Joe's", "Aldi", "Boots", "Big W", "Smyths"],
    "BANK": ["Chase", "Wells Fargo", "Bank of America", "TD", "RBC", "Scotiabank",
             "Desjardins", "Barclays", "HSBC", "Lloyds", "NatWest", "Monzo", "Starling", "AIB",
             "Bank of Ireland", "CommBank", "ANZ", "Westpac", "NAB", "Kiwibank", "ASB",
             "Capital One", "Navy Federal", "Halifax", "Nationwide"],
    "INSURER": ["State Farm", "Geico", "Allstate", "Progressive", "Aviva", "Direct Line",
                "Admiral", "NRMA", "AAMI", "AA Insurance", "Intact", "FBD", "Zurich",
                "Suncorp", "Tower", "Liberty Mutual", "Budget Direct", "Churchill"],
    "HEALTH": ["Kaiser Permanente", "Aetna", "Blue Cross", "UnitedHealthcare", "Cigna",
               "Bupa", "Medibank", "Southern Cross", "VHI", "Laya", "Humana", "HCF",
               "Sun Life", "Manulife", "Vitality"],
    "UTIL": ["PG&E", "Con Edison", "Duke Energy", "Hydro-Québec", "BC Hydro", "Hydro One",
             "British Gas", "Octopus Energy", "EDF", "OVO", "Electric Ireland",
             "Bord Gáis Energy", "Energia", "AGL", "Origin", "EnergyAustralia", "Mercury",
             "Contact Energy", "Genesis", "Entergy", "Thames Water", "Irish Water"],
    "AIRLINE": ["Delta", "United", "American", "Southwest", "Air Canada", "WestJet",
                "Porter", "British Airways", "easyJet", "Ryanair", "Aer Lingus", "Qantas",
                "Jetstar", "Virgin Australia", "Air New Zealand", "Alaska", "JetBlue", "Loganair"],
    "TRAVEL": ["Expedia", "Booking.com", "Airbnb", "Trivago", "Hotels.com", "Webjet",
               "Flight Centre", "Kayak", "Wotif", "lastminute.com", "Vrbo"],
    "COURIER": ["UPS", "FedEx", "USPS", "Canada Post", "Purolator", "Royal Mail", "Evri",
                "DPD", "An Post", "Australia Post", "StarTrack", "NZ Post", "CourierPost",
                "DHL", "Amazon Logistics", "Yodel", "Fastway", "Aramex", "Sendle"],
    "FOOD": ["DoorDash", "Uber Eats", "Deliveroo", "Menulog", "SkipTheDishes", "Just Eat",
             "Grubhub", "Instacart", "HelloFresh", "Ocado"],
    "SAAS": ["Salesforce", "Zendesk", "Slack", "Shopify", "Xero", "QuickBooks",
             "Microsoft 365", "Google Workspace", "Dropbox", "Zoom", "HubSpot", "MYOB",
             "Intercom", "Freshdesk", "Atlassian Jira", "Sage", "Square", "Canva"],
    "STREAM": ["Netflix", "Disney+", "Hulu", "Max", "Peacock", "Paramount+", "Crave", "NOW",
               "BritBox", "Stan", "Binge", "Neon", "Apple TV+", "Spotify", "Prime Video",
               "YouTube Premium", "Kayo", "Foxtel", "Sky Go", "RTÉ Player", "ITVX", "Fubo",
               "Discovery+", "DAZN", "Tidal"],
    "SHOW": ["Stranger Things", "Bluey", "The Last of Us", "Succession", "Love Island",
             "Call the Midwife", "Home and Away", "Shortland Street", "Schitt's Creek",
             "The Bear", "Yellowstone", "Bridgerton", "Ted Lasso", "The Traitors",
             "Doctor Who", "Grey's Anatomy", "Emmerdale", "Neighbours", "Letterkenny",
             "Derry Girls", "The Crown", "Wednesday", "Only Murders in the Building", "Mr Inbetween"],
    "GAME": ["Fortnite", "Minecraft", "EA FC 25", "Call of Duty: Black Ops 6",
             "Hogwarts Legacy", "GTA V", "Animal Crossing", "Roblox", "Zelda: Tears of the Kingdom",
             "Mario Kart 8", "Elden Ring", "Apex Legends", "Baldur's Gate 3", "The Sims 4",
             "Rocket League", "Madden NFL 25", "NBA 2K25", "Forza Horizon 5", "Pokémon Scarlet"],
    "CONSOLE": ["PS5", "PS5 Slim", "Xbox Series X", "Xbox Series S", "Nintendo Switch OLED",
                "Switch Lite", "Steam Deck", "Meta Quest 3", "PS4 Pro"],
    "DEV": ["iPhone 15 Pro Max", "iPhone 13 mini", "Galaxy S24 Ultra", "Galaxy A15",
            "Pixel 8a", "Pixel Fold", "Moto G Power", "Netgear Nighthawk RAX50", "Eero Pro 6E",
            "Sky Q box", "Fetch Mini", "Xfinity XB8 gateway", "Roku Ultra", "Fire TV Stick 4K",
            "Dyson V15", "Ring Video Doorbell Pro 2", "Nest Learning Thermostat",
            "Hive Active Heating", "Sonos Arc", "Apple Watch Series 9", "iPad Air M2",
            "MacBook Pro M3", "Surface Laptop 5", "Kindle Paperwhite", "Fitbit Charge 6",
            "BT Smart Hub 2", "Telstra Smart Modem 3", "TP-Link Deco X50", "Chromecast with Google TV",
            "AirPods Pro 2", "Galaxy Tab S9", "Xbox Wireless Controller", "Sky Glass", "Virgin Hub 5"],
    "MODEL": ["RAX50", "SM-S928B", "A2849", "XB8-T", "DWR-961", "TC4400", "ARRIS SB8200",
              "Archer AX55", "HG659", "F@ST 5366", "VMG8825", "MR6400", "Smart Hub 2",
              "C7000v2", "AX3000", "Deco M5", "Gen 2 Hub", "TG-789vac v2"],
    "APP": ["My Verizon", "MyEE", "My Telstra", "Xfinity app", "Google Authenticator",
            "Authy", "WhatsApp", "Teams", "Outlook", "Gmail", "Venmo", "Zelle", "Interac e-Transfer",
            "Apple Pay", "Google Wallet", "PayPal", "Revolut", "Afterpay", "Klarna", "Uber",
            "NHS App", "MyGov", "CIBC Mobile", "Duolingo", "Life360"],
    "PLAN": ["Unlimited Plus", "5G Start", "Essentials 25", "Fibre 500", "Full Fibre 900",
             "NBN 100", "Superfast 2", "Go5G Plus", "Play More", "Premium Family",
             "Basic with Ads", "Standard HD", "Business Pro", "Infinite Max", "Endless Data",
             "Smart 40GB", "Pay Monthly 30", "Gold Saver", "Home Essentials", "Fibre Max",
             "SIM Only 12m", "Family Share 4 lines", "Pro Annual", "Starter Tier"],
    "TEAM": ["Team Phoenix", "Team Kōwhai", "the Saves team", "Retentions", "Tier 2 Tech",
             "Escalations", "Priority Care", "the Loyalty desk", "Welcome Team", "Billing Disputes",
             "Complaints Resolution", "Fibre Provisioning", "Squad Aurora", "Pod 7", "the Maple pod",
             "Winback", "Night Owls", "CX Excellence", "Fraud Ops", "Trust & Safety",
             "the Wattle squad", "Blue Squad", "Team Shamrock", "Team Dragon"],
    "QUEUE": ["Billing", "Tech Support", "T2 Tech", "Moves & Changes", "NBN Faults",
              "Fibre Faults", "Retentions", "Collections", "Claims FNOL", "Returns",
              "Where's My Order", "Disputes", "Activations", "Port-In", "Escalations",
              "Hardship", "Bereavement", "Priority Business", "French Line", "Welsh Language"],
    "CITY": ["Cleveland", "Boise", "Scranton", "Tulsa", "Baton Rouge", "Lafayette", "Flushing",
             "Mississauga", "Laval", "Surrey", "Halifax", "Moncton", "Leeds", "Swansea", "Truro",
             "Penzance", "Cardiff", "Glasgow", "Inverness", "Cork", "Galway", "Limerick",
             "Parramatta", "Toowoomba", "Ballarat", "Tauranga", "Dunedin", "Victoria", "Florence",
             "Charlotte", "Austin", "Jackson", "Preston", "Lancaster", "Hamilton", "Nelson",
             "Darwin", "Adelaide", "Alice Springs", "Regina", "St. John's", "Augusta", "Eugene",
             "Chester", "Lincoln", "Winnipeg", "Gatineau", "Wollongong", "Rotorua", "Letterkenny"],
    "SUBURB": ["Bondi", "Fitzroy", "Cabramatta", "Footscray", "Ponsonby", "Papatoetoe",
               "Karori", "Riccarton", "Brooklyn", "Astoria", "the Bronx", "Scarborough",
               "Plateau-Mont-Royal", "Kitsilano", "Rathmines", "Ballymun", "Salthill",
               "Hackney", "Salford", "Splott", "Leith", "Moseley", "Glenelg", "Fremantle",
               "Otara", "Mount Maunganui", "Dieppe", "Chinatown", "Little Italy", "Kensington"],
    "AIRPORT": ["JFK", "LAX", "O'Hare", "Heathrow T5", "Gatwick", "Dublin Airport T2",
                "Pearson", "YVR", "Sydney Airport", "Tullamarine", "Auckland Airport",
                "Shannon", "Manchester Airport", "Hartford Bradley", "Logan", "Brisbane Airport"],
    "SHORT": ["ty", "tysm", "big W", "W", "win!", "lets gooo", "chuffed", "sorted", "fcr",
              "kudos", "ez", "nailed it", "gg", "10/10", "happy days", "sweet as", "no worries",
              "grand job", "cheers", "brill", ":)", "yay", "smashed it", "legend", "all good"],
    "JARG": ["fcr", "no esc", "acw under 30s", "csat 5/5", "nps 10", "dispo'd as resolved",
             "warm xfer", "no cb needed", "kba passed", "id&v passed", "lvm", "cb sched",
             "t2 not needed", "qa flagged as best practice", "macro used", "no repeat contact",
             "sentiment flipped to positive", "ntf", "rca logged", "wrap code RES", "no dsat",
             "aht 6m", "rma raised", "cr applied", "ooo till mon", "eod update sent to TL"],
}
FLIGHT_PREFIX = ["QF", "NZ", "AC", "WS", "BA", "EI", "FR", "DL", "UA", "AA", "VA", "JQ", "U2"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sunday", "Monday", "Friday"]

# --------------------------------------------------------------------------
# Region data for locations
# --------------------------------------------------------------------------
US_TOWNS = [("Scranton", "PA", "185"), ("Boise", "ID", "837"), ("Lafayette", "LA", "705"),
            ("Tulsa", "OK", "741"), ("Flushing", "NY", "113"), ("Dayton", "OH", "454"),
            ("Chattanooga", "TN", "374"), ("Spokane", "WA", "992"), ("Savannah", "GA", "314"),
            ("Fresno", "CA", "937"), ("Lancaster", "PA", "176"), ("Houma", "LA", "703"),
            ("Duluth", "MN", "558"), ("Worcester", "MA", "016"), ("Bakersfield", "CA", "933"),
            ("Gary", "IN", "464"), ("Hialeah", "FL", "330"), ("Camden", "NJ", "081"),
            ("Jackson", "MS", "392"), ("Eugene", "OR", "974"), ("Marion", "OH", "433"),
            ("Augusta", "GA", "309"), ("Shipshewana", "IN", "465"), ("Lewiston", "ME", "042")]
CA_TOWNS = [("Laval", "QC", "H7"), ("Moncton", "NB", "E1"), ("Mississauga", "ON", "L5"),
            ("Surrey", "BC", "V3"), ("Halifax", "NS", "B3"), ("Gatineau", "QC", "J8"),
            ("Saskatoon", "SK", "S7"), ("Red Deer", "AB", "T4"), ("Trois-Rivières", "QC", "G8"),
            ("Dieppe", "NB", "E1"), ("Markham", "ON", "L3"), ("Richmond", "BC", "V6"),
            ("Kitchener", "ON", "N2"), ("Charlottetown", "PE", "C1"), ("St. John's", "NL", "A1"),
            ("Regina", "SK", "S4"), ("Sherbrooke", "QC", "J1"), ("Winnipeg", "MB", "R3"),
            ("Caraquet", "NB", "E1"), ("Yarmouth", "NS", "B5")]
UK_TOWNS = [("Truro", "TR"), ("Penzance", "TR"), ("Swansea", "SA"), ("Cardiff", "CF"),
            ("Leeds", "LS"), ("Preston", "PR"), ("Bolton", "BL"), ("Inverness", "IV"),
            ("Paisley", "PA"), ("Wrexham", "LL"), ("Camborne", "TR"), ("Bangor", "LL"),
            ("Aberystwyth", "SY"), ("Dundee", "DD"), ("Stockport", "SK"), ("Luton", "LU"),
            ("Hull", "HU"), ("Norwich", "NR"), ("Lancaster", "LA"), ("Carmarthen", "SA"),
            ("Bodmin", "PL"), ("Croydon", "CR"), ("Ilford", "IG"), ("Stornoway", "HS")]
IE_TOWNS = [("Ballincollig", "Co. Cork", "P31"), ("Tralee", "Co. Kerry", "V92"),
            ("Galway", "", "H91"), ("Limerick", "", "V94"), ("Dublin 8", "", "D08"),
            ("Dublin 15", "", "D15"), ("Swords", "Co. Dublin", "K67"), ("Naas", "Co. Kildare", "W91"),
            ("Ennis", "Co. Clare", "V95"), ("Letterkenny", "Co. Donegal", "F92"),
            ("Athlone", "Co. Westmeath", "N37"), ("Dundalk", "Co. Louth", "A91"),
            ("Castlebar", "Co. Mayo", "F23"), ("Sligo", "", "F91"), ("Kilkenny", "", "R95"),
            ("Dingle", "Co. Kerry", "V92")]
AU_TOWNS = [("Fitzroy", "VIC", "3065"), ("Parramatta", "NSW", "2150"), ("Toowoomba", "QLD", "4350"),
            ("Ballarat", "VIC", "3350"), ("Bondi", "NSW", "2026"), ("Fremantle", "WA", "6160"),
            ("Glenelg", "SA", "5045"), ("Alice Springs", "NT", "0870"), ("Cabramatta", "NSW", "2166"),
            ("Footscray", "VIC", "3011"), ("Townsville", "QLD", "4810"), ("Dubbo", "NSW", "2830"),
            ("Launceston", "TAS", "7250"), ("Mandurah", "WA", "6210"), ("Palmerston", "NT", "0830"),
            ("Woden", "ACT", "2606"), ("Springvale", "VIC", "3171"), ("Broome", "WA", "6725"),
            ("Yirrkala", "NT", "0880"), ("Redfern", "NSW", "2016")]
NZ_TOWNS = [("Ponsonby", "Auckland", "1011"), ("Papatoetoe", "Auckland", "2025"),
            ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8011"),
            ("Porirua", "", "5022"), ("Mount Maunganui", "Tauranga", "3116"),
            ("Frankton", "Hamilton", "3204"), ("Otara", "Auckland", "2023"),
            ("Mosgiel", "Dunedin", "9024"), ("Gisborne", "", "4010"), ("Whanganui", "", "4500"),
            ("Rotorua", "", "3010"), ("Invercargill", "", "9810"), ("Lower Hutt", "", "5010"),
            ("Napier", "", "4110"), ("Masterton", "", "5810"), ("Kaitaia", "", "0410")]

STREETS = {
    "US": ["Maple", "Elm", "Oak", "Pine", "Cedar", "Magnolia", "Peachtree", "Washington",
           "Lincoln", "Dogwood", "Bayou", "Main", "Church", "Mill", "Ridge", "Sycamore",
           "Hickory", "Cypress", "Lakeview", "Prairie", "Cottonwood", "Old Mill", "Amish Country"],
    "CA": ["Bay", "Yonge", "King", "Dundas", "Portage", "Robson", "Main", "Mountain",
           "Acadie", "Lakeshore", "Birch", "Spruce", "Wellington", "Queen"],
    "UK": ["Gladstone", "Victoria", "Station", "Church", "Mill", "Oakfield", "Trelawney",
           "Penrose", "Chapel", "Heol y Nant", "Ffordd Pen", "Sandy", "Meadow", "Beech",
           "Albion", "Harbour", "Fore"],
    "IE": ["Glenview", "Riverside", "Main", "Church", "Chapel", "Oakwood", "Cois Abhann",
           "Ard na Gréine", "Bóthar na Trá", "Sea", "Castle", "Fairgreen", "Abbey"],
    "AU": ["Banksia", "Wattle", "Jacaranda", "Bottlebrush", "Kookaburra", "Currawong",
           "Waratah", "Boronia", "Ironbark", "Murray", "Smith", "Bourke", "Brunswick", "Kent"],
    "NZ": ["Kauri", "Tui", "Rimu", "Totara", "Kowhai", "Manuka", "Pūriri", "Matai",
           "Kereru", "Huia", "Takahe", "Karaka", "Great North", "Dominion", "Cuba"],
}
STYPES = {
    "US": ["St", "Ave", "Blvd", "Dr", "Ln", "Ct", "Rd", "Pkwy", "Way", "Pl", "Ter", "Cir",
           "st", "ave", "dr", "rd", "ln", "Street", "Avenue", "Drive"],
    "CA": ["St", "Ave", "Rd", "Blvd", "Cres", "Dr", "st", "ave", "Street", "Avenue"],
    "UK": ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens", "Terrace",
           "Drive", "Way", "Mews", "Grove", "rd", "st", "ln", "cl", "cres", "gdns", "tce"],
    "IE": ["Road", "Park", "Avenue", "Drive", "Lawn", "Heights", "Grove", "Close", "Court",
           "rd", "ave", "pk"],
    "AU": ["St", "Rd", "Ave", "Pde", "Cres", "Ct", "Cl", "Dr", "Tce", "Hwy", "Pl", "Way",
           "st", "rd", "pde", "cres"],
    "NZ": ["Rd", "St", "Ave", "Tce", "Cres", "Pl", "Dr", "Way", "rd", "st", "tce", "Street"],
}
EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com",
           "hotmail.com", "att.net", "verizon.net"],
    "CA": ["gmail.com", "shaw.ca", "videotron.ca", "sympatico.ca", "rogers.com", "hotmail.ca",
           "telus.net", "bell.net"],
    "UK": ["btinternet.com", "hotmail.co.uk", "gmail.com", "yahoo.co.uk", "sky.com",
           "virginmedia.com", "outlook.com", "talktalk.net"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "icloud.com"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "hotmail.com", "outlook.com.au",
           "iinet.net.au"],
    "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz", "hotmail.com"],
}
HANDLE_WORDS = ["bluewren", "sk8r", "kiwigal", "bayoubelle", "tartan", "jellybean", "mapleleaf",
                "surfie", "gamer", "nana", "grandpa", "bookworm", "dingo", "pukeko", "shamrock",
                "dragon", "possum", "lilmama", "bigdaddy", "cornishpasty", "wolfie", "cupcake"]

TITLES_M = ["Mr", "Mr.", "Dr", "Dr.", "Fr", "uncle", "Pastor", "Rabbi", "Monsieur", "Prof", "Sir"]
TITLES_F = ["Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Sr", "auntie", "Madame", "Mme", "Nana"]
SUFFIXES = ["Jr", "Jr.", "Sr", "III", "II"]


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).lower()


_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def name_parts(name):
    return [fold(p) for p in _SPLIT.split(name) if p]


def name_ok(name, listed):
    return all(p not in listed for p in name_parts(name))


def asciiname(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


SYL_A = ["ka", "lo", "mi", "ren", "tor", "vel", "dan", "sia", "bre", "qui", "zan", "fal",
         "mor", "tes", "ula", "gri", "nev", "hal", "pim", "rud"]
SYL_B = ["rick", "ston", "vane", "ley", "wyn", "mar", "dell", "tin", "bury", "ova", "ek",
         "ard", "ino", "ette", "holm", "ski", "dge", "lan"]


class Namer:
    """Filtered name pools with graceful fallback."""

    def __init__(self, listed, rng):
        self.rng = rng
        self.listed = listed
        self.pools = {}
        for cul, (m, f, fam) in CULTURES.items():
            pm = [x.replace("_", " ") for x in m if name_ok(x.replace("_", " "), listed)]
            pf = [x.replace("_", " ") for x in f if name_ok(x.replace("_", " "), listed)]
            pfam = [x.replace("_", " ") for x in fam if name_ok(x.replace("_", " "), listed)]
            if pfam and (pm or pf):
                self.pools[cul] = (pm, pf, pfam)
        self.nicks = [n for n in NICKNAMES if name_ok(n, listed)]
        self.synth = []
        if len(self.pools) < 3:
            seen = set()
            for a in SYL_A:
                for b in SYL_B:
                    for c in ("", "a", "o"):
                        cand = (a + b + c).capitalize()
                        if cand not in seen and name_ok(cand, listed):
                            seen.add(cand)
                            self.synth.append(cand)
            if len(self.synth) >= 4:
                half = len(self.synth) // 2
                self.pools["synthetic"] = (self.synth[:half], self.synth[:half], self.synth[half:])

    def culture(self, region):
        rng = self.rng
        prefs = [c for c in REGION_CULTURES[region] if c in self.pools]
        if prefs and rng.random() < 0.55:
            return rng.choice(prefs)
        return rng.choice(list(self.pools))

    def person(self, region, want=None):
        rng = self.rng
        cul = self.culture(region)
        if want:
            ok = [c for c in want if c in self.pools]
            if ok:
                cul = rng.choice(ok)
        pm, pf, pfam = self.pools[cul]
        sex = rng.choice("mf")
        if sex == "m" and not pm:
            sex = "f"
        if sex == "f" and not pf:
            sex = "m"
        given = rng.choice(pm if sex == "m" else pf)
        family = rng.choice(pfam)
        if cul == "indian_american":
            cands = [x for x in (pm if sex == "m" else pf) if x != given]
        elif rng.random() < 0.5:
            cands = [x for x in self.nicks if x != given]
        else:
            short = given.split("-")[0].split(" ")[0][:4]
            cands = [short] if len(given) > 5 and name_ok(short, self.listed) else []
        if not cands:
            cands = [x for x in self.nicks if x != given]
        nick = rng.choice(cands) if cands else given
        return {"g": given, "f": family, "cul": cul, "sex": sex, "nick": nick}


# --------------------------------------------------------------------------
# PII generators (region aware)
# --------------------------------------------------------------------------
def gen_phone(rng, region):
    d = lambda n: digits(rng, n)
    if region in ("US", "CA"):
        ac = rng.choice(["570", "208", "337", "918", "718", "937", "423", "509", "912", "559",
                         "717", "985", "218", "508", "404", "646"] if region == "US" else
                        ["514", "450", "506", "905", "604", "902", "819", "306", "403", "416",
                         "709", "418", "438"])
        ex = str(rng.randint(2, 9)) + d(2)
        ln = d(4)
        return rng.choice([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}",
                           f"+1 {ac} {ex} {ln}", f"1-{ac}-{ex}-{ln}", f"{ac}{ex}{ln}",
                           f"{ac} {ex} {ln}"])
    if region == "UK":
        mob = "07" + str(rng.randint(3, 9)) + d(2)
        return rng.choice([f"{mob} {d(6)}", f"+44 {mob[1:]} {d(6)}", f"{mob}{d(6)}",
                           f"020 {rng.randint(7, 8)}{d(3)} {d(4)}", f"0161 {d(3)} {d(4)}",
                           f"029 20{d(2)} {d(4)}", f"01872 {d(6)}", f"+44 (0)1792 {d(6)}",
                           f"01{rng.randint(2, 9)}{d(2)} {rng.randint(2, 9)}{d(5)}"])
    if region == "IE":
        mob = "08" + rng.choice("35679")
        return rng.choice([f"{mob} {d(3)} {d(4)}", f"+353 {mob[1:]} {d(3)} {d(4)}",
                           f"{mob}{d(7)}", f"01 {rng.randint(2, 9)}{d(2)} {d(4)}", f"021 4{d(2)} {d(4)}",
                           f"(091) 5{d(5)}", f"+353 1 {rng.randint(2, 9)}{d(2)} {d(4)}", f"066 7{d(2)} {d(4)}"])
    if region == "AU":
        mob = "04" + d(2)
        return rng.choice([f"{mob} {d(3)} {d(3)}", f"+61 {mob[1:]} {d(3)} {d(3)}",
                           f"{mob}{d(6)}", f"({rng.choice(['02', '03', '07', '08'])}) {rng.randint(2, 9)}{d(3)} {d(4)}",
                           f"0{rng.choice('2378')} {rng.randint(2, 9)}{d(3)} {d(4)}", f"+61 2 {rng.randint(2, 9)}{d(3)} {d(4)}",
                           f"04{d(2)}-{d(3)}-{d(3)}"])
    mob = rng.choice(["021", "022", "027", "029", "020"])
    return rng.choice([f"{mob} {d(3)} {d(4)}", f"+64 {mob[1:]} {d(3)} {d(4)}", f"{mob}{d(7)}",
                       f"({rng.choice(['09', '04', '03', '07', '06'])}) {rng.randint(2, 9)}{d(2)} {d(4)}",
                       f"09 {rng.randint(2, 9)}{d(2)} {d(4)}", f"+64 9 {rng.randint(2, 9)}{d(2)} {d(4)}", f"{mob}-{d(3)}-{d(4)}"])


CA_LET = "ABCEGHJKLMNPRSTVWXYZ"
UK_LET = "ABDEFGHJLNPQRSTUWXYZ"
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def gen_postcode(rng, region, town=None):
    if region == "US":
        t = town or rng.choice(US_TOWNS)
        z = t[2] + digits(rng, 5 - len(t[2]))
        if rng.random() < 0.45:
            z += "-" + digits(rng, 4)
        return z
    if region == "CA":
        t = town or rng.choice(CA_TOWNS)
        pc = f"{t[2]}{rng.choice(CA_LET)} {rng.randint(0, 9)}{rng.choice(CA_LET)}{rng.randint(0, 9)}"
        return pc if rng.random() < 0.8 else pc.replace(" ", "")
    if region == "UK":
        t = town or rng.choice(UK_TOWNS)
        pc = f"{t[1]}{rng.randint(1, 27)} {rng.randint(0, 9)}{rng.choice(UK_LET)}{rng.choice(UK_LET)}"
        return pc if rng.random() < 0.85 else pc.replace(" ", "")
    if region == "IE":
        t = town or rng.choice(IE_TOWNS)
        u = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(EIR_CH) for _ in range(3))
        return f"{t[2]} {u}" if rng.random() < 0.8 else f"{t[2]}{u}"
    if region == "AU":
        t = town or rng.choice(AU_TOWNS)
        return t[2]
    t = town or rng.choice(NZ_TOWNS)
    return t[2]


def gen_street(rng, region):
    num = str(rng.randint(1, 9999 if region == "US" else 480))
    st = rng.choice(STREETS[region])
    ty = rng.choice(STYPES[region])
    r = rng.random()
    if region == "US":
        dirn = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "sw "])
        unit = rng.choice(["", "", f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
                           f" apt {rng.randint(1, 400)}", f" #{rng.randint(100, 999)}",
                           f" Ste {rng.randint(100, 500)}", f" Unit {rng.randint(1, 40)}",
                           f" Lot {rng.randint(1, 90)}"])
        if r < 0.1:
            return rng.choice(["PO Box ", "P.O. Box ", "po box "]) + str(rng.randint(10, 9999))
        if r < 0.14:
            return f"{digits(rng, 4)} County Road {rng.randint(1, 900)}"
        return f"{num} {dirn}{st} {ty}{unit}"
    if region == "CA":
        if r < 0.1:
            return rng.choice(["PO Box ", "C.P. "]) + f"{rng.randint(10, 999)} Stn Main"
        if r < 0.3:
            return f"{num} {rng.choice(['rue', 'boul.', 'ch.', 'av.', 'rang'])} " \
                   f"{rng.choice(['Saint-Denis', 'des Érables', 'du Lac', 'Principale', 'Saint-Joseph', 'Notre-Dame'])}" + \
                   rng.choice(["", f", app. {rng.randint(1, 20)}", f" Est, app. {rng.randint(1, 9)}"])
        if r < 0.5:
            return f"{rng.randint(1, 40)}-{num} {st} {ty}"
        return rng.choice(["", f"unit {rng.randint(1, 40)} ", f"Suite {rng.randint(100, 900)}, "]) + f"{num} {st} {ty}"
    if region == "UK":
        if r < 0.08:
            return f"PO Box {rng.randint(100, 9999)}"
        if r < 0.2:
            return f"{rng.choice(['Rose Cottage', 'The Old Forge', 'Ty Gwyn', 'Chy an Mor', 'Bryn Awel', 'Hillside Farm'])}, {st} {ty}"
        pre = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, ", f"flat {rng.randint(1, 9)}{rng.choice('abc')} ",
                          f"{rng.randint(1, 9)}/{rng.randint(1, 4)} " if rng.random() < 0.3 else ""])
        return f"{pre}{num} {st} {ty}"
    if region == "IE":
        if r < 0.07:
            return f"PO Box {rng.randint(10, 999)}"
        if r < 0.3:
            return f"{rng.choice(['Apt', 'Apartment', 'apt'])} {rng.randint(1, 60)}, {st} {rng.choice(['Court', 'House', 'Hall', 'Quay'])}"
        if r < 0.45:
            return f"{rng.choice(['The Old Rectory', 'Knockmore', 'Carrig House', 'Cnoc na Gaoithe'])}, {st} {ty}"
        return f"{num} {st} {ty}"
    if region == "AU":
        if r < 0.08:
            return rng.choice(["PO Box ", "Locked Bag ", "GPO Box "]) + str(rng.randint(1, 9999))
        if r < 0.4:
            return f"{rng.randint(1, 30)}/{num} {st} {ty}"
        if r < 0.5:
            return f"Unit {rng.randint(1, 30)}, {num} {st} {ty}"
        if r < 0.55:
            return f"Lot {rng.randint(1, 300)} {st} {ty}"
        return f"{num} {st} {ty}"
    if r < 0.08:
        return rng.choice(["PO Box ", "Private Bag "]) + str(rng.randint(1, 9999))
    if r < 0.35:
        return f"{rng.randint(1, 20)}/{num} {st} {ty}"
    if r < 0.5:
        return f"Flat {rng.randint(1, 9)}, {num} {st} {ty}"
    if r < 0.6:
        return f"{num}{rng.choice('ABC')} {st} {ty}"
    if r < 0.65:
        return f"{digits(rng, 3)} {st} Road, RD {rng.randint(1, 9)}"
    return f"{num} {st} {ty}"


def gen_full_address(rng, region):
    """street address + town (~) + postcode in local order"""
    a = gen_street(rng, region)
    segs = [(a, "address")]
    if region == "US":
        t = rng.choice(US_TOWNS)
        segs += [(rng.choice([", ", " "]), "o"), (t[0], "~"), (rng.choice([", ", " "]) + t[1] + " ", "o"),
                 (gen_postcode(rng, region, t), "postcode")]
    elif region == "CA":
        t = rng.choice(CA_TOWNS)
        segs += [(", ", "o"), (t[0], "~"), (rng.choice([" ", ", "]) + t[1] + rng.choice(["  ", " "]), "o"),
                 (gen_postcode(rng, region, t), "postcode")]
    elif region == "UK":
        t = rng.choice(UK_TOWNS)
        segs += [(", ", "o"), (t[0], "~"), (rng.choice([" ", ", "]), "o"),
                 (gen_postcode(rng, region, t), "postcode")]
    elif region == "IE":
        t = rng.choice(IE_TOWNS)
        mid = (", " + t[1] + " ") if t[1] else rng.choice([", ", " "])
        segs += [(", ", "o"), (t[0], "~"), (mid, "o"), (gen_postcode(rng, region, t), "postcode")]
    elif region == "AU":
        t = rng.choice(AU_TOWNS)
        segs += [(rng.choice([", ", " "]), "o"), (t[0], "~"), (" " + t[1] + " ", "o"),
                 (gen_postcode(rng, region, t), "postcode")]
    else:
        t = rng.choice(NZ_TOWNS)
        segs += [(", ", "o"), (t[0], "~")]
        if t[1]:
            segs += [(", ", "o"), (t[1], "~")]
        segs += [(" ", "o"), (gen_postcode(rng, region, t), "postcode")]
    return segs


def gen_card(rng):
    kind = rng.random()
    if kind < 0.45:
        pre = rng.choice(["4", "4539", "4716", "4485"])
        ln = 16
    elif kind < 0.75:
        pre = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        ln = 16
    elif kind < 0.9:
        pre = rng.choice(["34", "37"])
        ln = 15
    else:
        pre = "6011"
        ln = 16
    body = pre + digits(rng, ln - 1 - len(pre))
    num = body + luhn_digit(body)
    last4 = num[-4:]
    m = rng.random()
    if m < 0.4:
        if ln == 15:
            sep = rng.choice([" ", "-", ""])
            return sep.join([num[:4], num[4:10], num[10:]])
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return rng.choice([f"**** **** **** {last4}", f"XXXX XXXX XXXX {last4}",
                       f"xxxx-xxxx-xxxx-{last4}", f"************{last4}",
                       f"{num[:4]} **** **** {last4}", f"{num[:6]}******{last4}",
                       f"****{last4}", f"xxxx{last4}", f"**** {last4}"])


def iban(rng, cc):
    if cc == "GB":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ", "SRLG"])
    else:
        bank = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"])
    bban = bank + digits(rng, 6) + digits(rng, 8)
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = f"{cc}{chk:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def nhs_number(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def sin_number(rng):
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digits(rng, 7)
    n = body + luhn_digit(body)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def medicare_au(rng):
    d = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(a * b for a, b in zip(d, w)) % 10
    n = "".join(map(str, d)) + str(c) + str(rng.randint(1, 9))
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n, f"{n[:4]} {n[4:9]} {n[9]}-{rng.randint(1, 5)}"])


def mbi(rng):
    L = "ACDEFGHJKMNPQRTUVWXY"
    an = L + "0123456789"
    s = (str(rng.randint(1, 9)) + rng.choice(L) + rng.choice(an) + str(rng.randint(0, 9)) +
         rng.choice(L) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(L) + rng.choice(L) +
         str(rng.randint(0, 9)) + str(rng.randint(0, 9)))
    return s if rng.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def ppsn(rng):
    d = digits(rng, 7)
    r = sum(int(x) * (8 - i) for i, x in enumerate(d)) % 23
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[r] + rng.choice(["", "", "A", "W"])


def nino(rng):
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    n = digits(rng, 6)
    s = rng.choice("ABCD")
    return rng.choice([f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {s}", f"{a}{b}{n}{s}"])


def ssn(rng):
    area = rng.randint(1, 899)
    if area == 666:
        area = 667
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def gen_natid(rng, region, person=None):
    """(cue, value) for a national id / licence / passport in the local format"""
    d = lambda n: digits(rng, n)
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    if region == "US":
        c = rng.randint(0, 5)
        if c == 0:
            return rng.choice(["ssn last 4 ", "last 4 of ssn ", "L4SSN ", "ss last four "]), d(4)
        if c == 1:
            return rng.choice(["SSN ", "ssn ", "social "]), ssn(rng)
        if c == 2:
            return rng.choice(["ssn ", "SSN on file "]), f"***-**-{d(4)}"
        if c == 3:
            return rng.choice(["medicare mbi ", "MBI ", "medicare id "]), mbi(rng)
        if c == 4:
            return rng.choice(["DL# ", "drivers lic ", "DL "]), rng.choice(
                [up(1) + d(7), f"{up(1)}{d(3)}-{d(4)}-{d(4)}", d(9), f"{up(1)}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}"])
        return rng.choice(["passport ", "US passport no. "]), rng.choice([d(9), up(1) + d(8)])
    if region == "CA":
        c = rng.randint(0, 3)
        if c == 0:
            return rng.choice(["SIN ", "sin ", "NAS ", "social insurance no "]), sin_number(rng)
        if c == 1:
            return rng.choice(["OHIP ", "health card ", "ohip# "]), f"{d(4)}-{d(3)}-{d(3)}-{up(2)}"
        if c == 2:
            return rng.choice(["RAMQ ", "carte soleil "]), f"{up(4)} {d(4)} {d(4)}"
        return rng.choice(["DL ", "licence ", "passport "]), rng.choice(
            [f"{up(1)}{d(4)}-{d(5)}-{d(5)}", up(2) + d(6)])
    if region == "UK":
        c = rng.randint(0, 3)
        if c == 0:
            return rng.choice(["NHS no ", "nhs number ", "NHS# ", "nhs no. "]), nhs_number(rng)
        if c == 1:
            return rng.choice(["NI no ", "NINO ", "ni number ", "national insurance "]), nino(rng)
        if c == 2:
            sur = asciiname(person["f"]).upper() if person else up(5)
            sur = (sur + "99999")[:5]
            return rng.choice(["driving licence ", "DVLA licence ", "licence no "]), \
                f"{sur}{d(6)}{up(2)}{d(1)}{up(2)}"
        return rng.choice(["passport ", "passport no "]), d(9)
    if region == "IE":
        c = rng.randint(0, 2)
        if c == 0:
            return rng.choice(["PPSN ", "pps no ", "PPS number ", "pps "]), ppsn(rng)
        if c == 1:
            return rng.choice(["passport ", "passport no "]), up(2) + d(7)
        return rng.choice(["licence no ", "driving licence "]), f"{d(3)}{d(3)}{d(3)}"
    if region == "AU":
        c = rng.randint(0, 3)
        if c == 0:
            return rng.choice(["medicare ", "Medicare no ", "medicare card "]), medicare_au(rng)
        if c == 1:
            return rng.choice(["TFN ", "tfn "]), rng.choice([f"{d(3)} {d(3)} {d(3)}", d(9)])
        if c == 2:
            return rng.choice(["CRN ", "centrelink crn "]), f"{d(3)} {d(3)} {d(3)}{up(1)}"
        return rng.choice(["licence ", "lic no ", "passport "]), rng.choice([d(8), d(10), up(2) + d(7)])
    c = rng.randint(0, 2)
    if c == 0:
        n = d(8) if rng.random() < 0.5 else d(9)
        return rng.choice(["IRD ", "ird no ", "IRD number "]), rng.choice([f"{n[:-6]}-{n[-6:-3]}-{n[-3:]}", n])
    if c == 1:
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return rng.choice(["NHI ", "nhi "]), rng.choice(
            ["".join(rng.choice(L) for _ in range(3)) + d(4),
             "".join(rng.choice(L) for _ in range(3)) + d(2) + "".join(rng.choice(L) for _ in range(2))])
    return rng.choice(["licence ", "DL no ", "passport "]), up(2) + d(6)


def gen_acct(rng):
    d = lambda n: digits(rng, n)
    return rng.choice([d(10), f"{d(4)} {d(4)} {d(2)}", f"{d(3)}-{d(3)}-{d(4)}", d(9),
                       f"{d(2)}-{d(2)}-{d(2)} {d(8)}", "ACC" + d(7), f"8{d(3)} {d(4)} {d(4)} {d(4)}"])


def gen_order(rng):
    d = lambda n: digits(rng, n)
    return rng.choice([f"{d(3)}-{d(7)}-{d(7)}", "W" + d(9), "ORD-" + d(6), "#" + d(8),
                       "SO-" + d(6), f"{d(4)}-{d(4)}", "BBY01-" + d(12), "HD" + d(8)])


def gen_ticket(rng):
    d = lambda n: digits(rng, n)
    return rng.choice(["INC00" + d(5), "CS-" + d(8), "TKT-" + d(6), "SR 1-" + d(7),
                       "CRM-" + d(7), d(8), "CASE-" + d(6), "#" + d(7), "REQ" + d(7)])


def gen_booking(rng):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice(["".join(rng.choice(L) for _ in range(6)), "H" + digits(rng, 8),
                       "BK-" + digits(rng, 7), digits(rng, 10)])


def gen_policy(rng):
    d = lambda n: digits(rng, n)
    return rng.choice([f"POL-{d(5)}-{rng.choice('ABCDX')}", f"HM {d(4)} {d(4)}", "PLY" + d(8),
                       f"{d(3)}-{d(4)}-{d(3)}", "MOT" + d(7), f"CLM-{d(4)}-{d(5)}"])


def gen_meter(rng, region):
    d = lambda n: digits(rng, n)
    if region == "UK":
        return rng.choice([f"{d(2)} {d(4)} {d(4)} {d(3)}", d(13), "MSN " + d(2) + "E" + d(7)])
    if region == "IE":
        return "10" + d(9) if rng.random() < 0.5 else f"10 {d(3)} {d(3)} {d(3)}"
    if region == "AU":
        return rng.choice(["41" + d(8), "6" + d(9), f"QB{d(8)}"])
    if region == "NZ":
        return f"{d(10)}{rng.choice(['UN', 'CK', 'WE'])}{d(3)}"
    return rng.choice([f"1-{d(3)}-{d(3)}-{d(3)}", d(9), "ESI " + "1" + d(16)])


def gen_tracking(rng, region):
    d = lambda n: digits(rng, n)
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    if region == "US":
        return rng.choice(["1Z" + up(3) + d(3) + d(10), f"9400 {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}", d(12)])
    if region == "CA":
        return rng.choice([d(16), up(2) + d(9) + "CA"])
    if region == "UK":
        return rng.choice([up(2) + d(9) + "GB", "H" + d(15), d(14)])
    if region == "IE":
        return rng.choice([up(2) + d(9) + "IE", d(14)])
    if region == "AU":
        return rng.choice(["33" + up(3) + d(9), up(2) + d(9) + "AU"])
    return rng.choice([up(2) + d(9) + "NZ", "00" + d(20)])


def gen_user(rng, p):
    g = asciiname(p["g"]) if p else rng.choice(HANDLE_WORDS)
    f = asciiname(p["f"]) if p else ""
    return rng.choice([f"{g}_{f[:1]}{rng.randint(10, 99)}", f"{rng.choice(HANDLE_WORDS)}{rng.randint(1, 2009)}",
                       f"{g}{f}", f"{f}.{g[:1]}", f"xX{rng.choice(HANDLE_WORDS).capitalize()}Xx",
                       f"{g[:3]}{f[:4]}{rng.randint(1, 99)}", f"{rng.choice(HANDLE_WORDS)}_{g}"])


def gen_email(rng, region, p):
    dom = rng.choice(EMAIL_DOMAINS[region])
    g, f = asciiname(p["g"]), asciiname(p["f"])
    local = rng.choice([f"{g}.{f}", f"{g[:1]}{f}{rng.randint(1, 99)}", f"{f}{g[:1]}",
                        f"{g}{rng.randint(60, 99)}", f"{g}_{f}", f"{rng.choice(HANDLE_WORDS)}{rng.randint(1, 999)}",
                        f"{f}.family", f"{g}.{f}{rng.randint(1, 9)}"])
    e = f"{local}@{dom}"
    return e if rng.random() < 0.85 else e.capitalize()


def gen_url(rng, p):
    g, f = asciiname(p["g"]), asciiname(p["f"])
    return rng.choice([
        f"facebook.com/{g}.{f}.{rng.randint(1, 99)}",
        f"https://www.facebook.com/profile.php?id=1000{digits(rng, 11)}",
        f"https://www.linkedin.com/in/{g}-{f}-{digits(rng, 3)}a{digits(rng, 2)}",
        f"instagram.com/{g}_{f}",
        f"https://www.tiktok.com/@{g}{f[:3]}{rng.randint(1, 99)}",
        f"https://x.com/{g}{f}",
        f"https://myaccount.example-telco.com/customer/{digits(rng, 8)}",
        f"https://www.ebay.co.uk/usr/{g}{f}{rng.randint(1, 99)}",
        f"https://www.etsy.com/shop/{g.capitalize()}{f.capitalize()}Makes",
        f"https://portal.mybill.co.nz/acct/{digits(rng, 9)}",
        f"www.{f}{g}.com.au",
        f"https://github.com/{g}{f[:2]}",
    ])


def gen_ip(rng):
    if rng.random() < 0.85:
        return ".".join(str(x) for x in [rng.choice([24, 49, 58, 67, 73, 86, 92, 101, 109, 121,
                                                       142, 151, 174, 184, 203, 212]),
                                          rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)])
    return f"2a02:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xfff):x}"


def gen_dob(rng, region):
    y = rng.randint(1931, 2006)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    yy = f"{y % 100:02d}"
    ordn = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th")
    us = region == "US"
    forms = [f"{m:02d}/{dd:02d}/{y}" if us else f"{dd:02d}/{m:02d}/{y}",
             f"{m}/{dd}/{yy}" if us else f"{dd}/{m}/{yy}",
             f"{y}-{m:02d}-{dd:02d}",
             f"{dd} {MON3[m - 1]} {y}", f"{MONTHS[m - 1]} {dd}, {y}", f"{dd}{ordn} {MONTHS[m - 1].lower()} {yy}",
             f"{dd}.{m:02d}.{y}", f"{MON3[m - 1].lower()} {dd} {y}", f"{dd}-{MON3[m - 1]}-{yy}"]
    return rng.choice(forms)


# --------------------------------------------------------------------------
# Note context + placeholder generators
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, namer, region):
        self.rng = rng
        self.namer = namer
        self.region = region
        self.people = {}

    def p(self, k, want=None):
        if k not in self.people:
            self.people[k] = self.namer.person(self.region, want)
        return self.people[k]


def name_form(ctx, p, style=None):
    rng = ctx.rng
    g, f = p["g"], p["f"]
    titles = TITLES_M if p["sex"] == "m" else TITLES_F
    special = {"Monsieur", "Madame", "Mme", "Rabbi", "Fr", "Sr"}
    if p["cul"] in ("quebecois_cajun", "acadian"):
        titles = titles + ["Monsieur", "Madame", "Mme", "M."] if rng.random() < 0.5 else titles
    keep = {"Rabbi"} if p["cul"] == "jewish_american" else set()
    if p["cul"] in ("irish_scottish", "italian_american", "filipino", "quebecois_cajun", "acadian"):
        keep |= {"Fr", "Sr"}
    if p["cul"] in ("quebecois_cajun", "acadian"):
        keep |= {"Monsieur", "Madame", "Mme", "M."}
    titles = [t for t in titles if t not in special or t in keep]
    if p["sex"] == "m":
        titles = [t for t in titles if t != "M."] if p["cul"] not in ("quebecois_cajun", "acadian") else titles
    else:
        titles = [t for t in titles if t != "M."]
    if style is None:
        style = rng.choices(
            ["full", "given", "title_fam", "title_full", "crm", "crm_lower", "suffix",
             "nick_mid", "fam", "fam_first", "initial", "title_after", "crm_title"],
            [26, 16, 11, 5, 9, 4, 3, 3, 4, 7 if p["cul"] in EAST_ASIAN else 1, 3, 3, 3])[0]
    if style == "full":
        return [(f"{g} {f}", "name")]
    if style == "given":
        return [(g, "name")]
    if style == "title_fam":
        return [(rng.choice(titles) + " ", "o"), (f, "name")]
    if style == "title_full":
        return [(rng.choice(titles) + " ", "o"), (f"{g} {f}", "name")]
    if style == "crm":
        return [(f.upper() if rng.random() < 0.7 else f, "name"), (rng.choice([", ", ",", " , "]), "o"), (g, "name")]
    if style == "crm_lower":
        return [(f.lower(), "name"), (", ", "o"), (g.lower(), "name")]
    if style == "suffix" and p["sex"] == "f":
        style = "full"
    if style == "full":
        return [(f"{g} {f}", "name")]
    if style == "suffix":
        return [(f"{g} {f}", "name"), (" " + rng.choice(SUFFIXES), "o")]
    if style == "nick_mid":
        return [(g, "name"), (' "', "o"), (p["nick"], "name"), ('" ', "o"), (f, "name")]
    if style == "fam":
        return [(f, "name")]
    if style == "title_after":
        return [(f"{g} {f}", "name"), (rng.choice([" (" + rng.choice(titles).rstrip(".") + ")", ", Dr", " MD",
                                                  " PhD", " Esq.", " RN", " (Dr.)"]), "o")]
    if style == "crm_title":
        return [(f.upper(), "name"), (", ", "o"), (g, "name"), (" (" + rng.choice(titles) + ")", "o")]
    if style == "fam_first":
        return [(f"{f} {g}", "name")]
    return [(f"{g[0]}. {f}" if rng.random() < 0.5 else f"{g[0]} {f}", "name")]


def colleague(ctx, k):
    rng = ctx.rng
    p = ctx.p(k)
    r = rng.random()
    if r < 0.65:
        return [(p["g"], "name")]
    if r < 0.85:
        return [(f"{p['g']} {p['f'][0]}", "name")]
    return [(f"{p['g']} {p['f']}", "name")]


def _seg(v, lab):
    return [(v, lab)]


def build_gens():
    G = {}
    G["N"] = lambda c: name_form(c, c.p("p1"))
    G["NF"] = lambda c: name_form(c, c.p("p1"), "full")
    G["NG"] = lambda c: name_form(c, c.p("p1"), c.rng.choice(["given", "given", "full"]))
    G["NT"] = lambda c: name_form(c, c.p("p1"), c.rng.choice(["title_fam", "title_fam", "title_full"]))
    G["NC"] = lambda c: name_form(c, c.p("p1"), c.rng.choice(["crm", "crm", "crm_lower"]))
    G["NFF"] = lambda c: name_form(c, c.p("p1", sorted(EAST_ASIAN)), "fam_first")
    G["NICK"] = lambda c: [(c.p("p1")["nick"], "name")]
    G["N2"] = lambda c: name_form(c, c.p("p2"), c.rng.choice(["full", "given", "title_fam", "full"]))
    G["PRO"] = lambda c: [("he" if c.p("p1")["sex"] == "m" else "she", "o")]
    G["POS"] = lambda c: [("his" if c.p("p1")["sex"] == "m" else "her", "o")]
    G["OBJ"] = lambda c: [("him" if c.p("p1")["sex"] == "m" else "her", "o")]
    G["N2G"] = lambda c: [(c.p("p2")["g"], "name")]
    G["COL"] = lambda c: colleague(c, "c1")
    G["COL2"] = lambda c: colleague(c, "c2")
    G["PH"] = lambda c: _seg(gen_phone(c.rng, c.region), "phone")
    G["EM"] = lambda c: _seg(gen_email(c.rng, c.region, c.p("p1")), "email")
    G["CARD"] = lambda c: _seg(gen_card(c.rng), "card")
    G["CARD4"] = lambda c: _seg(digits(c.rng, 4), "card")
    G["FULLADDR"] = lambda c: gen_full_address(c.rng, c.region)
    G["ADDR"] = lambda c: _seg(gen_street(c.rng, c.region), "address")
    G["PC"] = lambda c: _seg(gen_postcode(c.rng, c.region), "postcode")
    G["PCQ"] = lambda c: [({"US": c.rng.choice(["zip ", "ZIP ", "zip code "]),
                            "CA": c.rng.choice(["postal code ", "postal ", "code postal "]),
                            "UK": c.rng.choice(["postcode ", "post code ", "pc "]),
                            "IE": c.rng.choice(["eircode ", "Eircode "]),
                            "AU": c.rng.choice(["postcode ", "pcode "]),
                            "NZ": c.rng.choice(["postcode ", "post code "])}[c.region], "o"),
                          (gen_postcode(c.rng, c.region), "postcode")]
    G["IP"] = lambda c: _seg(gen_ip(c.rng), "ip")
    G["URL"] = lambda c: _seg(gen_url(c.rng, c.p("p1")), "url")
    G["IBAN"] = lambda c: _seg(iban(c.rng, "IE" if c.region == "IE" else "GB"), "iban")
    G["DOB"] = lambda c: _seg(gen_dob(c.rng, c.region), "dob")

    def natid(c):
        cue, v = gen_natid(c.rng, c.region, c.p("p1"))
        return [(cue, "o"), (v, "id")]
    G["NATID"] = natid
    G["ACCT"] = lambda c: _seg(gen_acct(c.rng), "id")
    G["ORDER"] = lambda c: _seg(gen_order(c.rng), "id")
    G["TICKET"] = lambda c: _seg(gen_ticket(c.rng), "id")
    G["BOOK"] = lambda c: _seg(gen_booking(c.rng), "id")
    G["POL"] = lambda c: _seg(gen_policy(c.rng), "id")
    G["METER"] = lambda c: _seg(gen_meter(c.rng, c.region), "id")
    G["TRACK"] = lambda c: _seg(gen_tracking(c.rng, c.region), "id")
    G["USER"] = lambda c: _seg(gen_user(c.rng, c.p("p1") if c.rng.random() < 0.6 else None), "id")

    def anyid(c):
        r = c.rng
        k = r.randint(0, 6)
        if k == 0:
            return [(r.choice(["acct ", "account ", "a/c ", "acct# ", "BAN "]), "o"), (gen_acct(r), "id")]
        if k == 1:
            return [(r.choice(["order ", "order# ", "ord "]), "o"), (gen_order(r), "id")]
        if k == 2:
            return [(r.choice(["ticket ", "case ", "ref "]), "o"), (gen_ticket(r), "id")]
        if k == 3:
            return [(r.choice(["booking ref ", "pnr ", "conf# "]), "o"), (gen_booking(r), "id")]
        if k == 4:
            return [(r.choice(["policy ", "policy no. ", "claim "]), "o"), (gen_policy(r), "id")]
        if k == 5:
            return [(r.choice(["tracking ", "trk ", "con note "]), "o"), (gen_tracking(r, c.region), "id")]
        return [(r.choice(["username ", "user id ", "login "]), "o"), (gen_user(r, c.p("p1")), "id")]
    G["ANYID"] = anyid

    # clean fillers
    for k, vals in F.items():
        G[k] = (lambda vs: (lambda c: [(c.rng.choice(vs), "o")]))(vals)
    G["TEL2"] = G["TEL"]
    G["STREAM2"] = G["STREAM"]
    G["BRAND"] = lambda c: [(c.rng.choice(F[c.rng.choice(["TEL", "STORE", "BANK", "INSURER", "UTIL",
                                                            "AIRLINE", "COURIER", "SAAS", "STREAM"])]), "o")]
    G["BRAND2"] = G["BRAND"]
    G["CITY2"] = G["CITY"]
    G["PLAN2"] = G["PLAN"]
    G["CUR"] = lambda c: [({"US": "$", "CA": "$", "UK": "£", "IE": "€", "AU": "$", "NZ": "$"}[c.region], "o")]

    def amt(c):
        r = c.rng
        local = {"US": ["$", "USD "], "CA": ["$", "CA$", "CAD "], "UK": ["£", "GBP "], "IE": ["€", "EUR "],
                 "AU": ["$", "A$", "AUD "], "NZ": ["$", "NZ$", "NZD "]}[c.region]
        cur = r.choice(local) if r.random() < 0.85 else r.choice(["$", "£", "€", "A$", "NZ$", "CA$"])
        v = r.choice([f"{r.randint(5, 300)}.{r.randint(0, 99):02d}", str(r.randint(5, 400)),
                      f"{r.randint(1, 60)}.{r.randint(0, 99):02d}", str(r.randint(10, 99)) + ".00",
                      f"{r.randint(1, 2)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}" if r.random() < 0.3 else "20"])
        return [(cur + v if r.random() < 0.85 else v + r.choice([" bucks", " quid", " dollars", " euro"]), "o")]
    G["AMT"] = amt

    def tm(c):
        r = c.rng
        return [(r.choice([f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45', '05', '50'])}{r.choice(['pm', 'am', ' PM', 'AM'])}",
                           f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}", f"{r.randint(1, 11)}{r.choice(['am', 'pm'])}",
                           "noon", "close of business"]), "o")]
    G["TIME"] = tm
    G["TIME2"] = tm
    G["DUR"] = lambda c: [(c.rng.choice([f"{c.rng.randint(2, 59)} mins", f"{c.rng.randint(2, 40)}min",
                                         f"{c.rng.randint(1, 3)} hrs", "under 10 min", "half an hour",
                                         f"{c.rng.randint(3, 20)} minutes", f"{c.rng.randint(1, 5)}h"]), "o")]

    def date(c):
        r = c.rng
        m = r.randint(1, 12)
        dd = r.randint(1, 28)
        return [(r.choice([f"{MON3[m - 1]} {dd}", f"{dd} {MONTHS[m - 1]}", f"{m}/{dd}", f"{dd}/{m}",
                           r.choice(WEEKDAYS), "tmrw", "next " + r.choice(WEEKDAYS), f"the {dd}th",
                           "today", "end of month", f"{MON3[m - 1].lower()} {dd}"]), "o")]
    G["DATE"] = date
    G["NUM"] = lambda c: [(str(c.rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 40, 60, 120])), "o")]
    G["PCT"] = lambda c: [(f"{c.rng.randint(61, 99)}%", "o")]
    G["FLIGHT"] = lambda c: [(c.rng.choice(FLIGHT_PREFIX) + str(c.rng.randint(1, 2999)), "o")]
    G["KB"] = lambda c: [(c.rng.choice(["KB", "KBA", "article "]) + str(c.rng.randint(100, 9999)), "o")]
    return G


GENS = build_gens()

# --------------------------------------------------------------------------
# Templates.  {X} placeholder, [a|b|c] random choice (may nest placeholders).
# A leading "UKIE:" restricts the region.
# --------------------------------------------------------------------------
PII_TEMPLATES = [
    "[cust|cx|caller|customer] {N} called in re {TEL} bill shock, {AMT} roaming charge reversed, [happy|stoked|v happy] now {SHORT}",
    "[cx|cust] {N} was [really |super |]upset the {DEV} wouldnt pair, walked [them|{OBJ}] thru it in {DUR} and got 5 stars",
    "Huge thanks to {COL} from billing for helping {N} get {AMT} back on acct {ACCT}",
    "{N}'s {COURIER} parcel ({TRACK}) was stuck in {CITY}, rerouted and delivered {DATE}",
    "verified cx via dob {DOB} and {NATID}, unlocked the account, cx said we're the best {SHORT}",
    "{NC} - policy {POL} - claim approved same day, customer [cried happy tears|was so relieved|said thank u x10]",
    "spoke to {NT} on {PH}, booked engineer for {DATE} {TIME}, fibre now live {SHORT}",
    "updated address to {FULLADDR} for {N}, {STORE} order {ORDER} redirected no fee",
    "@{COL} ty for the warm xfer, {N} is sorted, {PLAN} applied from next cycle",
    "cx {NF} emailed from {EM} asking to cancel, offered {PLAN} at {AMT}/mo and {PRO} stayed {SHORT}",
    "{N} and {N2} both on the call (joint acct), added {N2G} as authorised user, {JARG}",
    "caller gave {NATID} for the billing query, {N} [happy|thrilled|relieved] that invoice was waived",
    "{NATID} verified for {N} in {CITY}, {BANK} card reissued, [they said merci beaucoup|very grateful|no complaints]",
    "refund to card {CARD} for {N}, {AMT} processed, eta 3-5 bd {SHORT}",
    "login from {IP} flagged by {TEAM}, confirmed it was {NG} on holiday in {CITY}, unblocked",
    "{N} sent {POS} profile {URL} to prove the listing was theirs, trust & safety cleared it",
    "UKIE:dd moved to {IBAN} for {NT}, first pmt {DATE}, late fee waived {SHORT}",
    "cust {NG} [born|b.] {DOB} wanted to check {POS} pension deposit with {BANK}, all good",
    "ticket {TICKET}: {N} waited {DUR} on hold but was lovely, escalated to {TEAM}, resolved",
    "shoutout to {COL} and {COL2} in {TEAM} for saving {N}'s {PLAN} renewal",
    "{NT} rang from {PH} very annoyed re meter {METER}, read was wrong, rebilled {AMT} cr",
    "cx goes by \"{NICK}\", legal name {NF}, updated preferred name on file {JARG}",
    "booking {BOOK} for {N} on {AIRLINE} {FLIGHT} rebooked after cancel, got {OBJ} home to {CITY}",
    "mailed replacement {DEV} to {FULLADDR} for {N}, tracking {TRACK}",
    "gamertag {USER} recovered for {N}, {GAME} progress restored, kid was over the moon",
    "username {USER} reset for {N}, 2fa moved to new number {PH}",
    "{NATID} on file for {N}, travel policy {POL} updated, {SHORT}",
    "[quote|renewal] for {NT}: {INSURER} beat last year by {AMT}, {NATID} checked",
    "{NFF} (family name first per cx) asked for statements in [Cantonese|Mandarin|Korean|Vietnamese], arranged w {TEAM}",
    "cust {N} and [his wife|her husband|their son|their daughter|her mum] {N2G} rang back to say thanks, acct {ACCT}",
    "{N} absolutely thrilled w the {DEV} swap {JARG}",
    "{NC} acct {ACCT} {PCQ} verified, autopay on, bal {AMT} cleared",
    "{PCQ} check ok for {N}, fibre upgrade booked {DATE} {SHORT}",
    "{NT} from the clinic called re {N2}'s bill, {AMT} written off after review by {TEAM}",
    "thanks to {COL} ({TEAM}) for jumping on {N}'s outage, {TEL} fix in {DUR}",
    "esc by {COL}: {N} {PH} {EM} wants callback after {TIME}",
    "cx {NG} said {POS} [son|daughter|grandson] {N2G} set up {STREAM} under {EM}, merged accts, sorted",
    "tech visit done at {FULLADDR}, {N} says wifi finally reaches the back bedroom",
    "{NATID} and dob {DOB} confirmed, {N} refund query closed {SHORT}",
    "{N} called about order {ORDER} at {STORE} {CITY}, refund {AMT} to card ending {CARD4}",
    "cust was {NT} - super polite, shared screen, fixed {SAAS} sso, ticket {TICKET}",
    "{N} dob {DOB} addr {ADDR} {PCQ} all matched kba, unlocked",
    "spoke w {N} re {PLAN}, {PRO} asked we only contact on {EM} or {PH}",
    "cx {NG} says ty to {COL} lol, [absolute legend|star|hero]",
    "{N} {PH} - {ANYID} - {JARG}",
    "date of birth {DOB} matched for {NC}, {HEALTH} claim {POL} paid direct to provider",
    "new sim posted to {FULLADDR}, {N} port-in from {TEL} done in {DUR}",
    "chatted w {NG} [via chat|on webchat|in the {APP} chat], {POS} {ANYID} was locked, reset + {AMT} goodwill",
    "{COL} on {TEAM} saved {N} from cancelling, {AMT} credit + free {STREAM} for 6 months",
    "cx {N} d.o.b {DOB} ph {PH} em {EM} wants paper bills to {FULLADDR}",
    "pls note {N2} is poa for {NT}, docs on file, {ANYID} {JARG}",
    "{N} (prefers {NICK}) got the {DEV} at {STORE}, activation stuck, fixed w {COL}",
    "paypal dispute closed for {N}, ip {IP}, device id matched, {AMT} returned",
    "birthday {DOB} on file didnt match for {NF}, corrected after {NATID} check, {SHORT}",
    "lovely chat w {N} from {CITY}, new plan {PLAN}, {ANYID}",
    "{NT} sent docs from {EM}, {ANYID}, {UTIL} hardship approved {AMT} off",
    "{NC} / {ANYID} / {PH} / callback {DATE} {TIME}",
    "marketplace seller {N} linked {URL} as [their|the] shop, verified + payout released {AMT}",
    "cx flagged fake acct impersonating [her|him|them] at {URL}, {TEAM} took it down in {DUR}",
    "card {CARD} declined at {STORE} for {NG}, fraud hold lifted after otp to {PH}",
    "replacement card ending {CARD4} activated for {N}, old card {CARD} cancelled {SHORT}",
    "{NT} paid {AMT} by card {CARD}, receipt sent to {EM}",
    "session from {IP} + {IP} on {NG}'s {SAAS} tenant, mfa reset, {JARG}",
    "reached out to {N} on {PH} after the {DATE} outage, {AMT} credit applied {SHORT}",
    "big thanks {COL}!! {N} wrote in saying [you|u] made [her|his|their] week",
    "\"{NG}\" was the nicest caller today, {TEL} bill down {AMT}/mo",
    "win for {COL}: {NC} stayed after {TEL2} offered cheaper, matched w {PLAN}",
    "{NF}, {NATID}, {ANYID}, moved to {FULLADDR}",
    "spoke to [the account holder's|the cx's] [daughter|son|carer] {N2}, confirmed consent on file for {N} {JARG}",
    "[legend|star] {COL} {COL2}: {N} nearly lost {POS} {GAME} acct, {USER} restored",
    "UKIE:refund of {AMT} sent to iban {IBAN} for {N}, {BANK} confirmed receipt {SHORT}",
    "UKIE:{NC} changed bank details to {IBAN}, {UTIL} direct debit re-set, {JARG}",
    "@{COL} cx {N} on hold line 3 needs t2, kba done, pls grab when free ty",
    "fyi {COL} - {N}'s cb moved to {TIME} on {PH}, dont lvm pls",
    "tl {COL} approved {AMT} goodwill for {NC} re {ANYID}, dispo'd as resolved",
    "hey {COL} can u check if {NG} from this am got the {STORE} refund? {ANYID}",
    "return label emailed to {EM} for {N}, {COURIER} pickup from {FULLADDR} {DATE}",
]

CLEAN_TEMPLATES = [
    "{TEL} outage in {CITY} cleared by {TEAM}, {NUM} callbacks done before {TIME}, {SHORT}",
    "{QUEUE} queue was {NUM} deep at {TIME}, we cleared it by lunch, aht down to {DUR}",
    "cx upgraded to {DEV} on {PLAN}, saves {AMT} vs {TEL2}, {JARG}",
    "store pickup at {STORE} {SUBURB} worked perfectly, order ready in {DUR}",
    "{STREAM} + {STREAM2} bundle explained, cx kept the {SHOW} watchlist, no churn {SHORT}",
    "helped a caller get {GAME} running on {CONSOLE} after the {DATE} patch",
    "{AIRLINE} flight {FLIGHT} out of {AIRPORT} delayed {DUR}, rebooked on the next one + {AMT} voucher",
    "{COURIER} depot in {CITY} had the parcel, redelivery {DATE} between {TIME} and {TIME2}",
    "csat {PCT} this week for {TEAM}, nps up {NUM} pts {SHORT}",
    "{BANK} card dispute closed in the customer's favour, {AMT} credited, no esc needed",
    "fixed {APP} login loop on {DEV} by clearing cache, {KB} updated",
    "{UTIL} hardship plan set up, {AMT} off next bill, cx very relieved",
    "{SAAS} sso issue for a {NUM}-seat customer sorted with {TEAM}, {JARG}",
    "cx was raging abt the {TEL} bill lol but left happy {SHORT} {JARG}",
    "{INSURER} home claim for storm damage in {SUBURB} approved on the same call",
    "moved cx from {PLAN} to {PLAN2}, saves {AMT}/mo and includes {STREAM}",
    "{DEV} ({MODEL}) rma approved, swap ships from the {CITY} warehouse {DATE}",
    "Thank you to the whole of {TEAM} for covering {QUEUE} during the {SHOW} finale rush",
    "{NUM} x {DEV} ordered for a small biz in {CITY}, delivered via {COURIER} {DATE}",
    "got a dsat overturned, cx rang back to say {BRAND} was great after all",
    "price match vs {STORE} on the {DEV}, {AMT} refunded, cx will shop with us again",
    "{CITY} to {CITY2} on {AIRLINE}, bags found at {AIRPORT} and couriered out {DATE}",
    "cx's kid spent {AMT} on {GAME} on the {CONSOLE}, one-off courtesy refund ok'd by TL",
    "wfm moved {NUM} agents to {QUEUE} at {TIME}, sl back to {PCT} by {TIME2}",
    "{TEL} fibre fault in {SUBURB} fixed, tech onsite {DATE}, speeds now {NUM}0 mbps",
    "qa scored {PCT} on my {BRAND} call, TL said great empathy {SHORT}",
    "cx wanted {STREAM} on the {DEV}, talked them thru it, {SHOW} playing in {DUR}",
    "{STORE} gift card balance of {AMT} restored after the system glitch",
    "Smart meter install confirmed with {UTIL} for {DATE}, cx in {SUBURB} happy",
    "{DATE}: {QUEUE} backlog from {NUM} to zero, props to {TEAM} {SHORT}",
    "helped an elderly caller set up {APP} on her new {DEV}, took {DUR} but she was delighted",
    "escalation avoided on the {BRAND} {PLAN} renewal, offered {AMT} loyalty credit",
    "{COURIER} missed the delivery in {CITY}, arranged a parcel locker at {STORE} {SUBURB}",
    "cx in {CITY} couldnt stream {SHOW} on {STREAM}, router {MODEL} firmware update fixed it",
    "fcr on a {TEL} port-in, number came over in {DUR}, only one transfer to {QUEUE}",
    "{GAME} preorder moved to the {CONSOLE} version, price diff {AMT} refunded",
    "{INSURER} car renewal came in {AMT} cheaper after adding the dashcam discount",
    "tysm {TEAM} for the macro update, {QUEUE} handle time down {PCT}",
    "{HEALTH} eob explained line by line, {AMT} copay reversed, cx finally understood the bill",
    "cx said {BRAND} > {BRAND2} now lol {SHORT}",
    "hotel booked via {TRAVEL} in {CITY} was overbooked, moved to sister property + {AMT} credit",
    "{FOOD} order never arrived in {SUBURB}, full refund {AMT} + voucher, cx laughed it off",
    "[pls|plz] share: {TEAM} hit {PCT} fcr in {MONTH} on {QUEUE}",
    "{DEV} battery swelling case, {STORE} {CITY} swapped it on the spot {SHORT}",
    "{TEL} to {TEL2} port reversed, cx stays on {PLAN}, {JARG}",
    "night shift in {TEAM} cleared {NUM} {QUEUE} chats, avg handle {DUR} {SHORT}",
    "cx loved that we called back at {TIME} as promised, {BRAND} nps 10",
    "[Wells Fargo|John Lewis|Harvey Norman|Marks & Spencer|Dick's Sporting Goods] and [Harvey Norman|Ben & Jerry's|Tim Hortons|Sally Beauty|Jack Daniel's] both [rang|emailed|pinged us] about the same {DATE} promo lol, {TEAM} sorted both",
    "returns at John Lewis {CITY} took the {DEV} back no receipt needed {SHORT}",
    "{QUEUE} ivr now routes {TEL} business callers to {TEAM} directly, fewer transfers",
    "bill explained: {PLAN} {AMT} + {STREAM} add-on, pro-rata from {DATE}, cx happy",
    "[Jackson|Florence|Charlotte|Austin], [Victoria|Lincoln|Chester] and [Preston|Hamilton|Nelson] stores all out of {DEV}, found one in {CITY} {SHORT}",
    "cx on hold {DUR} bc of the {AIRLINE} system outage, comped {AMT} + apology",
    "anyone free for a {QUEUE} xfer? t2 queue at {NUM}, aht creeping lol",
    "reminder use the new {PLAN} macro not the old one, {TEAM} updated {KB}",
    "brb 15 then covering {QUEUE} till {TIME}, {NUM} in queue {SHORT}",
    "pls dont promise {COURIER} redelivery before {DATE}, depot in {CITY} is backed up",
]

SHORTHAND = [(r"\byou\b", "u"), (r"\bplease\b", "pls"), (r"\bthanks\b", "thx"), (r"\bbecause\b", "bc"),
             (r"\bwith\b", "w/"), (r"\bcustomer\b", "cx"), (r"\babout\b", "abt"), (r"\baccount\b", "acct"),
             (r"\bthrough\b", "thru"), (r"\btomorrow\b", "tmrw"), (r"\bnumber\b", "no."), (r"\band\b", "&")]


def _find_close(s, i, ch):
    j = s.find(ch, i)
    if j < 0:
        raise ValueError("bad template: " + s)
    return j


def render(tpl, ctx):
    segs = []
    buf = []
    i = 0
    while i < len(tpl):
        ch = tpl[i]
        if ch == "{":
            j = _find_close(tpl, i, "}")
            key = tpl[i + 1:j]
            if buf:
                segs.append(("".join(buf), "o"))
                buf = []
            if key == "MONTH":
                segs.append((ctx.rng.choice(MONTHS), "o"))
            else:
                segs.extend(GENS[key](ctx))
            i = j + 1
        elif ch == "[":
            j = _find_close(tpl, i, "]")
            opt = ctx.rng.choice(tpl[i + 1:j].split("|"))
            if buf:
                segs.append(("".join(buf), "o"))
                buf = []
            segs.extend(render(opt, ctx))
            i = j + 1
        else:
            buf.append(ch)
            i += 1
    if buf:
        segs.append(("".join(buf), "o"))
    return segs


def normalise(segs):
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and out[-1][1] == "o" and l == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    res = []
    for t, l in out:
        if l == "o":
            t = re.sub(r" {2,}", " ", t)
        res.append((t, l))
    if res and res[0][1] == "o":
        res[0] = (res[0][0].lstrip(), "o")
    if res and res[-1][1] == "o":
        res[-1] = (res[-1][0].rstrip(), "o")
    return [(t, l) for t, l in res if t]


def typo(rng, t):
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha() and w.islower()]
    if not idx:
        return t
    i = rng.choice(idx)
    w = words[i]
    k = rng.randint(1, len(w) - 2)
    if rng.random() < 0.5:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    else:
        w = w[:k] + w[k + 1:]
    words[i] = w
    return " ".join(words)


def chatify(rng, segs, lower, strip_punct, shorthand, typos):
    out = []
    for t, l in segs:
        if l == "o":
            if strip_punct:
                t = re.sub(r"[,;!]+(?=\s|$)", "", t)
                t = re.sub(r"(?<=\w)\.(?=\s|$)", "", t)
                t = t.replace(" - ", " ").replace(" / ", " ")
            if shorthand:
                for pat, rep in SHORTHAND:
                    if rng.random() < 0.6:
                        t = re.sub(pat, rep, t)
            if typos and rng.random() < 0.5:
                t = typo(rng, t)
                typos = False
        if lower:
            t = t.lower()
        out.append((t, l))
    return out


def _valid(segs):
    text = "".join(t for t, _ in segs)
    if "\n" in text:
        return False
    n = len(text.split())
    if n < 5 or n > 45:
        return False
    for t, l in segs:
        if l not in LABELS or not t:
            return False
        if l != "o" and t != t.strip():
            return False
    return True


def blind_notes(listed: frozenset) -> list:
    rng = random.Random(SEED)
    listed = frozenset(fold(w) for w in listed)
    namer = Namer(listed, rng)
    kinds = [True] * N_CLEAN + [False] * (N_NOTES - N_CLEAN)
    rng.shuffle(kinds)
    regions = [r for r, _ in REGION_WEIGHTS]
    weights = [w for _, w in REGION_WEIGHTS]
    seen = set()
    notes = []
    for clean in kinds:
        for _attempt in range(200):
            tpl = rng.choice(CLEAN_TEMPLATES if clean else PII_TEMPLATES)
            region = rng.choices(regions, weights)[0]
            if tpl.startswith("UKIE:"):
                tpl = tpl[5:]
                region = rng.choice(["UK", "UK", "IE"])
            ctx = Ctx(rng, namer, region)
            segs = render(tpl, ctx)
            lower = rng.random() < 0.37
            segs = chatify(rng, segs, lower, rng.random() < 0.35, rng.random() < 0.3, rng.random() < 0.3)
            segs = normalise(segs)
            text = "".join(t for t, _ in segs)
            if text in seen or not _valid(segs):
                continue
            if any(l == "name" and not name_ok(t, listed) for t, l in segs):
                continue
            seen.add(text)
            notes.append(segs)
            break
        else:
            raise RuntimeError("could not generate a note")
    return notes


# --------------------------------------------------------------------------
def _selfcheck():
    for cul, (m, f, fam) in CULTURES.items():
        assert len(set(m)) >= 30 and len(set(f)) >= 30 and len(set(fam)) >= 30, cul
    assert len(PII_TEMPLATES) >= 40 and len(CLEAN_TEMPLATES) >= 35
    sample = frozenset(["john", "mary", "smith", "james", "patricia", "nguyen", "kim", "lee",
                        "murphy", "wong", "chan", "tremblay", "jones", "williams", "garcia",
                        "anna", "sarah", "david", "michael", "rose", "grace", "park", "tran",
                        "yoder", "santos", "reyes", "gagnon", "rhys", "lloyd", "sal", "minh",
                        "levi", "eli", "mac", "o", "de", "te", "jackson", "cooper", "baker"])
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    texts = set()
    counts = {l: 0 for l in LABELS}
    lower = 0
    clean = 0
    for segs in a:
        text = "".join(t for t, _ in segs)
        assert "\n" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts, text
        texts.add(text)
        for t, l in segs:
            assert l in LABELS, l
            assert t, "empty segment"
            if l != "o":
                assert t == t.strip(), repr(t)
            if l == "name":
                assert all(p not in sample for p in name_parts(t)), t
            counts[l] += 1
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in segs):
            clean += 1
    # fallback check: every pool word listed -> still 1,000 valid notes
    big = set()
    for m, f, fam in CULTURES.values():
        for x in m + f + fam + NICKNAMES:
            big.update(name_parts(x.replace("_", " ")))
    c = blind_notes(frozenset(big))
    assert len(c) == N_NOTES
    for segs in c:
        for t, l in segs:
            if l == "name":
                assert all(p not in big for p in name_parts(t)), t
    print("notes:", len(a))
    for l in LABELS:
        print(f"  {l:9s} {counts[l]}")
    print(f"all-lower-case share: {lower / len(a):.3f}")
    print(f"no-personal-data share: {clean / len(a):.3f}")
    print("naming cultures:", len(CULTURES))
    print("templates with PII:", len(PII_TEMPLATES), "without:", len(CLEAN_TEMPLATES))
    print("selfcheck OK")


if __name__ == "__main__":
    _selfcheck()
