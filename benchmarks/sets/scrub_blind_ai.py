"""Blind evaluation set "ai": US/Canadian healthcare, pharmacy, health-insurance
and government-benefits desk notes (member ids, Medicare/Medicaid, SSN/SIN,
provincial health cards, Rx/NPI/claim numbers, ZIP/postal codes, DOBs).

Standard library only.  blind_notes(listed) -> list of notes, each a list of
(text, label) parts.  Run this file for a self-check.
"""

import random
import re
import unicodedata

SEED = 7306114
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

PII_LABELS = frozenset(LABELS) - {"o", "~"}
NO_PII_SHARE = 0.45
LOWER_SHARE = 0.34
TYPO_SHARE = 0.12


def _p(s):
    """Split a pool string; underscores stand for spaces inside one entry."""
    out = [w.replace("_", " ") for w in s.split()]
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------- name pools
# key: (countries, given names, family names)
CULTURES = {
    "irish": (("US", "CA"), _p("""
        Brendan Siobhan Declan Colm Niamh Aoife Ciaran Padraig Eamon Kieran Maeve
        Fiona Bridget Deirdre Cormac Ronan Liam Sean Colleen Shannon Maura Nora
        Aidan Conor Tierney Keira Oisin Róisín Seamus Finbar Dermot Gráinne Orla
        Eileen Kathleen Moira Fergus Rory Saoirse Caitlin Brigid Malachy Cillian
        Sinéad Eoin Clodagh Kevin Patrick Margaret"""), _p("""
        O'Sullivan McCarthy Fitzgerald Byrne Gallagher Doherty Kavanagh Donnelly
        Brennan Flanagan Keane Mulcahy Hennessy Dunleavy O'Rourke Quinlan
        McGuinness Nolan Cassidy Scanlon Gilligan Moynihan Lynch Sheehan Houlihan
        Mahoney Costello Finnegan Carey Geraghty Dempsey Corrigan Mulligan
        Hanrahan Duffy Kinsella McNamara Riordan Whelan Fahey Callaghan O'Donnell
        Dunne Shaughnessy Kilbride Twomey""")),
    "aa": (("US",), _p("""
        DeShawn Latoya Tyrone Keisha Jamal Shaniqua Darnell Ebony Tamika Marquis
        Lakisha DaQuan Jalen Aaliyah Imani Kendrick Tanisha Dominique Terrell
        Shanice LaShonda Jermaine Precious Demetrius Kiara Trevon Nia Malik Tiana
        Rashad Deja Antwan Shante Cedric Latrice Quentin Ayanna Reginald Octavia
        Javonte Takiyah Dwayne Zaria Earnestine Willie_Mae Odessa"""), _p("""
        Washington Freeman Mosley Battle Merriweather Dorsey Gaines Woodson
        Pettiford Massey Blackwell Holloway Randolph Boykin Rucker Scarborough
        Whitfield Thigpen Pinckney Staton Mabry Spruill Ragland McCray Grier
        Ruffin Bynum Hairston Tolbert Outlaw Gadsden Singletary Manigault Chisolm
        Drayton Jenifer Peoples Faison Lassiter Epps Coley Yancey Bazemore
        Jefferson Mayweather Shabazz""")),
    "mex": (("US",), _p("""
        Guadalupe Jesús Itzel Ximena Yesenia Aracely Xóchitl Nayeli Maricela
        Graciela Rigoberto Eliseo Heriberto Anselmo Refugio Socorro Marisol Yadira
        Dulce Areli Fidel Efraín Abundio Wilber Jeferson Brayan Yoselin Deysi
        Marleny Kenia Osmín Milton Santos Dolores Reyna Evelio Nohemí Leticia
        Rosalba Ismael Teodoro Gerardo Juan_Carlos María_José Citlali Tonatiuh"""),
        _p("""
        Hernández Gutiérrez Villalobos Zepeda Cervantes Quintanilla Barrientos
        Ochoa Arreola Bautista Zamora Aguilar Carrillo Galindo Ibarra Jiménez
        Lozano Mejía Orellana Portillo Ramírez Saravia Tzul Xicará Velásquez
        Cuéllar Escobar Fuentes Pacheco Solórzano Zelaya Chávez Magaña Benítez
        Corona Delgado Murillo Arévalo Alvarado de_la_Cruz del_Valle de_León
        Huerta Tapia Sandoval Moctezuma""")),
    "prd": (("US",), _p("""
        Yamilet Wilfredo Nilda Xiomara Yahaira Migdalia Carmelo Nereida Radamés
        Aníbal Eulogio Wanda Yomaira Joselito Ysabel Yunior Danilo Leidy
        Franchesca Yokasta Ramona Altagracia Wilkin Anyelo Ruddy Arismendy
        Deyanira Belkis Yudelka Ovidio Máximo Yanira Marangely Zoraida Obdulio
        Milagros Damaris Johanny Yeraldín Wascar Genaro Luz_María Héctor_Luis
        Jeannette"""), _p("""
        Colón Rivera Santiago Rosario Vázquez Figueroa Ortiz Cintrón Negrón
        Quiñones Maldonado Rodríguez Acevedo Báez Feliciano Padilla Pagán Rolón
        Torres Santana Peña Almonte Núñez de_los_Santos Tejada Polanco Germosén
        Paulino Mercedes Abreu Taveras Reyes Guzmán Marte Cabrera Frías Hidalgo
        Batista Ventura Encarnación Valdez Matos Espaillat Burgos Rosado Irizarry
        Ocasio""")),
    "hai": (("US", "CA"), _p("""
        Jean-Robert Marie-Carmel Wisly Guerline Fabienne Rodrigue Mackenson Nadège
        Widline Fritznel Jocelyne Ketly Dieudonné Yves Frantz Gerda Roselaure
        Ernst Jude Marjorie Lovelie Wilner Evens Roodline Garry Sonel Islande
        Mirlande Wesner Clotilde Anaïse Réginald Magalie Marie-Ange Fedna Jeanine
        Odile Ducarmel Fritz Wideline Jean-Claude Kettly Mardochée Nathalie"""),
        _p("""
        Jean-Baptiste Pierre-Louis Saint-Fleur Désir Toussaint Célestin Augustin
        Métellus Dorvil Exantus Lafleur Lamothe Étienne Jeune Bastien Vilsaint
        Dorcéus Fils-Aimé Saint-Louis Jean-Louis Delva Fénelon Pierre-Paul
        Louissaint Bellegarde Mompremier Cadet Théodore Laguerre Dessalines
        Hyppolite Innocent Dieujuste Sainvil Mondésir Estimé Occéan Lindor
        Thélusma Valcourt Jean-Pierre Dorsainvil Charlemagne Pierre-Antoine
        Altidor Vincent""")),
    "jam": (("US", "CA"), _p("""
        Delroy Fitzroy Errol Clive Desmond Carlton Neville Marcia Paulette
        Beverley Hyacinth Claudette Yvonne Orville Leroy Everton Garfield Roxanne
        Tameka Shelly-Ann Kemar Odane Shamoy Romario Tajay Shanoya Kimone Tashana
        Jodian Sashana Nordia Dwight Lascelles Audley Lloyd Merline Icilda Glenroy
        Dalton Nadine Oneil Alrick Kadian Sheneil"""), _p("""
        Bogle McKenzie Wint Gayle Barrett Dacres Ebanks Fagan Gooden Hylton Lewin
        Nembhard Samuels Shirley Spence Tulloch Wynter Facey Dunkley Ennis Hinds
        Lindo Malcolm McFarlane Mullings Powell Rowe Salmon Simms Thelwell
        Tomlinson Walcott Whyte Binns Levy Chin Anglin Lawrence Forbes Brissett
        Reid Grant Blake Bailey Clarke Henry""")),
    "nig": (("US", "CA"), _p("""
        Chinedu Ngozi Oluwaseun Adebayo Chiamaka Emeka Folake Ifeoma Tunde
        Yetunde Obinna Nkechi Babatunde Adaeze Chukwuemeka Funmilayo Olumide
        Temitope Uchenna Amaka Kelechi Ikenna Oluwatoyin Abiodun Bukola Damilola
        Ebuka Nnamdi Onyinye Segun Titilayo Adaora Ifeanyi Kehinde Taiwo Ayodele
        Chidinma Halima Aminu Oghenekaro Efosa Osaze Ngozika Folasade"""), _p("""
        Okafor Adeyemi Okonkwo Oyelaran Nwosu Eze Balogun Ogunleye Chukwu Obi
        Onyeka Afolabi Okeke Ibekwe Oladipo Nwachukwu Akinola Ezeh Uzor Adewale
        Olawale Ogbonna Okoro Anyanwu Iwu Ndukwe Okoye Fashola Adeleke Ojo Bello
        Abubakar Danjuma Oyewole Nnaji Amadi Obiora Ugwu Osagie Igbinedion Aigbe
        Eboigbe Oshodi Akintola Nwankwo Emenike""")),
    "eaf": (("US", "CA"), _p("""
        Abebe Tigist Meseret Yohannes Selamawit Dawit Hirut Tesfaye Mekdes Bereket
        Alemitu Getachew Mulugeta Senait Kidist Tsion Eyerusalem Fikadu Liya
        Abdirahman Hodan Faadumo Mohamud Ayaan Hamse Idil Khadar Sagal Ubah Deeqa
        Abdiwali Nimco Shukri Guled Asad Hibaaq Farhiya Bashir Muna Liban Hawa
        Filsan Kiros Almaz Biniam Saron"""), _p("""
        Tadesse Bekele Gebremariam Alemu Wolde Haile Mengistu Girma Abera Kebede
        Desta Assefa Gebre Negash Tsegaye Worku Demissie Mekonnen Getahun Warsame
        Farah Abdi Jama Nur Osman Yusuf Mohamud Abdullahi Egal Duale Elmi Hersi
        Ismail Samatar Qalinle Aden Dirie Gedi Barre Shire Hassan Omar Gebreyes
        Tekle Woldemichael""")),
    "arab": (("US", "CA"), _p("""
        Youssef Layla Rania Karim Nadia Ziad Samir Hana Rami Maha Walid Fadi Dalia
        Tarek Nour Bassam Hiba Khalil Reem Jamil Amal Ghassan Suha Nabil Mouna
        Hussein Zeinab Bilal Rasha Imad Lina Marwan Salma Wissam Dina Ayman Aya
        Haitham Majd Omar Fatima Ali Ahmad Mariam"""), _p("""
        Haddad Khoury Al-Masri Nasser Saleh Hamdan Jaber Mansour Darwish Shami
        Aboud Fakhoury Bazzi Saad Beydoun Chami Hammoud Jaafar Elias Saab Ayoub
        Bitar Al-Hassan El-Amin Karam Nassar Qasim Sayegh Rahal Fares Bakri Zayed
        Assaf Harb Kassab Mroue Shaheen Attia Ghanem Yassin Abdallah Abou-Khalil
        Berri Fawaz Alawieh""")),
    "ira": (("US", "CA"), _p("""
        Dariush Shirin Farhad Parisa Kourosh Leila Mehrdad Nasrin Behrouz Azadeh
        Reza Mahnaz Arash Roya Siavash Golnar Kaveh Niloufar Babak Shahla Payam
        Mitra Navid Fereshteh Hamid Soraya Omid Ladan Pouya Setareh Bahram Taraneh
        Ramin Mojgan Shahram Yasaman Kamran Elnaz Afshin Negar Maryam Hooman
        Shabnam Farzaneh"""), _p("""
        Tehrani Ahmadi Hosseini Rahimi Karimi Moradi Jafari Sadeghi Mohammadi
        Rostami Esfahani Shirazi Farahani Khorsandi Mirzaei Amini Rezaei Nazari
        Ghorbani Kazemi Bagheri Soltani Hashemi Navabi Zand Abbasi Kamali Rouhani
        Tabrizi Ebrahimi Yazdani Golestani Afshar Nikpour Asgari Mahmoudi Najafi
        Shahidi Kashani Dehghan Safavi Pourmand Motamedi Kermani""")),
    "arm": (("US", "CA"), _p("""
        Armen Anahit Tigran Siranush Vartan Lusine Hovhannes Nairi Aram Gayane
        Arsen Hrant Talin Sevak Arpi Narek Shushan Garo Ani Levon Nvard Ashot
        Hasmik Vahe Kohar Gevorg Lilit Raffi Sona Hagop Araksya Zaven Astghik
        Vardan Taguhi Serop Knar Avetik Yeraz Mher Ararat Sarkis Hripsime Karine"""),
        _p("""
        Petrosyan Hakobyan Sargsyan Grigoryan Avetisyan Kazarian Der-Bedrossian
        Manukyan Harutyunyan Khachatryan Mkrtchyan Ghazaryan Gasparyan Babayan
        Galstyan Vardanyan Martirosyan Boyajian Keshishian Hovsepian Tashjian
        Arakelian Minassian Melikian Ohanian Papazian Sarkisian Yeghiazaryan
        Abrahamian Kouyoumdjian Demirjian Gevorgyan Poghosyan Stepanyan Zakaryan
        Simonyan Mardirossian Ter-Petrosyan Asadourian Balian Karapetyan
        Aghajanian Nazarian Hagopian""")),
    "ind": (("US", "CA"), _p("""
        Aarav Priya Rohan Ananya Vikram Kavya Arjun Deepika Siddharth Lakshmi
        Rajesh Sunita Anil Meenakshi Harpreet Gurpreet Manpreet Jaspreet Balwinder
        Sukhwinder Nirmala Venkatesh Srinivas Padma Ramesh Sangeeta Abhishek Shreya
        Karthik Divya Pooja Naveen Lalitha Sanjay Bhavna Hardeep Navjot Parminder
        Amandeep Ishaan Tanvi Yash Mohan Gurdeep Rupinder"""), _p("""
        Patel Shah Desai Mehta Iyer Krishnan Reddy Rao Nair Menon Pillai Gupta
        Agarwal Chatterjee Banerjee Mukherjee Sandhu Gill Dhillon Grewal Sidhu Brar
        Bains Chahal Venkataraman Subramanian Raghavan Kulkarni Joshi Deshpande
        Bhatt Trivedi Chaudhary Malhotra Kapoor Sethi Ahluwalia Naidu Srinivasan
        Ramanathan Thakkar Parikh Randhawa Aulakh""")),
    "fil": (("US", "CA"), _p("""
        Maricel Rodel Jocelyn Arnel Rowena Marivic Ronaldo Analyn Jericho Lovely
        Rosalinda Edgardo Corazon Imelda Danilo Marites Rommel Jomar Mylene
        Leonora Perla Rey Ferdinand Evangeline Rizalina Honeylyn Jonalyn Arnulfo
        Renato Charito Luzviminda Erlinda Bienvenido Jhun Aileen Ma._Theresa
        Ma._Luisa Jun-Jun Bong Princess Nenita Lorna Reynaldo Marilou"""), _p("""
        dela_Cruz Bautista Mendoza Villanueva Manalo Macaraeg Dimaculangan
        Pangilinan Magbanua Dizon Soriano Tolentino Aquino Evangelista Gatchalian
        Lacson Panganiban Sison Bacani Domingo Esguerra Ferrer Gonzaga Ilagan
        Javier Katigbak Labrador Malabanan Navarro Ocampo Quiambao Roxas Salazar
        Tuazon Umali Valenzuela Yap de_Leon delos_Reyes Macapagal Buenaventura
        Santos Reyes Cabrera Dela_Peña Mercado Lim""")),
    "viet": (("US", "CA"), _p("""
        Lan Minh Huong Tuan Thanh Phuong Duc Hoa Quang Hung Linh Trang Khoa Thao
        Vinh Ngoc Long Hanh Bao Dung Hai Thuy Nam Hien Cuong Loan Phuc Yen Dat
        Nhung Tam Son Vy Quoc Diep Trinh Khanh Thu Anh Nga Tien Hieu"""), _p("""
        Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
        Truong Dinh Luong Mai Lam Trinh Cao Ta Quach La Thai Kieu Doan Chau Ton
        Lai Luu Tang Vuong Mac Ha Phung Giang Au Lu Diep""")),
    "chi": (("US", "CA"), _p("""
        Wei Jing Xiaoming Mei-Ling Zhiwei Xiuying Jianguo Yufei Haoran Zihan
        Shu-fen Chun-hua Guang Lihua Yan Qiang Ming Xin Hui Jun Fang Lei Tao Yong
        Ying Bo Hong Ping Zhen Kai Wen Jie Rui Shan Xiaoli Yating Chia-hao
        Kwok-wai Siu-ming Ka-yan Wing Mei Jiahui Zhihao Yuxuan Shuang"""), _p("""
        Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao
        Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian
        Dong Pan Yuan Cai Jiang Du Ye Cheng Su Lu Ding Chan Wong Leung Cheung Lau
        Ng Tsang Kwok Chow Yip Fung Mak Tse""")),
    "kor": (("US", "CA"), _p("""
        Ji-woo Min-jun Seo-yeon Ha-eun Do-yun Ji-hoon Soo-jin Hye-jin Young-ho
        Eun-ji Jae-won Sung-min Mi-kyung Kyung-soo Hyun-woo Yu-na Dong-hyun
        Seung-hee Jin-ah Tae-yang Eun-young Sang-woo Bo-ra Hee-sun Jung-hoon
        Ye-jin Chang-min Myung-soo Sun-hee Ki-tae Hye-won Joon-ho Da-eun In-sook
        Byung-chul Ok-ja Jae-hyun Na-rae Woo-jin Kyu-ri Min-seo Soon-ja"""), _p("""
        Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang
        Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Shim Noh Ha Kwak
        Sung Cha Joo Woo Ryu Min Jin Chun Eom Pyo Byun""")),
    "hmong": (("US",), _p("""
        Pa Nhia Mai Kou Tou Yer Chue Xee Blia Chong Neng Pao Houa Ka Youa Der Nou
        Tong Shoua Kia Seng Cheng Fue Mee Bee Sheng Teng Kao Ying Choua Zoua Doua
        Phia Toua Pheng Xai Maiv Paj Nkauj Yeng Wa Txawj Ntxhi Nalee Maiyer"""),
        _p("""
        Chang Tsab Chue Tswb Cheng Tsheej Fang Faj Hang Haam Her Hawj Heu Khang
        Khaab Kong Koo Kue Kwm Lee Lis Ly Lor Lauj Lo Moua Muas Pha Phab Thao Thoj
        Vang Vaj Vue Vwj Vu Xiong Xyooj Yang Yaj Thor Lyfoung""")),
    "navajo": (("US",), _p("""
        Kee Nizhoni Shandiin Dezbah Bidziil Ahiga Doli Sani Haseya Yanaba Ashkii
        Delbert Lorraine Wilson Marlene Rolanda Leander Loretta Thelma Arlene
        Geraldine Verna Roselyn Delphine Harrison Lorenzo Franklin Elouise Benson
        Irvin Marvella Darrell Ernestine Hoskie Chee Raylene Della Tully Lupita
        Shaina Ophelia Virgil Lavina Calvert"""), _p("""
        Begay Yazzie Tsosie Benally Nez Etsitty Tso Yellowhair Manygoats Bitsui
        Chee Largo Tsinajinnie Begaye Joe Curley Atcitty Bedonie Begody Bennally
        Bitsilly Deschenie Gorman Hoskie Jumbo Keams Lapahie Manuelito Natonabah
        Notah Peshlakai Silversmith Skeet Tohee Tsinnijinnie Watchman Whitehorse
        Yellowman Zah Nakai Tsinnie Claw Littleman Charley Yellowhorse Tallsalt
        Descheeny Tsinigine""")),
    "ojcr": (("CA",), _p("""
        Waseyabin Niigaan Migizi Makwa Nimkii Binesi Ziigwan Aandeg Giizhig
        Ogimaakwe Kisik Wapun Mahihkan Nipin Sîkwan Atim Delores Clarence Marcel
        Gilbert Lorna Darcy Tanya Lyle Vernon Rolland Delia Agnes Wilfred Alphonse
        Emile Georgina Roxanne Doreen Gordon Elvis Shayla Kaylee Norval Cheyenne
        Winona Dakota Tyrell Jolene"""), _p("""
        Fiddler Beardy Kakepetum Meekis Keesick Mamakwa Cardinal Ahenakew
        Cheechoo Wapass Bighetty Littlechild Ermineskin Okanee Kakegamic Moonias
        Netmaker Nepinak Flett Kejick Starblanket Kakakaway Tootoosis Cheecham
        Nanibush Wabasse Makokis Kinew Jourdain Morrisseau Bellegarde Ballantyne
        Swampy Tait Sakanee Whiteduck Commanda McKay Wesley Kwandibens Chookomolin
        Mianscum Bearskin Koostachin Sutherland Wabano""")),
    "inuit": (("CA",), _p("""
        Pauloosie Elisapee Ooleepeeka Jaaka Mosesie Lucassie Nunia Taqialuk Tagak
        Akeeshoo Inookie Eelee Joanasie Pitsiulaq Manitok Paniloo Qajaaq Siqiniq
        Saila Tumasi Ulaayu Uqsuralik Aalasi Nuvuja Pudloo Jaypeetee Saimaniq
        Leetia Arnaituq Oolootie Simeonie Iqaluk Kanayuk Looty Pijamini Naullaq
        Malaya Sheokjuk Peesee Jaco Meeka Annie Elisapi Qilak Jaani"""), _p("""
        Kusugak Aglukark Kilabuk Ipeelee Kunuk Pitseolak Qaqqaq Tootoo Akeeagok
        Arreak Nakashuk Amagoalik Ashevak Etungat Kakkik Oqutaq Pootoogook
        Qumuatuq Ikkidluak Ningeongan Alookee Ootoova Angnakak Nowdlak Akpalialuk
        Kootoo Pudlat Tunnillie Sataa Shappa Anilniliak Kudluarok Ussak Kayotuk
        Nutarariaq Kalluk Enook Arnatsiaq Peryouar Irqittuq Qappik Keenainak
        Evaluarjuk Alainga Sanertanut""")),
    "qc": (("CA",), _p("""
        Jean-François Marie-Ève Geneviève Sébastien Véronique Étienne Mélanie
        Guillaume Nathalie Stéphane Josée Benoît Chantal Réjean Ginette Gaétan
        Francine Jocelyn Sylvie Yves Lucie Normand Manon Pierre-Luc Marie-Pier
        Jean-Guy Huguette Rémi Lise Ghislain Solange Marc-André Léo Thérèse Gisèle
        Odette Clément Édith Rosaire Fernand Yvette Cyrille Aurèle Euclide Alcide
        Délima Marie-Soleil Mathis"""), _p("""
        Tremblay Gagnon Bouchard Côté Pelletier Lévesque Bergeron Fortin Gélinas
        Thibodeau Cormier Arsenault Landry Doucet Poirier Boudreau Gallant LeBlanc
        Robichaud Comeau Chiasson Thériault Savoie Després D'Amours St-Pierre
        Lapointe Beaulieu Ouellet Caron Paradis Plourde Sirois Desjardins Bélanger
        Nadeau Giroux Charbonneau Lacroix Dufour Villeneuve Turcotte Goguen
        Babineau Bourque Daigle Gauthier Bédard Lavoie Morin""")),
    "ukr": (("CA",), _p("""
        Oksana Taras Mykola Halyna Bohdan Olena Petro Yaroslav Lesia Orest Larysa
        Volodymyr Iryna Roman Natalka Ostap Zenon Marusia Vasyl Oleksandr
        Khrystyna Myroslav Daria Andriy Svitlana Yuriy Tetiana Ihor Lyudmyla
        Danylo Hanna Stepan Oleh Zoriana Bohdana Ivanna Kateryna Markian
        Roksolana Nestor Motria Borys Slavko Yevhen"""), _p("""
        Kowalchuk Hnatyshyn Shevchenko Melnyk Bondarenko Kravchuk Tkachuk Boyko
        Kostiuk Yaremko Fedoruk Hrynchuk Sawchuk Lysenko Romaniuk Dmytruk
        Semeniuk Wasylyshyn Kuzyk Marchuk Prokopchuk Danylchuk Paskevych
        Hryhorchuk Stefaniuk Luciw Kozak Hawrylak Zacharuk Pawlyk Oleksiuk
        Yakimchuk Babiak Mykytiuk Ostapchuk Nykyforuk Palamarchuk Kuryluk
        Sheremeta Huculak Derkach Wozniak Kuzmiak Hrycyk Stelmach""")),
    "menno": (("US", "CA"), _p("""
        Amos Eli Levi Jonas Menno Ezra Abner Mose Enos Elam Reuben Benuel Elmer
        Ammon Lavern Ivan Ruth Esther Naomi Katie Fannie Lizzie Mattie Sadie
        Malinda Susie Barbie Lydia Priscilla Miriam Edna Verna Rosanna Elsie Lena
        Helena Aganetha Susanna Margaretha Isaak Abram Heinrich Cornelius Franz
        Gerhard Johann Jakob"""), _p("""
        Yoder Stoltzfus Beiler Hershberger Lapp Zook Esh Glick Hostetler Troyer
        Schrock Mast Kauffman Byler Graber Swartzentruber Bontrager Gingerich
        Detweiler Raber Petersheim Riehl Smucker Kurtz Ebersol Nolt Burkholder
        Brubacher Wenger Shirk Sensenig Horst Friesen Penner Wiebe Klassen Dyck
        Enns Thiessen Janzen Reimer Loewen Neufeld Harder Funk Unger Fehr Wall
        Giesbrecht Hiebert""")),
    "jew": (("US", "CA"), _p("""
        Yitzchak Moshe Chaim Shmuel Yosef Menachem Mendel Avraham Shlomo Dovid
        Eliezer Yehuda Zalman Baruch Mordechai Yaakov Tzvi Pinchas Nachman Shimon
        Chana Rivka Devorah Leah Malka Chaya Faigy Bracha Raizy Shaindy Tzipporah
        Gitty Perel Sury Blimie Yehudis Breindy Toby Yoel Aron Hershel Lipa Chany
        Esty"""), _p("""
        Friedman Weiss Schwartz Klein Gross Rosenberg Goldstein Katz Teitelbaum
        Halberstam Rottenberg Lefkowitz Greenfeld Grunwald Spitzer Brach Deutsch
        Landau Hershkowitz Feldman Stern Berkowitz Horowitz Perlstein Rubin
        Wolhendler Kornbluh Mermelstein Jacobowitz Neuman Ungar Schwimmer Zupnick
        Gottlieb Eisenberg Twersky Lowy Pollak Moskowitz Rabinowitz Goldberger
        Steinmetz Weinberger Sofer""")),
}
FAMILY_FIRST = {"chi", "kor", "viet", "hmong"}

# ---------------------------------------------------------------- places
# (city, state/prov, country, zip prefix or postal FSA prefix, area codes, hint)
LOCATIONS = [
    ("Chicago", "IL", "US", "606", "312 773 872", None),
    ("Bronx", "NY", "US", "104", "718 347 929", "prd"),
    ("Brooklyn", "NY", "US", "112", "718 347", "jew"),
    ("Monsey", "NY", "US", "109", "845", "jew"),
    ("Lakewood", "NJ", "US", "087", "732 848", "jew"),
    ("Newark", "NJ", "US", "071", "973 862", "aa"),
    ("Houston", "TX", "US", "770", "713 832 281", "mex"),
    ("El Paso", "TX", "US", "799", "915", "mex"),
    ("Los Angeles", "CA", "US", "900", "213 323 310", "mex"),
    ("Glendale", "CA", "US", "912", "818 747", "arm"),
    ("Fresno", "CA", "US", "937", "559", "hmong"),
    ("Garden Grove", "CA", "US", "928", "714 657", "viet"),
    ("San Francisco", "CA", "US", "941", "415 628", "chi"),
    ("Miami", "FL", "US", "331", "305 786", "hai"),
    ("Fort Lauderdale", "FL", "US", "333", "954", "jam"),
    ("San Juan", "PR", "US", "009", "787 939", "prd"),
    ("Bayamón", "PR", "US", "009", "787", "prd"),
    ("Minneapolis", "MN", "US", "554", "612", "eaf"),
    ("St Paul", "MN", "US", "551", "651", "hmong"),
    ("Dearborn", "MI", "US", "481", "313", "arab"),
    ("Detroit", "MI", "US", "482", "313", "aa"),
    ("Atlanta", "GA", "US", "303", "404 678 470", "aa"),
    ("Silver Spring", "MD", "US", "209", "301 240", "eaf"),
    ("Philadelphia", "PA", "US", "191", "215 267", None),
    ("Lancaster", "PA", "US", "176", "717", "menno"),
    ("Millersburg", "OH", "US", "446", "330", "menno"),
    ("Columbus", "OH", "US", "432", "614", "eaf"),
    ("Boston", "MA", "US", "021", "617 857", "irish"),
    ("Lawrence", "MA", "US", "018", "978", "prd"),
    ("Gallup", "NM", "US", "873", "505", "navajo"),
    ("Window Rock", "AZ", "US", "865", "928", "navajo"),
    ("Chinle", "AZ", "US", "865", "928", "navajo"),
    ("Phoenix", "AZ", "US", "850", "602 480", None),
    ("Seattle", "WA", "US", "981", "206", "fil"),
    ("Daly City", "CA", "US", "940", "650", "fil"),
    ("Fort Lee", "NJ", "US", "070", "201", "kor"),
    ("Flushing", "NY", "US", "113", "718", "chi"),
    ("Edison", "NJ", "US", "088", "732", "ind"),
    ("Sugar Land", "TX", "US", "774", "281", "ind"),
    ("Irvine", "CA", "US", "926", "949", "ira"),
    ("Toronto", "ON", "CA", "M", "416 647 437", None),
    ("Scarborough", "ON", "CA", "M1", "416 647", "chi"),
    ("Mississauga", "ON", "CA", "L5", "905 289", "ind"),
    ("Brampton", "ON", "CA", "L6", "905 365", "ind"),
    ("Ottawa", "ON", "CA", "K1", "613 343", "eaf"),
    ("Thunder Bay", "ON", "CA", "P7", "807", "ojcr"),
    ("Sioux Lookout", "ON", "CA", "P8T", "807", "ojcr"),
    ("Moose Factory", "ON", "CA", "P0L", "705", "ojcr"),
    ("Kitchener", "ON", "CA", "N2", "519 226", "menno"),
    ("Montréal", "QC", "CA", "H", "514 438", "qc"),
    ("Montréal-Nord", "QC", "CA", "H1", "514 438", "hai"),
    ("Laval", "QC", "CA", "H7", "450 579", "qc"),
    ("Québec", "QC", "CA", "G1", "418 581", "qc"),
    ("Gatineau", "QC", "CA", "J8", "819 873", "qc"),
    ("Moncton", "NB", "CA", "E1", "506", "qc"),
    ("Edmundston", "NB", "CA", "E3", "506", "qc"),
    ("Halifax", "NS", "CA", "B3", "902 782", "jam"),
    ("Winnipeg", "MB", "CA", "R2", "204 431", "ukr"),
    ("Steinbach", "MB", "CA", "R5", "204", "menno"),
    ("Thompson", "MB", "CA", "R8N", "204", "ojcr"),
    ("Saskatoon", "SK", "CA", "S7", "306 639", "ukr"),
    ("Prince Albert", "SK", "CA", "S6", "306", "ojcr"),
    ("Edmonton", "AB", "CA", "T5", "780 587", "ukr"),
    ("Calgary", "AB", "CA", "T2", "403 587 825", "fil"),
    ("Vancouver", "BC", "CA", "V5", "604 778", "chi"),
    ("Richmond", "BC", "CA", "V6", "604 778", "chi"),
    ("Surrey", "BC", "CA", "V3", "604 778", "ind"),
    ("Iqaluit", "NU", "CA", "X0A", "867", "inuit"),
    ("Rankin Inlet", "NU", "CA", "X0C", "867", "inuit"),
    ("Yellowknife", "NT", "CA", "X1A", "867", None),
]
REGIONS_US = _p("""Texas Florida Puerto_Rico Arizona New_Mexico Minnesota Michigan
    California Ohio Pennsylvania New_Jersey the_Bay_Area South_Florida
    the_Navajo_Nation Georgia Illinois the_Tri-State_area""")
REGIONS_CA = _p("""Ontario Quebec Manitoba Saskatchewan Alberta Nunavut the_GTA
    Northern_Ontario the_Lower_Mainland Nova_Scotia New_Brunswick the_Prairies
    the_Maritimes Nunavik""")
FIRST_NATIONS = _p("""Attawapiskat Peguis Norway_House Sandy_Lake Kashechewan
    Pikangikum Onion_Lake Fort_Albany Wikwemikong Six_Nations Kahnawake
    Mashteuiatsh Opaskwayak Fisher_River Sagkeeng Moose_Cree""")

US_STREETS = _p("""Belmont Fulton Kedzie Ashland Western Jefferson Lincoln Ocean
    Flatbush Nostrand Bergenline Telegraph Figueroa Alvarado Vermont Euclid
    Broad Frankford Woodward Warren Michigan Cesar_Chavez Mission Bellaire
    Westheimer Decatur Peachtree Lake Maple Oak Cedar Elm Pine Walnut Chestnut
    Hickory Sycamore Willow 3rd 14th 5th 125th Dale Rice Payne University
    Schaefer Greenfield Kingsbridge Tremont Calle_Loíza Ponce_de_León""")
US_SUFFIX = _p("St St St Ave Ave Ave Blvd Rd Dr Ln Ct Pl Pkwy Way Ter Cir")
US_UNITS = ["apt {n}{l}", "Apt {n}", "#{n}{l}", "unit {n}", "Apt. {n}{l}",
            "ste {n}0", "fl {n}", "apt {n}"]
US_RURAL = ["Rural Route {n} Box {b}", "RR {n} Box {b}", "HC {h} Box {b}",
            "{b2} Old Philadelphia Pike", "{b2} County Rd {n}{n}", "N{b2} County Rd K",
            "{b2} State Hwy {h}"]
CA_STREETS = _p("""King Queen Yonge Bloor Dundas Bathurst Jane Finch Eglinton
    Lawrence Portage Main Jasper Whyte Kingsway Fraser Granville Commercial
    Broadway Victoria Albert Selkirk McPhillips Henderson Spring_Garden
    Barrington Macleod Memorial Sheppard Steeles Keele Danforth 17 104 118""")
CA_TYPES = _p("St St St Ave Ave Rd Dr Cres Blvd Crt Way Trail Pl")
CA_DIRS = ["", "", "", " W", " E", " N", " S", " NW", " SW"]
QC_STREETS = ["rue Saint-Denis", "rue Sherbrooke Est", "rue Jean-Talon O",
              "rue Principale", "av. du Parc", "rue des Érables", "rue Notre-Dame",
              "boul. Saint-Laurent", "ch. de la Montagne", "rue Beaubien",
              "rue Fleury E", "rue Racine", "boul. Saint-Joseph", "av. des Pins",
              "boul. Laurier", "rang Saint-Joseph", "montée Masson", "rue Champlain",
              "boul. Henri-Bourassa E", "rue de Castelnau"]

# ---------------------------------------------------------------- "o" fillers
DRUGS = _p("""Ozempic Eliquis metformin_500mg Jardiance atorvastatin_20_mg lisinopril
    Humira Trulicity insulin_glargine Synthroid Adderall_XR amoxicillin Paxlovid
    Mounjaro Wegovy Xarelto albuterol_inhaler Lantus_SoloStar Januvia Entresto
    Farxiga sertraline_50mg Vyvanse Dupixent Symbicort Advair_Diskus Lyrica
    gabapentin_300 Tresiba Humalog_KwikPen Suboxone methadone Keytruda
    Biktarvy Prevymis Restasis Flovent_HFA Plavix Brilinta Rybelsus
    levothyroxine_88_mcg hydroxychloroquine Victoza EpiPen""")
PLANS_US = _p("""Medicare_Part_D Part_B Medicare_Advantage Medigap_Plan_G Humana_Gold_Plus
    AARP_Medicare_Advantage Aetna_Medicare_Premier_PPO Silver_70_HMO Bronze_HSA
    Gold_PPO_500 Medi-Cal MassHealth TennCare Apple_Health Essential_Plan CHIP
    Blue_Cross_PPO Kaiser_HMO Ambetter_Silver""")
PLANS_CA = _p("""OHIP+ Trillium_Drug_Program Fair_PharmaCare the_RAMQ_public_plan NIHB
    Ontario_Drug_Benefit Alberta_Blue_Cross_Seniors Manitoba_Pharmacare
    Sun_Life_Flex Manulife_FlexCare the_group_plan""")
INSURERS_US = _p("""Aetna Cigna Humana UnitedHealthcare UHC Anthem BCBS Kaiser Molina
    Ambetter Oscar Highmark Wellcare Florida_Blue""")
INSURERS_CA = _p("""Sun_Life Manulife Canada_Life Green_Shield Desjardins
    Pacific_Blue_Cross Medavie_Blue_Cross Alberta_Blue_Cross Beneva iA""")
PHARMS_US = _p("""CVS Walgreens Rite_Aid Walmart_pharmacy Costco_pharmacy Kroger
    Publix H-E-B Safeway Duane_Reade Amazon_Pharmacy Alto Express_Scripts OptumRx
    Caremark Farmacias_El_Amal""")
PHARMS_CA = _p("""Shoppers_Drug_Mart Rexall Jean_Coutu Pharmaprix London_Drugs
    Uniprix Familiprix Lawtons Guardian Loblaw_pharmacy Costco_pharmacy
    Walmart_pharmacy Pharmasave IDA Proxim""")
SYSTEMS = _p("""Epic Cerner MyChart PioneerRx Kroll Availity NaviNet Genesys
    Salesforce Zendesk ServiceNow Facets QNXT Five9 Citrix Surescripts
    CoverMyMeds PharmaNet the_CRM""")
QUEUES = _p("""Tier_2 escalations the_PA_team COB appeals_&_grievances A&G enrollment
    billing eligibility member_services provider_services the_pharmacy_help_desk
    clinical_review Tier_1 retention SIU the_fraud_team""")
PROGRAMS = _p("""SNAP WIC SSI SSDI TANF LIHEAP CalFresh Medicaid CPP CPP-D OAS GIS
    EI_sickness ODSP Ontario_Works Canada_Child_Benefit Section_8 the_Canada_Disability_Benefit""")
DEVICES = _p("""Dexcom_G7 FreeStyle_Libre_3 Omnipod_5 Tandem_t:slim_X2 ResMed_AirSense_11
    Philips_DreamStation_2 Medtronic_780G Accu-Chek_Guide OneTouch_Verio CPAP
    nebulizer Inogen_One_G5 walker wheelchair hospital_bed""")
SUPPLIERS = _p("Edgepark Byram_Healthcare CCS_Medical Apria Lincare Shield_HealthCare")
BRANDS = _p("""Lyft Uber_Health ModivCare Amazon Dexcom Abbott Eli_Lilly Novo_Nordisk
    Johnson_&_Johnson Dr._Scholl's GoodRx SingleCare Teladoc Rogers Bell Verizon
    Comcast""")
LANGS = _p("""Spanish Haitian_Creole Somali Hmong Navajo Amharic Cantonese Mandarin
    Vietnamese Korean Tagalog Farsi Armenian Arabic Punjabi French Inuktitut
    Cree Ukrainian Pennsylvania_Dutch Yiddish Yoruba Igbo Tigrinya""")
HOSPITALS_US = ["Mount Sinai", "Jackson Memorial", "[Cook County] Health", "Johns Hopkins",
                "[Cleveland] Clinic", "Mayo Clinic", "Montefiore", "Northwell",
                "Kaiser Permanente", "Henry Ford Health", "[Gallup] Indian Medical Center",
                "[Chinle] Comprehensive Health Care", "Children's Mercy", "Sloan Kettering",
                "Lancaster General", "Maimonides", "UCSF", "Ronald McDonald House",
                "Shriners", "Mass General", "Cedars-Sinai", "St. Jude"]
HOSPITALS_CA = ["Mount Sinai", "Sunnybrook", "SickKids", "CHUM", "[Vancouver] General",
                "St. Michael's", "Ste-Justine", "Foothills", "Health Sciences Centre",
                "[Qikiqtani] General", "Weeneebayko General", "St. Paul's",
                "the Royal Alex", "the Jewish General", "Maisonneuve-Rosemont",
                "Meno Ya Win", "Ronald McDonald House", "Shriners"]
DAYS = _p("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tues Wed
    Thu Fri Sat tmrw today""")
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"]
TITLES = ["Mr", "Mrs", "Ms", "Dr", "Miss", "Mr.", "Mrs.", "Dr.", "Mme"]
PCNS = ["ADV", "MEDDADV", "A4", "CN", "9999", "MEDDPRIME", "CTRXMEDD"]
GROUPS = ["RX4410", "HUMANA", "WV9A", "RXCVSD", "MAPD01", "0018842"]

PREFIXES = ["fyi ", "NOTE: ", "[T2] ", "** ", "inbound call: ", "chat: ", "VM: ",
            "outbound - ", "F/U: ", "callback: ", "cx call - ", "pharm line: "]
SUFFIXES = [" thx", " - pls f/u", " lol", " b4 EOD pls", " r/o fraud", " asap",
            " // closed", " -- pending", " (abt 10 min call)", " fyi", " n/a",
            " tmrw f/u", " ty", " ticket closed"]
SEPS = [" | ", " - ", "; ", ", ", " // ", " :: "]

# ---------------------------------------------------------------- templates
# (tag, template): tag None = any country, "US"/"CA", or a province code.
PII_TEMPLATES = [
    (None, "cust {name} called re {drug} refill, verified dob {dob} and zip {zip}, sent to {pharm}"),
    (None, "caller {name} | cb {phone} | issue: {drug} denied at {pharm}, needs PA | sent to {queue}"),
    ("US", "spoke to {name}, verified w/ last 4 ssn {ssnlast} + dob {dob}. updated phone to {phone}"),
    ("US", "Medicare MBI {mbi} | DOB {dobiso} | {plan} | cx wants to switch plans at AEP, sent comparison"),
    ("US", "SSN {ssn} on file doesnt match SSA records, told cx {name} to visit field office {day}"),
    (None, "mbr called from {phone} re claim {claim}, DOS {date}, billed {amt}, EOB shows denied CO-97"),
    (None, "Rx# {rx} for {drug} transferred from {pharm} to {pharm2}, pt {name} dob {dob}"),
    (None, "prescriber Dr {fam2} NPI {npi} called in {drug} for {name}, pt aware"),
    (None, "thanks to {given2} at {hosp} for faxing the auth, PA# {pa} approved thru {month}"),
    ("US", "{sfg} | DOB {dobn} | Medicaid {medicaid} | renewal packet mailed to {fulladdr}"),
    (None, "new addr for {name}: {fulladdr}, eff {date}, updated in {sys}"),
    (None, "Mrs {fam} wants son {given2} added as dependent, born {dobw2}, need birth cert"),
    (None, "cust email bouncing, updated to {email} per {name} on call"),
    (None, "pt {name} locked out of portal, username {user}, last login from {ip}, reset link sent"),
    (None, "cx uploaded ins card pic: {url} member id {mem}, looks legit"),
    ("US", "EBT card {ebt} reported stolen by {name}, replacement mailed to {addr}, {city} {st} {zip}"),
    (None, "card on file {card} declined for {amt} copay, cx will call back w/ new card"),
    ("US", "SSI recipient {name}, claim # {hicn}, rep payee is daughter {given2}"),
    ("US", "caller asking status of SSDI appeal, ssn {ssn}, dob {dob}, mailing addr {fulladdr}"),
    (None, "fyi {name}'s {drug} moved to tier 3 this yr, copay now {amt}, cx not happy"),
    (None, "lm for {name} at {phone} re: {prog} recert due {month}, 2nd attempt"),
    (None, "{name} ({dobn}) - mbr id {mem} - wants paper EOBs mailed to {pobox}, {city} {st} {zip}"),
    ("US", "WIC appt for baby {given}, dob {dobn}, mom is {name2}, ph {phone}, {day} {time}"),
    (None, "interp needed: {lang}. cx {name}, callback {phone}, pref after {time}"),
    (None, "cx has no phone, use neighbor {name2} at {phone}, mail goes to {fulladdr}"),
    (None, "{given} says thx lol, set up 90 day mail order for {drug}, ship to {fulladdr}"),
    (None, "fraud flag on acct, verified {name} w/ dob {dob} and zip {zip} b4 discussing"),
    (None, "mbr {name} dob {dob} - claim {claim} reprocessed, check mailed to {addr}"),
    (None, "dup claims {claim} and {claim} for {name}, DOS {date}, voided the 2nd one"),
    (None, "IG DM from {handle} saying {drug} order is late, matched to mbr id {mem}"),
    (None, "tiktok user {handle} posted abt wait times at {pharm} {city}, social team has it"),
    (None, "tech {given2} at {pharm} called: pt {name} dob {dob}, rx {rx} rejected 75 PA required"),
    ("US", "pt {name} has dual coverage, primary {ins} id {mem}, secondary Medicaid {medicaid}"),
    (None, "COB update: spouse {name2} dob {dob2} now covered thru employer plan, primary eff {date}"),
    (None, "per {given2} in {queue}, early refill override ok on rx {rx} (vacation supply)"),
    (None, "cust {name}'s phone {phone} was wrong in {sys}, fixed and confirmed by text"),
    (None, "address verif: {addr} {city} {st} {zip} confirmed by cx, no changes"),
    (None, "sent enrollment form to {email}, {name} will sign and return by {day}"),
    (None, "{name} on the line w/ daughter {name2} (auth rep on file), dob {dob} verified"),
    (None, "NAME: {sfg} DOB: {dobiso} ID: {mem} PLAN: {plan} NOTES: wants new ID card"),
    ("US", "pt born {dobw}, full ssn {ssn}, req replacement Medicare card, mail to {fulladdr}"),
    (None, "d.o.b {dobdot} confirmed, {name} ok to receive txt at {phone}"),
    (None, "refund of {amt} to IBAN {iban}, cx {name} moved overseas, needs form signed"),
    (None, "fyi {given2} took the prev call and promised cb to {phone} by {day}, never happened"),
    ("ON", "OHIP {hc} expired, cx {name} to renew at ServiceOntario, dob {dob}"),
    ("QC", "RAMQ {hc} - {name} - carte expirée, needs new photo, dob {dob}"),
    ("BC", "BC PHN {hc}, {name}, Fair PharmaCare deductible {amt} not met yet"),
    ("CA", "SIN {sin}, CPP-D application for {name}, born {dobw}, mailing {fulladdr}"),
    ("CA", "{name} moved from {othercity} to {city}, new health card # {hc}, coverage after wait period"),
    ("CA", "Green Shield cert {cert}, {name}, dob {dob}, claim for {drug} at {pharm} rejected"),
    ("CA", "NIHB client {name}, status # {status}, {fn} First Nation, needs {device} approval"),
    ("CA", "Canada Life ID {mem}, plan mbr {name}, dependent {given2} dob {dob2} added"),
    ("CA", "OAS/GIS: {name}, SIN {sin}, new address {fulladdr}, effective next month"),
    ("ON", "ODSP member {case} - {name} - drug card not working at {pharm}, told to call caseworker"),
    ("CA", "{name} postal code {zip} doesnt match file, updated addr to {addr}"),
    (None, "spoke w/ {title} {fam} abt {drug} coverage, dob {dob}, member {mem}"),
    (None, "{given} called back. said sorry for yelling yesterday lol. rx {rx} ready {day}"),
    (None, "DR {fam2} office (NPI {npi}) faxed PA for {name}, missing dx code, sent back"),
    (None, "caller was {name}, cb {phone} email {email}, wants itemized bill from {hosp}"),
    ("US", "Medicaid id {medicaid}, {name}, ride to {hosp} booked {day} {time}"),
    (None, "chart note: {sfg}, dob {dob}, allergies PCN, sulfa. called re {drug} interaction"),
    (None, "acct holder {name}, {title} {fam2} is poa, docs rec'd {date}, ref {ref}"),
    (None, "ref # {ref} given to cx {name} for complaint re {pharm} overcharge {amt}"),
    (None, "{name}: ip {ip} flagged for multiple failed logins, acct locked, pls verify id b4 unlock"),
    ("US", "benefits case {case}, head of household {name}, {n} in HH, SNAP interview {day} {time}"),
    ("US", "verified {name} with medicare # {mbi} and birthdate {dobw}, Part B premium question"),
    ("CA", "cust {name} w/ {ins} cert {cert} asking abt {drug}, dob {dob}, ph {phone}"),
    ("US", "thx to {name2} from {ins} for 3-way call, {name} mbr id {mem} enrolled eff {date}"),
    (None, "{name} // {phone} // {email} // wants to cancel auto-refill on {drug}"),
    (None, "pls cb {given} {phone} asap re {device} shipment, pt says its urgent"),
    (None, "gamer tag {handle} in chat claiming to be {name}, refused to verify, ended chat"),
    ("QC", "{name}, RAMQ {hc}, né(e) le {dobw}, régime public, {pharm} refuse la carte"),
    ("QC", "cx {name} parle français seulement, tél {phone}, adresse {fulladdr}"),
    ("US", "policy # {mem} lapsed for non payment, {name} paid {amt} w/ card {card}, reinstated"),
    (None, "Rx {rx} and {rx} ready for {name}, pickup by {day}, total {amt}"),
    (None, "{title} {name} is hard of hearing, use TTY or email {email}, do not call {phone}"),
    ("US", "ZIP+4 {zip} for {name} at {addr} per USPS lookup, updated {sys}"),
    (None, "per {title} {fam2} at {hosp}: {name} discharged {date}, needs {device} setup at home"),
    (None, "{name} verified, all set, closed. -{given2}"),
    (None, "cx sent gofundme link for med bills {url}, asked if we can help w/ {amt}"),
    (None, "{fam} family: {given} and {given2} both on plan, dobs {dob} and {dob2}"),
    ("US", "{given}'s Medicaid {medicaid} termed {date}, CHIP app started, dob {dob}"),
    (None, "caller {name} says card {card} was charged twice for {drug}, refund ticket {ref}"),
    ("CA", "caller {name}, health card {hc}, ph {phone}, asking abt {prog}"),
]

NOPII_TEMPLATES = [
    "cx asking if {drug} covered under {plan}, told tier 2, copay {amt} at {pharm}",
    "{sys} down again from {time}, used paper backup, {n} calls waiting in queue",
    "{pharm} in {city} out of {drug}, advised cx to try {pharm2} on {day}",
    "FYI {plan} formulary change eff {month} 1, {drug} moving to tier 4, expect calls",
    "reminder: AEP runs Oct 15 to Dec 7, call scripts updated in {sys}",
    "caller asked abt Part D late enrollment penalty, explained calc, no action needed",
    "transferred to {queue} re {prog} eligibility, est wait {n} min, cx ok w/ hold",
    "{device} sensor fell off after 3 days, replacement req sent to mfr, ships in {n} days",
    "cx confused abt deductible vs OOP max, explained, {amt} met so far this yr",
    "OHIP+ covers {drug} for under 25s, cx satisfied, no further action",
    "Trillium deductible quarter ends {month} 31, reminded cx to submit receipts",
    "pls ask {queue} to check the fax queue, {n} PAs pending since {day}",
    "lol cx thought {drug} was a vitamin, educated re side effects, referred to pharmacist",
    "weather closure at {city} office {day}, redirect walk-ins to {othercity}",
    "MyChart app not loading on iPhone 15, cleared cache, works now",
    "dropped call x2, no cb number, n/a, nothing to do",
    "cx wanted {lang} line, warm transfer done, thx",
    "Shoppers Drug Mart on Yonge cant bill Sun Life direct, told cx to submit receipt online",
    "Jean Coutu says RAMQ rejected claim, code 56, told pharm to resubmit w/ DIN",
    "Express Scripts mail order delayed, {n} day backlog b/c of storm in {region}",
    "{prog} interview moved to {day} at {time}, cx ok w/ phone interview",
    "Medicaid unwinding letters going out in {month}, expect heavy volume on {day}",
    "team huddle @ {time}: new IVR flow for {prog}, see {sys} KB 4471",
    "ins card shows BIN 610014 PCN {pcn} Group {grp}, pharmacy had wrong BIN, resolved",
    "cx asked if Ozempic covered for weight loss, no, only w/ T2D dx, Wegovy needs PA",
    "{n} rx ready for pickup at {pharm}, cx will come {day} after 5",
    "escalated to sup, cx upset abt {amt} bill from {hosp}, billing to review",
    "cx in {city} asked for nearest in-network urgent care, gave {hosp} and the {pharm} clinic",
    "PA for {device} approved for 12 months, cx notified, supplier is {supplier}",
    "{sys} timing out on eligibility checks since {time}, IT ticket opened, fyi all",
    "$35 insulin cap applies under Part D, cx on {drug}, claim adjusted to {amt}",
    "CPP and OAS payment date this month is the 27th, cx asked, confirmed",
    "wrong number, caller wanted {brand} customer service, gave number from their site",
    "fax from clinic illegible, asked to resend, pg 2 of 3 missing",
    "Mounjaro shortage, {n} {pharm} stores out across {region}, pls set expectations",
    "vaccine clinic Sat at {pharm} {city}: flu, COVID, RSV for 60+, walk-ins ok",
    "cx wants to cancel plan eff {month} 31, moving to {region}, sent disenrollment info",
    "holiday hrs reminder: closed {day}, phones back {day2} 8am",
    "cx asked generic for Synthroid, levothyroxine 75 mcg, same price {amt}, switched",
    "ER visit at {hosp} billed out of network, sent to appeals, 30 day turnaround",
    "cust called 3x today abt same {prog} letter, explained its informational only",
    "Omnipod 5 pods not covered under pharmacy benefit on {plan}, DME only",
    "NIHB covers {drug} w/ limited use code, told pharmacy at {pharm} to resubmit",
    "Availity showing term date but {sys} says active, sent to eligibility team",
    "cx upset re 45 min hold, apologized, gave $25 courtesy credit per policy",
    "HSA card declined at {pharm}, told cx to check balance w/ {ins}",
    "Kroll down at {pharm} {city}, pharmacist asked us to hold claims til {time}",
    "coverage q: is CGM covered w/o insulin? {plan} says yes w/ hypoglycemia hx",
    "cx wanted to know if {hosp} is in network for {plan}, confirmed yes tier 1",
    "{n} calls this hr abt {drug} recall, used approved script from {queue}",
    "Ontario Drug Benefit co-pay is $2 for seniors, explained to caller, resolved",
    "Fair PharmaCare registration done online, cx will get confirmation in 2-3 wks",
    "transport benefit: {n} rides/mo, book 48 hrs ahead via {brand}, cx aware",
    "EBT outage statewide {day} {time}, {prog} cards not working, update from {queue}",
    "{ins} portal maintenance {day} {time}, members may see errors, use IVR",
    "fill date {date}, next refill eligible {date2}, {drug} 30ds, cx will wait",
    "{month} open enrollment: {n} switches to {plan} today, mostly from {region}",
]

# ---------------------------------------------------------------- helpers
_SLOT = re.compile(r"\{([a-z]+)(\d?)\}")
_SPLIT = re.compile(r"[\s\-'.\u2019]+")
MBI_LET = "ACDEFGHJKMNPQRTUVWXY"
CA_L1 = "ABCEGHJKLMNPRSTVXY"
CA_L = "ABCEGHJKLMNPRSTVWXYZ"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _name_words(text):
    return [w for w in _SPLIT.split(fold(text)) if w]


def _ascii(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def _tilde(s):
    """'[City] General' -> parts with the bracketed bit as '~'."""
    out = []
    for piece in re.split(r"(\[[^\]]+\])", s):
        if not piece:
            continue
        if piece.startswith("["):
            out.append((piece[1:-1], "~"))
        else:
            out.append((piece, "o"))
    return out


class _Loc:
    def __init__(self, t):
        self.city, self.st, self.country, self.zpre, areas, self.hint = t
        self.areas = areas.split()


class _Person:
    def __init__(self, r, culture):
        self.culture = culture
        _, givens, fams = CULTURES[culture]
        self.given = r.choice(givens)
        self.family = r.choice(fams)
        self.family2 = None
        if culture in ("mex", "prd") and r.random() < 0.3:
            f2 = r.choice(fams)
            if f2 != self.family:
                self.family2 = f2
        self.female = r.random() < 0.55
        self.vmid = "Thi" if self.female else r.choice(["Van", "Duc", "Minh"])
        band = r.random()
        if band < 0.45:
            y = r.randint(1934, 1960)
        elif band < 0.85:
            y = r.randint(1961, 2004)
        else:
            y = r.randint(2005, 2024)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else 30)
        self.dob = (y, m, d)
        self.full = None

    def render_full(self, r):
        if self.full:
            return self.full
        fam = self.family + (" " + self.family2 if self.family2 else "")
        x = r.random()
        if self.culture in FAMILY_FIRST and x < 0.35:
            if self.culture == "viet" and r.random() < 0.6:
                s = f"{self.family} {self.vmid} {self.given}"
            else:
                s = f"{self.family} {self.given}"
        elif self.culture == "viet" and x < 0.55:
            s = f"{self.given} {self.vmid} {fam}"
        elif x > 0.92:
            s = f"{self.given} {r.choice(UPPER)}. {fam}"
        else:
            s = f"{self.given} {fam}"
        self.full = s
        return s


class _Ctx:
    def __init__(self, r, tag):
        self.r = r
        self.tag = tag
        if tag in (None,):
            country = "US" if r.random() < 0.62 else "CA"
            pool = [l for l in LOCATIONS if l[2] == country]
        elif tag in ("US", "CA"):
            pool = [l for l in LOCATIONS if l[2] == tag]
        else:
            pool = [l for l in LOCATIONS if l[1] == tag]
        self.loc = _Loc(r.choice(pool))
        self.persons = {}

    def person(self, i):
        if i not in self.persons:
            r = self.r
            cults = [c for c, v in CULTURES.items() if self.loc.country in v[0]]
            if i == 1 and self.loc.hint and r.random() < 0.45:
                c = self.loc.hint
            elif self.tag == "QC" and r.random() < 0.6:
                c = "qc"
            elif i > 1 and 1 in self.persons and r.random() < 0.5:
                c = self.persons[1].culture
            else:
                c = r.choice(cults)
            self.persons[i] = _Person(r, c)
        return self.persons[i]


# ---------------------------------------------------------------- generators
def _dob_text(r, dob, kind):
    y, m, d = dob
    yy = f"{y % 100:02d}"
    M, Mo = MONTHS[m - 1], MON3[m - 1]
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    num = [f"{m}/{d}/{yy}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}",
           f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}-{y}", f"{d:02d}/{m:02d}/{y}",
           f"{m:02d}{d:02d}{y}", f"{y}/{m:02d}/{d:02d}", f"{m}-{d}-{yy}"]
    dot = [f"{d:02d}.{m:02d}.{yy}", f"{d}.{m}.{y}", f"{m:02d}.{d:02d}.{y}"]
    wr = [f"{M} {d} {y}", f"{M} {d}, {y}", f"{Mo} {d} {y}", f"{d} {Mo} {y}",
          f"{d} {M} {y}", f"{Mo}. {d}, {y}", f"{M} {d}{suf}, {y}",
          f"{d:02d}-{Mo}-{y}", f"{d:02d}{Mo.upper()}{y}", f"{M} {d}{suf} {y}"]
    if kind == "n":
        return r.choice(num)
    if kind == "w":
        return r.choice(wr)
    if kind == "iso":
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"])
    if kind == "dot":
        return r.choice(dot)
    return r.choice(num + num + dot + wr)


def _zip(r, loc):
    if loc.country == "US":
        z = loc.zpre + _digits(r, 5 - len(loc.zpre))
        if r.random() < 0.3:
            z += "-" + _digits(r, 4)
        return z
    pat = "ADADAD"
    chars = list(loc.zpre)
    for i in range(len(chars), 6):
        if pat[i] == "D":
            chars.append(r.choice("0123456789"))
        else:
            chars.append(r.choice(CA_L1 if i == 0 else CA_L))
    fsa, ldu = "".join(chars[:3]), "".join(chars[3:])
    x = r.random()
    if x < 0.68:
        return f"{fsa} {ldu}"
    if x < 0.84:
        return fsa + ldu
    if x < 0.93:
        return f"{fsa} {ldu}".lower()
    return (fsa + ldu).lower()


def _phone(r, loc):
    a = r.choice(loc.areas)
    e = str(r.randint(200, 989))
    n = _digits(r, 4)
    f = r.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}",
                  f"1-{a}-{e}-{n}", f"{a}{e}{n}", f"+1 ({a}) {e}-{n}", f"{a} {e} {n}",
                  f"{a}-{e}-{n}", f"({a}){e}-{n}", f"{e}-{n}"])
    return f


def _street(r, loc):
    n = str(r.randint(2, 9899))
    u = r.randint(1, 24)
    if loc.country == "US":
        x = r.random()
        if x < 0.09:
            return r.choice(["PO Box ", "P.O. Box ", "po box "]) + str(r.randint(11, 9999))
        if x < 0.17 or loc.hint in ("navajo", "menno") and x < 0.5:
            t = r.choice(US_RURAL)
            if loc.hint == "navajo":
                t = r.choice(["HC {h} Box {b}", "PO Box {b}", "Rural Route {n} Box {b}"])
            return t.format(n=r.randint(1, 9), b=r.randint(10, 3999),
                            h=r.randint(10, 79), b2=r.randint(100, 9999))
        dirn = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NW "])
        s = f"{n} {dirn}{r.choice(US_STREETS)}"
        if not s.endswith(("Loíza", "León")):
            s += " " + r.choice(US_SUFFIX)
        if r.random() < 0.45:
            unit = r.choice(US_UNITS).format(n=u, l=r.choice("ABCDEFGHJKR"))
            s += r.choice([" ", ", "]) + unit
        return s
    if loc.st in ("NU", "NT") and r.random() < 0.6:
        return r.choice([f"Box {r.randint(10, 2999)}", f"bldg {r.randint(100, 4999)}",
                         f"unit {u}, bldg {r.randint(100, 4999)}"])
    x = r.random()
    if x < 0.08:
        return r.choice(["PO Box ", "P.O. Box ", "CP "]) + str(r.randint(11, 999))
    if x < 0.15:
        return r.choice([f"RR {r.randint(1, 9)} Site {r.randint(1, 40)} Box {r.randint(1, 99)}",
                         f"RR#{r.randint(1, 9)}", f"RR {r.randint(1, 9)}"])
    if loc.st == "QC" or (loc.st == "NB" and r.random() < 0.6):
        s = f"{n} {r.choice(QC_STREETS)}"
        y = r.random()
        if y < 0.3:
            s += r.choice([", app. ", " app ", " #", ", local "]) + str(u)
        elif y < 0.4:
            s = f"{u}-{s}"
        return s
    s = f"{n} {r.choice(CA_STREETS)} {r.choice(CA_TYPES)}{r.choice(CA_DIRS)}"
    y = r.random()
    if y < 0.15:
        s = f"unit {u} - {s}"
    elif y < 0.3:
        s = f"{u}-{s}"
    elif y < 0.42:
        s += f", apt {u}0{r.randint(1, 9)}"
    elif y < 0.5:
        s = f"#{u}0{r.randint(1, 9)} - {s}"
    return s


def _full_addr(ctx):
    r, loc = ctx.r, ctx.loc
    a = _street(r, loc)
    z = _zip(r, loc)
    st = loc.st
    x = r.random()
    if loc.st == "QC" and x < 0.3:
        return [(a, "address"), (", ", "o"), (loc.city, "~"), (" (", "o"),
                ("Québec", "~"), (") ", "o"), (z, "postcode")]
    if x < 0.45:
        return [(a, "address"), (", ", "o"), (loc.city, "~"), (", ", "o"), (st, "~"),
                (" ", "o"), (z, "postcode")]
    if x < 0.8:
        return [(a, "address"), (", ", "o"), (loc.city, "~"), (" ", "o"), (st, "~"),
                (" ", "o"), (z, "postcode")]
    return [(a, "address"), (" ", "o"), (loc.city, "~"), (" ", "o"), (st, "~"),
            ("  ", "o"), (z, "postcode")]


def _ssn(r):
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    x = r.random()
    if x < 0.75:
        return f"{area:03d}-{g:02d}-{s:04d}"
    if x < 0.88:
        return f"{area:03d} {g:02d} {s:04d}"
    return f"{area:03d}{g:02d}{s:04d}"


def _sin(r):
    p = r.choice("12345679") + _digits(r, 7)
    s = p + _luhn_check(p)
    return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])


def _mbi(r):
    al = MBI_LET + "0123456789"
    c = [r.choice("123456789"), r.choice(MBI_LET), r.choice(al), r.choice("0123456789"),
         r.choice(MBI_LET), r.choice(al), r.choice("0123456789"), r.choice(MBI_LET),
         r.choice(MBI_LET), r.choice("0123456789"), r.choice("0123456789")]
    s = "".join(c)
    return s if r.random() < 0.55 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _medicaid(r):
    k = r.randrange(4)
    if k == 0:
        return r.choice(UPPER) + r.choice(UPPER) + _digits(r, 5) + r.choice(UPPER)
    if k == 1:
        return "9" + _digits(r, 7) + r.choice(UPPER)
    if k == 2:
        return _digits(r, 10)
    return "1" + _digits(r, 11)


def _mem(r, loc):
    if loc.country == "CA" and r.random() < 0.6:
        return r.choice([_digits(r, 9), "00" + _digits(r, 8), _digits(r, 7)])
    k = r.randrange(6)
    if k == 0:
        return "".join(r.choice(UPPER) for _ in range(3)) + _digits(r, 9)
    if k == 1:
        return "W" + _digits(r, 9)
    if k == 2:
        return "H" + _digits(r, 8)
    if k == 3:
        return _digits(r, 9) + r.choice(["-01", " 01", "00"])
    if k == 4:
        return "U" + _digits(r, 8) + r.choice([" 01", "01"])
    return "M" + _digits(r, 10)


def _hc(ctx, i):
    r, st = ctx.r, ctx.loc.st
    if st == "ON":
        b = _digits(r, 10)
        v = r.choice(UPPER) + r.choice(UPPER)
        return r.choice([f"{b[:4]}-{b[4:7]}-{b[7:]}-{v}", f"{b[:4]} {b[4:7]} {b[7:]} {v}",
                         b, f"{b[:4]}-{b[4:7]}-{b[7:]}", b + v])
    if st == "QC":
        p = ctx.person(i)
        sur = re.sub(r"[^A-Z]", "", fold(p.family).upper())
        sur = (sur + "XXX")[:3]
        g = re.sub(r"[^A-Z]", "", fold(p.given).upper())[:1] or "X"
        y, m, d = p.dob
        mm = m + 50 if p.female else m
        s = f"{sur}{g} {y % 100:02d}{mm:02d} {d:02d}{_digits(r, 2)}"
        return s if r.random() < 0.7 else s.replace(" ", "")
    if st == "BC":
        b = "9" + _digits(r, 9)
        return r.choice([f"{b[:4]} {b[4:7]} {b[7:]}", b])
    if st == "AB":
        b = _digits(r, 9)
        return f"{b[:5]}-{b[5:]}"
    if st == "NS":
        b = _digits(r, 10)
        return f"{b[:4]} {b[4:7]} {b[7:]}"
    b = _digits(r, 9)
    return r.choice([b, f"{b[:3]} {b[3:6]} {b[6:]}"])


def _npi(r):
    p = r.choice("12") + _digits(r, 8)
    return p + _luhn_check("80840" + p)


def _card(r):
    k = r.randrange(3)
    if k == 0:
        p = "4" + _digits(r, 14)
    elif k == 1:
        p = "5" + r.choice("12345") + _digits(r, 13)
    else:
        p = r.choice(["34", "37"]) + _digits(r, 12)
    s = p + _luhn_check(p)
    if len(s) == 15:
        return r.choice([f"{s[:4]} {s[4:10]} {s[10:]}", s])
    return r.choice([" ".join(s[i:i + 4] for i in range(0, 16, 4)),
                     "-".join(s[i:i + 4] for i in range(0, 16, 4)), s])


def _ebt(r):
    s = r.choice(["5077", "6100", "6274", "5081", "6004"]) + _digits(r, 12)
    return r.choice([" ".join(s[i:i + 4] for i in range(0, 16, 4)), s])


def _ip(r):
    if r.random() < 0.1:
        return "2607:fea8:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(2)) + "::" + f"{r.randint(1, 4095):x}"
    a = r.choice([24, 47, 50, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98, 99, 104,
                  107, 108, 142, 173, 174, 184, 206, 216])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _iban(r):
    alnum = UPPER + "0123456789"
    cc, bban = r.choice([
        ("IE", "".join(r.choice(["AIBK", "BOFI", "IPBS"])) + _digits(r, 14)),
        ("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + _digits(r, 14)),
        ("DE", _digits(r, 18)), ("FR", _digits(r, 23)),
        ("NL", r.choice(["ABNA", "INGB", "RABO"]) + _digits(r, 10)),
        ("PT", _digits(r, 21)), ("ES", _digits(r, 20)),
        ("LB", _digits(r, 4) + "".join(r.choice(alnum) for _ in range(20))),
        ("UA", _digits(r, 6) + "0000" + _digits(r, 15)),
    ])
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    cd = 98 - int(conv) % 97
    s = f"{cc}{cd:02d}{bban}"
    if r.random() < 0.7:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def _email(ctx, i):
    r = ctx.r
    p = ctx.person(i)
    g, f = _ascii(p.given), _ascii(p.family)
    yy = f"{p.dob[0] % 100:02d}"
    local = r.choice([f"{g}.{f}", f"{g}{f}{yy}", f"{g[0]}{f}", f"{f}.{g}",
                      f"{g}_{f}{r.randint(1, 99)}", f"{g}{p.dob[0]}", f"{g}.{f[0]}",
                      f"{f}{g[0]}{yy}"])
    if ctx.loc.country == "US":
        dom = r.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com",
                        "icloud.com", "comcast.net", "att.net", "verizon.net", "sbcglobal.net"])
    else:
        dom = r.choice(["gmail.com", "hotmail.ca", "yahoo.ca", "videotron.ca", "sympatico.ca",
                        "rogers.com", "shaw.ca", "bell.net", "telus.net", "outlook.com"])
    return local + "@" + dom


def _slug(ctx, i):
    r = ctx.r
    p = ctx.person(i)
    g, f = _ascii(p.given), _ascii(p.family)
    return r.choice([f"{g}_{f}", f"{g}{r.randint(1, 99)}", f"{g}.{f}", f"{f}{g[0]}{r.randint(1, 999)}",
                     f"the_real_{g}", f"{g}{f[:3]}"])


def _handle(ctx, i):
    r = ctx.r
    s = _slug(ctx, i)
    x = r.random()
    if x < 0.65:
        return "@" + s
    if x < 0.85:
        return "xX" + s + "Xx"
    return s.capitalize() + str(r.randint(1, 99))


def _user(ctx, i):
    r = ctx.r
    p = ctx.person(i)
    g, f = _ascii(p.given), _ascii(p.family)
    yy = f"{p.dob[0] % 100:02d}"
    return r.choice([f"{g[0]}{f}{yy}", f"{g}.{f}", f"{f}{g[0]}{r.randint(1, 99)}",
                     f"{g}{f}", f"{f}_{g}"])


def _url(ctx, i):
    r = ctx.r
    rnd = lambda n: "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))
    hexs = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    return r.choice([f"https://imgur.com/a/{rnd(7)}", f"https://www.facebook.com/{_slug(ctx, i)}",
                     f"https://gofund.me/{hexs(8)}", f"https://photos.app.goo.gl/{rnd(17)}",
                     f"https://drive.google.com/file/d/{rnd(28)}/view",
                     f"https://www.gofundme.com/f/help-{_ascii(ctx.person(i).given)}-with-medical-bills",
                     f"https://linkedin.com/in/{_slug(ctx, i).replace('_', '-')}"])


def _date(r):
    y = r.choice([2023, 2024, 2025])
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{m}/{d}", f"{m}/{d}/{y % 100}", f"{MON3[m - 1]} {d}",
                     f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"the {d}th"])


def _amt(r, country):
    if country == "CA" and r.random() < 0.3:
        return f"C${r.randint(2, 120)}"
    return r.choice([f"${r.randint(1, 99)}", f"${r.randint(1, 499)}.{r.randint(0, 99):02d}",
                     f"${r.randint(1, 9)},{r.randint(0, 999):03d}", f"${r.choice([0, 4, 10, 35, 47])}",
                     f"${r.randint(5, 60)}/mo"])


def _time(r):
    h = r.randint(7, 18)
    mm = r.choice(["00", "15", "30", "45"])
    return r.choice([f"{(h - 1) % 12 + 1}:{mm}{'am' if h < 12 else 'pm'}",
                     f"{(h - 1) % 12 + 1}:{mm} {'AM' if h < 12 else 'PM'}",
                     f"{h}:{mm}", "noon", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}",
                     f"{h}h{mm}"])


def _city2(ctx):
    others = [l for l in LOCATIONS if l[2] == ctx.loc.country and l[0] != ctx.loc.city]
    return ctx.r.choice(others)[0]


def _name_slot(kind):
    def f(ctx, i):
        p = ctx.person(i)
        r = ctx.r
        if kind == "name":
            return [(p.render_full(r), "name")]
        if kind == "given":
            return [(p.given, "name")]
        if kind == "fam":
            return [(p.family, "name")]
        # "SURNAME, Given"
        fam = p.family + (" " + p.family2 if p.family2 else "")
        if r.random() < 0.6:
            fam = fam.upper()
        return [(fam, "name"), (", ", "o"), (p.given, "name")]
    return f


def _dob_slot(kind):
    return lambda ctx, i: [(_dob_text(ctx.r, ctx.person(i).dob, kind), "dob")]


def _o(pool):
    return lambda ctx, i: [(ctx.r.choice(pool), "o")]


def _by_country(us, ca):
    return lambda ctx, i: [(ctx.r.choice(us if ctx.loc.country == "US" else ca), "o")]


SLOTS = {
    "name": _name_slot("name"), "given": _name_slot("given"), "fam": _name_slot("fam"),
    "sfg": _name_slot("sfg"),
    "dob": _dob_slot(None), "dobn": _dob_slot("n"), "dobw": _dob_slot("w"),
    "dobiso": _dob_slot("iso"), "dobdot": _dob_slot("dot"),
    "email": lambda c, i: [(_email(c, i), "email")],
    "handle": lambda c, i: [(_handle(c, i), "id")],
    "user": lambda c, i: [(_user(c, i), "id")],
    "url": lambda c, i: [(_url(c, i), "url")],
    "phone": lambda c, i: [(_phone(c.r, c.loc), "phone")],
    "zip": lambda c, i: [(_zip(c.r, c.loc), "postcode")],
    "addr": lambda c, i: [(_street(c.r, c.loc), "address")],
    "pobox": lambda c, i: [(c.r.choice(["PO Box ", "P.O. Box ", "Box "]) + str(c.r.randint(11, 9999)), "address")],
    "fulladdr": lambda c, i: _full_addr(c),
    "city": lambda c, i: [(c.loc.city, "~")],
    "othercity": lambda c, i: [(_city2(c), "~")],
    "st": lambda c, i: [(c.loc.st, "~")],
    "region": lambda c, i: _the(c.r.choice(REGIONS_US if c.loc.country == "US" else REGIONS_CA)),
    "fn": lambda c, i: [(c.r.choice(FIRST_NATIONS), "~")],
    "ssn": lambda c, i: [(_ssn(c.r), "id")],
    "ssnlast": lambda c, i: [(_digits(c.r, 4), "id")],
    "sin": lambda c, i: [(_sin(c.r), "id")],
    "mbi": lambda c, i: [(_mbi(c.r), "id")],
    "hicn": lambda c, i: [(_ssn(c.r).replace(" ", "-") + c.r.choice(["A", "B", "D", "C1", "B6"]), "id")],
    "medicaid": lambda c, i: [(_medicaid(c.r), "id")],
    "mem": lambda c, i: [(_mem(c.r, c.loc), "id")],
    "hc": lambda c, i: [(_hc(c, i), "id")],
    "rx": lambda c, i: [(c.r.choice([_digits(c.r, 7), _digits(c.r, 7), _digits(c.r, 6),
                                     _digits(c.r, 7) + "-" + _digits(c.r, 5)]), "id")],
    "npi": lambda c, i: [(_npi(c.r), "id")],
    "claim": lambda c, i: [(c.r.choice([str(c.r.choice([23, 24, 25])) + _digits(c.r, 11),
                                        "E" + _digits(c.r, 10),
                                        f"CLM-{c.r.choice([2023, 2024, 2025])}-{_digits(c.r, 7)}",
                                        f"{_digits(c.r, 2)}-{_digits(c.r, 7)}-{_digits(c.r, 2)}",
                                        c.r.choice("12") + _digits(c.r, 12)]), "id")],
    "pa": lambda c, i: [(c.r.choice([f"PA-{_digits(c.r, 6)}-{_digits(c.r, 4)}",
                                     "A" + _digits(c.r, 10), _digits(c.r, 9)]), "id")],
    "ref": lambda c, i: [(c.r.choice([f"1-{_digits(c.r, 8)}", f"C-2024{_digits(c.r, 4)}-{_digits(c.r, 4)}",
                                      "INC" + _digits(c.r, 7), f"CAS-{_digits(c.r, 5)}-{_digits(c.r, 4)}"]), "id")],
    "case": lambda c, i: [(c.r.choice([_digits(c.r, 10), f"{c.r.choice([2023, 2024])}-{_digits(c.r, 6)}",
                                       _digits(c.r, 9)]), "id")],
    "status": lambda c, i: [(_digits(c.r, 10), "id")],
    "cert": lambda c, i: [(c.r.choice([_digits(c.r, 8), _digits(c.r, 10), "00" + _digits(c.r, 7)]), "id")],
    "card": lambda c, i: [(_card(c.r), "card")],
    "ebt": lambda c, i: [(_ebt(c.r), "card")],
    "ip": lambda c, i: [(_ip(c.r), "ip")],
    "iban": lambda c, i: [(_iban(c.r), "iban")],
    # ordinary text
    "drug": _o(DRUGS), "plan": _by_country(PLANS_US, PLANS_CA),
    "ins": _by_country(INSURERS_US, INSURERS_CA), "pharm": _by_country(PHARMS_US, PHARMS_CA),
    "sys": _o(SYSTEMS), "queue": _o(QUEUES), "prog": _o(PROGRAMS), "device": _o(DEVICES),
    "supplier": _o(SUPPLIERS), "brand": _o(BRANDS), "lang": _o(LANGS), "day": _o(DAYS),
    "month": _o(MONTHS + MON3), "title": _o(TITLES), "pcn": _o(PCNS), "grp": _o(GROUPS),
    "sep": _o(SEPS),
    "hosp": lambda c, i: _tilde(c.r.choice(HOSPITALS_US if c.loc.country == "US" else HOSPITALS_CA)),
    "amt": lambda c, i: [(_amt(c.r, c.loc.country), "o")],
    "time": lambda c, i: [(_time(c.r), "o")],
    "date": lambda c, i: [(_date(c.r), "o")],
    "n": lambda c, i: [(str(c.r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 40])), "o")],
}


def _the(region):
    if region.startswith("the "):
        return [("the ", "o"), (region[4:], "~")]
    return [(region, "~")]



def _render(tpl, ctx):
    parts = []
    pos = 0
    for m in _SLOT.finditer(tpl):
        if m.start() > pos:
            parts.append((tpl[pos:m.start()], "o"))
        idx = int(m.group(2) or 1)
        parts.extend(SLOTS[m.group(1)](ctx, idx))
        pos = m.end()
    if pos < len(tpl):
        parts.append((tpl[pos:], "o"))
    return parts


_KEYS = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm",
                               ["w", "qe", "wr", "et", "ry", "tu", "yi", "uo", "ip", "o",
                                "s", "ad", "sf", "dg", "fh", "gj", "hk", "jl", "k",
                                "x", "zc", "xv", "cb", "vn", "bm", "n"])}


def _typo(r, parts):
    cands = [i for i, (t, l) in enumerate(parts) if l == "o" and re.search(r"[A-Za-z]{4,}", t)]
    if not cands:
        return parts
    i = r.choice(cands)
    t = parts[i][0]
    m = r.choice(list(re.finditer(r"[A-Za-z]{4,}", t)))
    w = m.group()
    j = r.randrange(1, len(w) - 1)
    k = r.randrange(4)
    if k == 0:
        nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif k == 1:
        nw = w[:j] + w[j + 1:]
    elif k == 2:
        nw = w[:j] + w[j] + w[j:]
    else:
        c = w[j]
        sub = r.choice(_KEYS.get(c.lower(), "e"))
        nw = w[:j] + (sub.upper() if c.isupper() else sub) + w[j + 1:]
    if nw == w:
        nw = w[:j] + w[j + 1:]
    parts = list(parts)
    parts[i] = (t[:m.start()] + nw + t[m.end():], "o")
    return parts


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


def _one(r, want_pii):
    if want_pii:
        tag, tpl = r.choice(PII_TEMPLATES)
    else:
        tag, tpl = None, r.choice(NOPII_TEMPLATES)
    ctx = _Ctx(r, tag)
    parts = _render(tpl, ctx)
    if r.random() < 0.22:
        parts.insert(0, (r.choice(PREFIXES), "o"))
    if r.random() < 0.18:
        parts.append((r.choice(SUFFIXES), "o"))
    if r.random() < TYPO_SHARE:
        parts = _typo(r, parts)
    x = r.random()
    if x < LOWER_SHARE:
        parts = [(t.lower(), l) for t, l in parts]
    elif x < LOWER_SHARE + 0.11 and any(l == "name" for _, l in parts):
        if r.random() < 0.3:
            parts = [(t.upper(), l) for t, l in parts]
        else:
            parts = [(t.upper() if l == "name" else t, l) for t, l in parts]
    return _merge(parts)


def blind_notes(listed: frozenset) -> list:
    r = random.Random(SEED)
    folded = {fold(w) for w in listed}
    notes, seen = [], set()
    n_nopii = 0
    attempts = 0
    while len(notes) < N_NOTES:
        attempts += 1
        if attempts > 400000:
            raise RuntimeError("could not generate enough notes")
        want_pii = n_nopii >= round(NO_PII_SHARE * (len(notes) + 1))
        parts = _one(r, want_pii)
        text = "".join(t for t, _ in parts)
        if text in seen or "\n" in text:
            continue
        if not 5 <= len(text.split()) <= 45:
            continue
        if any(l == "name" and any(w in folded for w in _name_words(t)) for t, l in parts):
            continue
        seen.add(text)
        notes.append(parts)
        if not any(l in PII_LABELS for _, l in parts):
            n_nopii += 1
    r.shuffle(notes)
    return notes


# ---------------------------------------------------------------- self-check
def _selfcheck():
    from collections import Counter
    assert len(PII_TEMPLATES) >= 60, len(PII_TEMPLATES)
    assert len(NOPII_TEMPLATES) >= 35, len(NOPII_TEMPLATES)
    for tpl in NOPII_TEMPLATES:
        for m in _SLOT.finditer(tpl):
            assert SLOTS[m.group(1)] is not None
    for key, (_, g, f) in CULTURES.items():
        assert len(g) >= 40 and len(f) >= 40, (key, len(g), len(f))
    sample = frozenset("""john mary james robert michael william david maria jose juan
        smith johnson williams brown jones garcia martinez rodriguez lee kim nguyen
        tran patel wang li chen mohammed ali ahmed sarah jennifer linda""".split())
    for listed in (frozenset(), sample):
        a = blind_notes(listed)
        b = blind_notes(listed)
        assert a == b, "not deterministic"
        assert len(a) == N_NOTES
        texts = ["".join(t for t, _ in n) for n in a]
        assert len(set(texts)) == N_NOTES, "duplicate notes"
        fl = {fold(w) for w in listed}
        for note, text in zip(a, texts):
            assert "\n" not in text
            assert 5 <= len(text.split()) <= 45, text
            prev = None
            for t, l in note:
                assert l in LABELS, l
                assert t, note
                if l != "o":
                    assert t == t.strip(), (t, l)
                else:
                    assert prev != "o", note
                if l == "name":
                    assert not any(w in fl for w in _name_words(t)), (t, text)
                prev = l
    notes = blind_notes(frozenset())
    cnt = Counter(l for n in notes for _, l in n)
    texts = ["".join(t for t, _ in n) for n in notes]
    lower = sum(t == t.lower() for t in texts) / len(texts)
    nopii = sum(not any(l in PII_LABELS for _, l in n) for n in notes) / len(notes)
    upper_names = sum(any(l == "name" and t == t.upper() and t != t.lower() for t, l in n)
                      for n in notes) / len(notes)
    assert lower >= 0.30, lower
    assert 0.40 <= nopii <= 0.50, nopii
    for lab in LABELS:
        assert cnt[lab] > 0, lab
    notes_s = blind_notes(sample)
    nopii_s = sum(not any(l in PII_LABELS for _, l in n) for n in notes_s) / len(notes_s)
    print("label counts:", dict(sorted(cnt.items(), key=lambda kv: -kv[1])))
    print(f"lower-case share: {lower:.3f}")
    print(f"no-personal-data share: {nopii:.3f} (with sample listed: {nopii_s:.3f})")
    print(f"notes with upper-case names: {upper_names:.3f}")
    print(f"templates: {len(PII_TEMPLATES)} PII, {len(NOPII_TEMPLATES)} no-PII; "
          f"cultures: {len(CULTURES)}")
    r = random.Random(1)
    for n in r.sample(notes, 12):
        print(" *", "".join(f"[{t}]<{l}>" if l != "o" else t for t, l in n))


if __name__ == "__main__":
    _selfcheck()
