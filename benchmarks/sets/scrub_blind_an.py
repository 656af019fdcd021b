"""Blind evaluation set 'an': English-language care notes (US/UK/CA/AU/IE), labelled."""
import random
import re
import unicodedata

SEED = 48151623
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

# ---------------------------------------------------------------- name pools
# culture: (given names, family names, order)  order "gf" given-first, "fg" family-first
POOLS = {
    "anglo_american": (
        "James Michael Robert John David William Richard Joseph Thomas Christopher "
        "Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa "
        "Frank Bill Grant Hunter Hope Rose Summer Joy Chase Brooke Skyler Dakota "
        "Tyler Brandon Ashley Madison Kayla Dustin Cody Heather Amber Wade",
        "Smith Johnson Miller Davis Wilson Anderson Taylor Moore Martin Thompson "
        "White Clark Lewis Walker Hall Allen Young King Wright Hill Green Baker "
        "Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans "
        "Edwards Collins Stewart Morris Rogers Cook Hunter Black Grant Frank",
        "gf"),
    "british": (
        "Oliver George Harry Jack Charlie Alfie Archie Freddie Theo Arthur "
        "Amelia Olivia Isla Ava Poppy Evie Florence Imogen Harriet Millie "
        "Nigel Clive Gareth Rhys Dylan Ffion Cerys Sian Bethan Gemma "
        "Kerry Stacey Leanne Dean Wayne Darren Lee Hope Rose Joy",
        "Jones Williams Brown Taylor Davies Evans Thomas Roberts Johnson Wright "
        "Robinson Wood Thompson Walker White Edwards Hughes Green Hall Lewis "
        "Harris Clarke Patel Jackson Turner Hill Cooper Ward Morris Moore "
        "Baker Black Young Fletcher Thatcher Shepherd Bishop Knight Butler Cartwright "
        "Smythe Ffoulkes Bowes-Lyon Heath",
        "gf"),
    "irish": (
        "Seán Siobhán Niamh Aoife Ciara Saoirse Róisín Orla Clodagh Caoimhe "
        "Sinéad Áine Eimear Gráinne Méabh Aisling Deirdre Bríd Nuala Sorcha "
        "Ciarán Cillian Oisín Darragh Eoin Pádraig Cathal Donal Fionn Tadhg "
        "Colm Ronan Declan Eamon Conor Liam Niall Shane Dara Rory",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill Reilly "
        "Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin "
        "Ó_Briain Mac_Giolla Ní_Bhriain Nic_Aodha Ó_Súilleabháin Fitzgerald Brennan Dunne "
        "Flanagan Kavanagh Hennessy Costello Nolan Fahy Whelan Mulligan Keane Power "
        "Daly Hegarty Cullen Ó_Ceallaigh",
        "gf"),
    "scottish": (
        "Hamish Angus Callum Euan Fraser Alasdair Ewan Struan Ruaridh Murdo "
        "Eilidh Isla Morag Kirsty Fiona Catriona Shona Mhairi Ailsa Iona "
        "Lachlan Finlay Craig Gordon Douglas Duncan Graeme Innes Kenneth Malcolm "
        "Ishbel Elspeth Kirsteen Lorna Rhona Sheena Senga Jeanie Marion Heather",
        "MacDonald MacLeod Campbell Stewart Robertson Thomson Anderson Scott Reid Murray "
        "MacKenzie MacGregor Fraser Sinclair Cameron Ross Grant Hunter Douglas Gordon "
        "McIntyre McIntosh Ferguson Munro Buchanan Drummond Lindsay Kerr Baird Crawford "
        "Urquhart Menzies Dalgleish Cunningham Galbraith MacAulay Young Black Wallace Bruce",
        "gf"),
    "african_american": (
        "DeShawn Jamal Darnell Tyrone Marquis Terrell Andre Malik Jalen Deandre "
        "Keisha Latoya Tamika Ebony Shanice Aaliyah Imani Jasmine Precious Destiny "
        "Kendrick Tremaine Darius Lamar Reginald Cedric Alonzo Jermaine Trevon Javon "
        "Shaniqua LaToya Monique Tiana Nia Kiara Essence Unique Mercy Joy",
        "Washington Jefferson Jackson Robinson Freeman Booker Banks Coleman Dixon Hayes "
        "Bryant Gaines Mosley Pryor Glover Tubman Sims Pettaway Whitfield Holloway "
        "Jenkins Brooks Sanders Price Bennett Simmons Alexander Russell Griffin Hairston "
        "McNeil Battle Shabazz Muhammad Staten Belton Chisolm Merriweather Tolliver Young",
        "gf"),
    "nigerian_british": (
        "Chidi Chinedu Emeka Obinna Ikenna Tunde Babatunde Olumide Segun Femi "
        "Ngozi Chiamaka Adaeze Funmilayo Folake Yetunde Temitope Oluwaseun Bukola Abimbola "
        "Ayodele Kehinde Taiwo Adebayo Oluwadamilare Chukwuemeka Nnamdi Uche Ifeanyi Kelechi "
        "Precious Blessing Mercy Favour Gift Peace Godwin Sunday Patience Comfort",
        "Okafor Okonkwo Adeyemi Oyelaran Balogun Adebayo Eze Nwosu Obi Okoro "
        "Ogunleye Akinola Olatunji Ibrahim Bello Abubakar Chukwu Nwachukwu Onyekachi Ilori "
        "Adeleke Fashola Oladipo Ogundipe Afolabi Oyinlola Uzoma Ezeh Nnaji Ugwu "
        "Okeke Anyanwu Iwu Ajayi Bankole Adewale Ogbonna Odukoya Egwu Akande",
        "gf"),
}


POOLS.update({
    "jamaican": (
        "Andre Garfield Delroy Winston Errol Courtney Devon Omar Tajay Shamar "
        "Marcia Sharon Paulette Claudette Sheree Tanisha Kadian Shanique Trudy-Ann Kerry-Ann "
        "Rohan Kemar Jermaine Fitzroy Leroy Clive Dwayne Jevaughn Romario Yohan "
        "Precious Patrice Nadine Simone Grace Hyacinth Beverley Joy Merline Fayola",
        "Campbell Brown Williams Thompson Grant Clarke Reid Bailey Francis Morgan "
        "McKenzie Henry Gordon Lewis Walker Gayle Bolt Fraser-Pryce Blake Powell "
        "Barrett Samuels Ricketts Edwards Forbes Chambers Stewart Hylton Spence Mullings "
        "Bryan Dacres Palmer Wallace Daley Facey Christie Shaw Tulloch Llewellyn",
        "gf"),
    "ghanaian": (
        "Kwame Kofi Kwabena Kwaku Yaw Kwesi Kojo Nana Fiifi Ekow "
        "Akosua Adwoa Abena Akua Yaa Afua Ama Efua Esi Adjoa "
        "Kobina Kweku Kwadwo Paa Selasi Senyo Elikem Edem Mawuli Korkor "
        "Mercy Comfort Gifty Prosper Justice Patience Blessing Ebenezer Emmanuel Princess",
        "Mensah Asante Owusu Boateng Osei Agyeman Appiah Adjei Darko Amoah "
        "Ofori Acheampong Asamoah Frimpong Gyamfi Opoku Sarpong Nkrumah Quaye Tetteh "
        "Annan Quaynor Ankrah Addo Amponsah Bonsu Danquah Kufuor Otoo Aidoo "
        "Yeboah Badu Antwi Donkor Essien Gyan Kuffour Agyemang-Badu Oduro Nyarko",
        "gf"),
    "mexican_american": (
        "José Juan Luis Carlos Jesús Miguel Alejandro Francisco Javier Jorge "
        "María Guadalupe Juana Verónica Alejandra Lupita Ximena Citlali Itzel Yesenia "
        "Ricardo Armando Rogelio Ernesto Héctor Raúl Joaquín Adrián Iván Esteban "
        "Marisol Araceli Socorro Dolores Paloma Esperanza Rocío Maricela Fernanda Consuelo",
        "García Hernández Martínez López González Rodríguez Pérez Sánchez Ramírez Flores "
        "Torres Rivera Gómez Díaz Reyes Cruz Morales Ortiz Gutiérrez Chávez "
        "Ramos Ruiz Mendoza Vásquez Castillo Jiménez Moreno Romero Herrera Medina "
        "De_la_Garza De_León Villarreal García_López Ramírez-Soto Treviño Zamora Cisneros Espinoza Ybarra",
        "gf"),
    "salvadoran": (
        "Nelson Mauricio Wilfredo Edwin Oscar Douglas Rene Rigoberto Santos Julio "
        "Karla Yesenia Roxana Glenda Xiomara Marleny Sonia Ingrid Brenda Claudia "
        "Ernesto Salvador Balmore Kevin Bryan Elmer Fredy Jonathan Walter Jose_Alfredo "
        "Dinora Ana_Gladis Reina Morena Iris Blanca Carmen Yanira Delmy Maritza",
        "Hernández Martínez Flores Rivera Rodríguez Ramos Mejía Aguilar Alvarenga Portillo "
        "Bonilla Argueta Ayala Orellana Guardado Menjívar Chicas Lemus Quintanilla Escobar "
        "Cañas Zelaya Rivas Cornejo Alfaro Henríquez Villalta Melgar Amaya Sorto "
        "Granados Rosales Campos Valladares Turcios Cerna Pineda Guevara Fuentes Molina",
        "gf"),
    "filipino": (
        "Jose Mark John_Paul Jun Rommel Ronaldo Jericho Paolo Carlo Angelo "
        "Maria Rosario Ma._Teresa Jocelyn Marites Lorna Analyn Girlie Precious Joy "
        "Bong Jun-Jun Bongbong Jinggoy Rodel Arnel Ferdinand Manny Efren Dindo "
        "Maricel Lovely Cherry Honey Baby Princess Lyka Kristine Mylene Divina",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada "
        "Castillo Flores Villanueva Ramos Castro Rivera Aquino Navarro Salazar Mercado "
        "dela_Cruz de_los_Santos Dimaculangan Macapagal Pacquiao Magbanua Lacson Dizon Manalo Panganiban "
        "Soriano Tolentino Gatchalian Sarmiento Cabrera Delos_Reyes Agbayani Bernardo Pascual Lim",
        "gf"),
    "gujarati": (
        "Hitesh Mehul Nilesh Jignesh Ketan Paresh Bhavesh Chirag Dhaval Hardik "
        "Hetal Krupa Dharti Komal Nisha Pooja Urvashi Bhavna Jayshree Hansa "
        "Ramesh Mahesh Suresh Pravin Dinesh Rakesh Kalpesh Tushar Vipul Yogesh "
        "Manisha Rekha Minal Falguni Sejal Priti Tejal Vaishali Jyoti Kinjal",
        "Patel Shah Desai Mehta Joshi Parikh Trivedi Pandya Modi Bhatt "
        "Chauhan Solanki Mistry Thakkar Vyas Amin Gandhi Dave Raval Soni "
        "Lakhani Kotecha Ruparelia Majithia Vaghela Jadeja Prajapati Panchal Rana Makwana "
        "Tailor Vekaria Kerai Halai Varsani Pindoria Hirani Dabasia Karia Ladwa",
        "gf"),
    "tamil": (
        "Arun Karthik Senthil Murugan Vijay Suresh Prakash Ganesh Rajesh Saravanan "
        "Lakshmi Priya Kavitha Meena Revathi Divya Anitha Deepa Shanthi Malathi "
        "Vignesh Balaji Harish Dinesh Gopal Kannan Mani Sundar Thiru Velu "
        "Kalaivani Nithya Thenmozhi Vani Yamuna Ilakkiya Sangeetha Janani Abirami Selvi",
        "Subramaniam Krishnan Raman Rajendran Natarajan Srinivasan Venkatesan Ramasamy Pillai Iyer "
        "Iyengar Murugesan Balasubramanian Chandrasekaran Sundaram Arumugam Thangaraj Ganesan Sivakumar Kandasamy "
        "Nadar Chettiar Mudaliar Gounder Selvaraj Anbalagan Jeyakumar Sivanesan Thevar Maniam "
        "Perumal Palaniappan Ravichandran Shanmugam Velayutham Kumarasamy Rajaratnam Sellathurai Yogarajah Thurairajah",
        "gf"),
    "punjabi": (
        "Gurpreet Harpreet Manpreet Jaspreet Amrit Harjit Baljit Sukhdev Kuldeep Paramjit "
        "Simran Navneet Rajinder Jasleen Harleen Gurleen Kiranjit Amandeep Sukhwinder Mandeep "
        "Jaswinder Harinder Satnam Gurdeep Balwinder Tejinder Inderjit Jagdeep Ravinder Parminder "
        "Navjot Ishpreet Prabhjot Kulwinder Manjit Daljit Gurinder Jasvir Ranjit Hardeep",
        "Singh Kaur Sandhu Sidhu Gill Dhillon Grewal Bains Johal Sahota "
        "Randhawa Brar Cheema Atwal Bhullar Sekhon Dhaliwal Kang Mann Virk "
        "Aujla Basra Chahal Deol Hundal Khaira Mangat Nijjar Pannu Rai "
        "Sangha Thind Uppal Bajwa Dosanjh Gidda Heer Kalsi Lalli Purewal",
        "gf"),
    "pakistani": (
        "Muhammad Ahmed Ali Hassan Usman Bilal Imran Faisal Kamran Zeeshan "
        "Ayesha Fatima Saima Nadia Sana Hina Amna Mehwish Rabia Zainab "
        "Asif Tariq Shahid Waqas Junaid Adnan Omer Hamza Danish Naveed "
        "Samina Shazia Farzana Nusrat Rukhsana Bushra Iqra Maryam Nida Uzma",
        "Khan Hussain Ahmed Malik Chaudhry Qureshi Butt Sheikh Raja Mirza "
        "Akhtar Iqbal Javed Rehman Shah Siddiqui Abbasi Bhatti Awan Rana "
        "Mahmood Aslam Anwar Nawaz Hashmi Baig Gondal Janjua Kiani Paracha "
        "Zafar Yousaf Sadiq Rafiq Saleem Tahir Bashir Latif Younis Haider",
        "gf"),
    "cantonese": (
        "Wing Kin Chun Ka-Ming Siu-Ming Wai-Keung Chi-Wai Kwok-Leung Man-Kit Ho-Yin "
        "Mei-Ling Wai-Yee Suk-Fan Lai-Ching Yuk-Lan Siu-Wah Ka-Yan Hoi-Yan Wing-Sze Pui-Man "
        "Kwan Tsz-Hin Chun-Kit Ka-Lok Yiu-Fai Kam-Wah Tak-Ming Shing Kwong Hung "
        "Fung Bo-Yee Ching Oi-Lin Sau-Ha Yee-Man Kit-Ying Mei Lai Wan",
        "Chan Wong Cheung Lau Leung Lee Ho Ng Chow Tse "
        "Yip Lam Tang Cheng Kwok Fung Mak Tsang Yeung Chu "
        "Lo Siu Kwan Poon Tam Yau Choi Wan Chung Lai "
        "Au Chiu Hui Ma Shek Suen Tong Tsui Wu Yuen",
        "fg"),
    "mandarin": (
        "Wei Fang Xiaoming Jing Lei Yang Jun Hao Tao Ming "
        "Li Na Xiu Ying Yan Hui Lan Mei Ting Xin "
        "Zhiwei Jianguo Haoran Zihan Yuxuan Yichen Zhenyu Bo Kai Peng "
        "Xiaoyu Yuqing Shuang Jiayi Xinyi Ruoxi Mengyao Shiyu Wenjing Qian",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou "
        "Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
        "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng "
        "Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du",
        "fg"),
    "vietnamese": (
        "Van_Minh Thi_Lan Van_Hung Thi_Mai Duc_Anh Thi_Hoa Quang_Huy Ngoc_Anh Minh_Tuan Thu_Trang "
        "An Binh Cuong Dung Hai Hieu Khanh Linh Long Nam "
        "Phuong Quynh Thao Tien Trung Tuan Vinh Vy Yen Hanh "
        "Bảo Đức Thúy Hương Thắng Tâm Hằng Nhung Loan Kim",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang "
        "Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai "
        "Trinh Cao Luu Ta Quach Ha Chau Thai Luong Kieu "
        "Nguyễn Trần Lê Phạm Hoàng Võ Đặng Bùi Đỗ Dương",
        "fg"),
    "korean": (
        "Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Soo-ah Jae-won Ha-eun Dong-hyun Ye-jin "
        "Sung-min Eun-ji Joon-ho Mi-kyung Young-ho Hye-jin Sang-woo Yoo-jin Tae-yang Na-rae "
        "Jin Hoon Seung Kyung Jun Sora Minji Jisoo Daniel_Jae Grace_Hye "
        "Chul-soo Young-hee Byung-chul Kyung-ja Soon-ja Myung-hee Dae-jung Jong-un Hana Bora",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim "
        "Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong "
        "Yoo Ko Moon Yang Son Bae Baek Heo Nam Noh "
        "Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin",
        "fg"),
    "polish": (
        "Łukasz Paweł Krzysztof Tomasz Piotr Marcin Michał Grzegorz Jakub Wojciech "
        "Agnieszka Małgorzata Katarzyna Joanna Magdalena Anna Ewa Dorota Beata Zofia "
        "Andrzej Mateusz Kamil Bartosz Szymon Przemysław Dariusz Sławomir Zbigniew Jarosław "
        "Aleksandra Justyna Monika Karolina Natalia Weronika Iwona Bożena Halina Jadwiga",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski "
        "Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski "
        "Kowalska Wiśniewska Wójcik-Nowak Lewandowska Zielińska Szczepański Brzęczyszczykiewicz Górski Sikora Baran",
        "gf"),
    "ukrainian": (
        "Oleksandr Andriy Dmytro Serhiy Volodymyr Mykola Taras Bohdan Yaroslav Vasyl "
        "Olena Oksana Nataliya Iryna Tetyana Kateryna Yuliya Svitlana Halyna Larysa "
        "Ihor Yuriy Oleh Roman Maksym Artem Vitaliy Petro Stepan Myroslav "
        "Viktoriya Anastasiya Solomiya Daryna Khrystyna Zoryana Lesya Mariya Ulyana Nadiya",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Kovalchuk Oliynyk Shevchuk Polishchuk Lysenko "
        "Boyko Melnyk Moroz Savchenko Petrenko Rudenko Marchenko Koval Klymenko Ponomarenko "
        "Hrytsenko Yaremchuk Tymoshenko Zelenskyy Franko Stus Kostenko Lytvyn Pavlenko Honchar "
        "Kuzmenko Ivanyshyn Hnatyuk Romaniuk Sydorenko Fedoruk Horobets Dovzhenko Chornovil Bilyk",
        "gf"),
    "italian_american": (
        "Anthony Vincent Salvatore Dominic Joseph Frank Carmine Angelo Nicholas Paul "
        "Maria Angela Theresa Rosemarie Carmela Gina Francesca Antonella Donna Lucia "
        "Vito Sal Tony Vinnie Joey Rocco Gino Enzo Sergio Marco "
        "Concetta Philomena Giuseppina Annmarie Nicolette Gianna Sofia Rose Josephine Frances",
        "Russo Esposito Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
        "De_Luca Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro "
        "DiMaggio DeVito Di_Stefano LaRosa Lo_Bianco Del_Vecchio Cuomo Scorsese Gambino Castellano "
        "Palumbo Capaldi Ferraro Caruso Amato Falcone Marchetti Pellegrino Provenzano Baker",
        "gf"),
    "greek": (
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasileios Athanasios Evangelos "
        "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Paraskevi "
        "Spiros Stavros Yannis Kostas Nikos Takis Thanos Manolis Petros Stelios "
        "Despina Eirini Zoe Anastasia Chrysoula Fotini Theodora Kalliopi Ourania Penelope",
        "Papadopoulos Papadakis Georgiou Nikolaidis Konstantinidis Karagiannis Vlachos Oikonomou Dimitriou Ioannidis "
        "Pappas Antoniou Christodoulou Katsaros Papageorgiou Makris Alexiou Angelopoulos Michailidis Theodorou "
        "Stavropoulos Galanis Kouris Mavros Tsakiris Economou Lambrakis Spanos Kostopoulos Demetriou "
        "Papadopoulou Georgiadou Christou Zervas Pantazis Kyriakou Halkias Chrysanthou Panayiotou Xenakis",
        "gf"),
    "lebanese": (
        "Georges Elie Charbel Fadi Rami Ziad Nabil Walid Karim Tarek "
        "Rita Nadine Maya Lara Rana Hala Mona Zeina Layal Joelle "
        "Antoine Joseph Michel Pierre Samir Bassam Wissam Hadi Jad Marwan "
        "Nour Yasmine Rasha Dima Carla Ghada Nada Hiba Souad Mireille",
        "Khoury El_Khoury Haddad Nassar Saab Fares Hajj Aoun Gemayel Frangieh "
        "Abou_Jaoude Abi_Nader Bou_Saab Chamoun Karam Makhlouf Rizk Salameh Sleiman Tannous "
        "Azar Daher Habib Issa Jabbour Kassab Maalouf Najjar Sfeir Tohme "
        "Yazbek Zogby Nader Harb Hanna Shalhoub Geagea Kanaan Moussa Baz",
        "gf"),
    "somali": (
        "Mohamed Abdi Ahmed Hassan Abdullahi Ali Omar Yusuf Ibrahim Abdirahman "
        "Fadumo Hodan Sahra Amina Faduma Ayaan Hawa Halima Khadra Ubah "
        "Abdirizak Abdikadir Mahad Liban Guled Hamse Mustafe Warsame Bashir Sharmarke "
        "Ifrah Nimco Sagal Hibaaq Asli Deeqa Ilhan Muna Ladan Qamar",
        "Farah Abdi Hassan Mohamud Warsame Omar Jama Ali Aden Osman "
        "Hussein Nur Ahmed Egal Samatar Yusuf Duale Hersi Gedi Muse "
        "Abdullahi Ibrahim Ismail Dahir Barre Elmi Abdillahi Awale Shire Mire "
        "Guled Hirsi Kahin Roble Sheikh Siad Waberi Yasin Adan Gure",
        "gf"),
    "aboriginal_australian": (
        "Jarrah Kirra Tjarra Jedda Bindi Alinta Talara Lowanna Marlee Kaiya "
        "Yindi Mirri Allira Jalen Koorine Warrick Bunji Tanika Iluka Kalinda "
        "Adam Latoya Nova Cathy Patty Johnathan Shaun Jessica Ricky Deborah "
        "Merindah Narelle Dhani Djarru Yarran Coen Jandamarra Wirrin Arika Nyree",
        "Mundine Yunupingu Marika Wunungmurra Namatjira Tjapaltjarri Goodes Thorpe Pearson Cooper "
        "Freeman Mabo Roach Gurruwiwi Dhamarrandji Gumbula Japanangka Nampijinpa Bennell Wonaeamirri "
        "Kennedy Hunter Briggs Djerrkura Burarrwanga Wanambi Munyarryun Garrawurra Dhurrkay Ganambarr "
        "Walley Bropho Mansell Anderson Weatherall Walker Rigney Collard Hayden Kickett",
        "gf"),
    "maori": (
        "Aroha Mere Hemi Wiremu Tama Rangi Anahera Kahu Manaia Nikau "
        "Tāne Ngaio Hine Moana Ariki Tui Kiri Rawiri Hōhepa Mārama "
        "Te_Ariki Hana Pita Tipene Rewi Matiu Ihaia Whetu Ataahua Kaea "
        "Hinemoa Maia Ria Awhina Mihi Pania Tia Amiria Roimata Huia",
        "Ngata Parata Te_Whiti Tipene Ruatapu Tawhiri Harawira Te_Rangi Pomare Mahuta "
        "Waititi Rangihau Tamihana Horomona Te_Kanawa Ngarimu Paki Kereama Tapsell Ruha "
        "Hetaraka Walker Tuhiwai Te_Pou Hēnare Tamatea Whaanga Kingi Rāwiri Potae "
        "Tainui Ngāpō Hohaia Nikora Ormsby Takerei Wharerau Tautahi Heke Turei",
        "gf"),
})

TITLES = ["Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mx "]


def _split(s):
    return [t.replace("_", " ") for t in s.split()]


def _pool(key):
    g, f, order = POOLS[key]
    return _split(g), _fam_split(f), order


def _fam_split(s):
    # multiword family names are joined with '_' in the lists below or detected by particle
    return _split(s)
    toks = s.split()
    out, i = [], 0
    parts = {"Ó", "Ní", "Nic", "Mac", "Ua", "Van", "De", "Del", "Da", "Di", "La", "Le", "Al", "El", "Abu", "Bin"}
    while i < len(toks):
        t = toks[i]
        if t in parts and i + 1 < len(toks):
            out.append(t + " " + toks[i + 1])
            i += 2
        else:
            out.append(t.replace("_", " "))
            i += 1
    return out


# ---------------------------------------------------------------- ordinary vocab
BRANDS = ["Vodafone", "EE", "O2", "Three", "BT", "Sky", "Virgin Media", "Verizon", "AT&T",
          "T-Mobile", "Xfinity", "Spectrum", "Rogers", "Bell", "Telus", "Fido", "Telstra",
          "Optus", "TPG", "Aussie Broadband", "Eir", "Vodafone Ireland", "Amazon", "Argos",
          "Currys", "Best Buy", "Walmart", "Target", "Tesco", "JB Hi-Fi", "Harvey Norman",
          "Royal Mail", "DPD", "Evri", "Canada Post", "Purolator", "Australia Post", "An Post",
          "FedEx", "UPS", "USPS", "Shopify", "PayPal", "Klarna", "Apple", "Samsung", "Netflix"]
PRODUCTS = ["iPhone 15 Pro", "Galaxy S24 Ultra", "Pixel 8a", "Sky Q box", "Smart Hub 2",
            "Full Fibre 500", "Nest Thermostat", "PS5 Slim", "AirPods Pro", "Xbox Series X",
            "Fire TV Stick", "eSIM", "5G Home Broadband", "Unlimited Max plan", "NBN 100",
            "Fibre 1Gb", "Kindle Paperwhite", "Apple Watch SE", "Galaxy Tab A9", "router",
            "ONT", "SIM Only 30GB", "Disney+ bundle", "Whole Home WiFi pods", "Echo Dot"]
TEAMS = ["Retentions", "Billing", "Tech Support Tier 2", "Collections", "Escalations", "Returns",
         "Loyalty", "Dispatch", "Field Ops", "NBN Faults", "Priority Care", "Fraud", "Porting",
         "Complaints", "Social Care", "Back Office", "Warehouse", "Customer Resolutions",
         "Network Ops", "Credit Control"]
CITIES = ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Cardiff",
          "Belfast", "Dublin", "Cork", "Galway", "Limerick", "Toronto", "Vancouver", "Calgary",
          "Montreal", "Ottawa", "Halifax", "Sydney", "Melbourne", "Brisbane", "Perth",
          "Adelaide", "Darwin", "Chicago", "Houston", "Atlanta", "Phoenix", "Dallas",
          "Los Angeles", "Brooklyn", "Seattle", "Miami", "Denver", "Auckland"]
COUNTRIES = ["UK", "Ireland", "Canada", "Australia", "the US", "Spain", "Portugal", "Mexico",
             "the Philippines", "India", "Poland", "Greece"]
STREETS_NOPII = ["Oxford Street", "Grafton Street", "Queen Street West", "George Street",
                 "Michigan Avenue", "Collins Street", "Sauchiehall Street", "Princes Street",
                 "Market Street", "Yonge Street"]
STATIONS = ["Kings Cross", "Union Station", "Central Station", "Heuston", "Flinders Street",
            "Penn Station", "Waverley", "Piccadilly", "Connolly", "Southern Cross"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CURR = ["£", "$", "€", "A$", "C$"]

COUNTRY_CODES = ["US", "UK", "CA", "AU", "IE"]


# ---------------------------------------------------------------- generators
def luhn_complete(prefix, length, rng):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randint(0, 9))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return "".join(map(str, digits)) + str(check)


def gen_card(rng):
    kind = rng.random()
    if kind < 0.15:
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice([n, n[:4] + " " + n[4:10] + " " + n[10:]])
    n = luhn_complete(rng.choice(["4", "51", "53", "55", "2221", "6011"]), 16, rng)
    style = rng.random()
    if style < 0.4:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if style < 0.6:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def _d(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def gen_phone(rng, cc):
    if cc == "UK":
        m = "7" + _d(rng, 3) + " " + _d(rng, 6)
        return rng.choice(["0" + m, "+44 " + m, "+44" + m.replace(" ", ""), "0" + m.replace(" ", ""),
                           "020 " + _d(rng, 4) + " " + _d(rng, 4), "0161 " + _d(rng, 3) + " " + _d(rng, 4)])
    if cc == "IE":
        p = rng.choice(["83", "85", "86", "87", "89"])
        return rng.choice(["0" + p + " " + _d(rng, 3) + " " + _d(rng, 4), "+353 " + p + " " + _d(rng, 3) + " " + _d(rng, 4),
                           "0" + p + _d(rng, 7), "01 " + _d(rng, 3) + " " + _d(rng, 4)])
    if cc == "AU":
        m = "4" + _d(rng, 2)
        return rng.choice(["0" + m + " " + _d(rng, 3) + " " + _d(rng, 3), "+61 " + m + " " + _d(rng, 3) + " " + _d(rng, 3),
                           "0" + m + _d(rng, 6), "(02) " + _d(rng, 4) + " " + _d(rng, 4)])
    area = str(rng.randint(2, 9)) + _d(rng, 2)
    ex = str(rng.randint(2, 9)) + _d(rng, 2)
    ln = _d(rng, 4)
    return rng.choice(["(" + area + ") " + ex + "-" + ln, area + "-" + ex + "-" + ln, area + "." + ex + "." + ln,
                       "+1 " + area + " " + ex + " " + ln, area + ex + ln, "1-" + area + "-" + ex + "-" + ln])


L = "ABCDEFGHJKLMNPRSTUVWXY"


def gen_postcode(rng, cc):
    if cc == "UK":
        out = rng.choice(["SW1A", "M14", "B15", "LS6", "G12", "EH3", "CF10", "BT7", "NE1", "E17",
                          "N16", "SE15", "BS3", "L8", "NG7", "OX4", "CB2", "KY16", "AB10", "PL4"])
        return out + " " + str(rng.randint(1, 9)) + rng.choice(L) + rng.choice(L)
    if cc == "IE":
        rk = rng.choice(["D02", "D04", "D06W", "D08", "D15", "T12", "H91", "V94", "A94", "K78"])
        if len(rk) == 4:
            return rk[:3] + " " + rk[3] + _d(rng, 3)
        return rk + " " + rng.choice(L) + _d(rng, 1) + rng.choice(L) + _d(rng, 1)
    if cc == "CA":
        a = "ABCEGHJKLMNPRSTVXY"
        return rng.choice(a) + _d(rng, 1) + rng.choice(a) + " " + _d(rng, 1) + rng.choice(a) + _d(rng, 1)
    if cc == "AU":
        return rng.choice(["2", "3", "4", "5", "6", "7", "0"]) + _d(rng, 3)
    z = str(rng.randint(1, 9)) + _d(rng, 4)
    return z if rng.random() < 0.8 else z + "-" + _d(rng, 4)


STREET_NAMES = ["Elm", "Maple", "Oak", "Church", "Station", "Victoria", "Queen's", "King", "High",
                "Mill", "Park", "Cedar", "Willow", "Main", "Pine", "Sycamore", "Hawthorn",
                "St Patrick's", "Lakeview", "Rosewood", "Baker", "Hunter", "Bridge", "Glebe"]
STREET_TYPES_UK = ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Drive", "Grove", "Terrace", "Way"]
STREET_TYPES_NA = ["St", "Ave", "Blvd", "Dr", "Rd", "Ln", "Ct", "Way", "Pl"]


def gen_address(rng, cc):
    num = str(rng.randint(1, 240))
    sn = rng.choice(STREET_NAMES)
    if cc in ("US", "CA"):
        st = num + " " + sn + " " + rng.choice(STREET_TYPES_NA)
        if rng.random() < 0.35:
            st = rng.choice(["Apt ", "Unit ", "Suite ", "#"]) + str(rng.randint(1, 30)) + rng.choice(["", "B", "C"]) + ", " + st if rng.random() < 0.3 else st + rng.choice([" Apt ", " Unit ", " #"]) + str(rng.randint(1, 30)) + rng.choice(["", "B"])
        return st
    if cc == "AU":
        st = num + " " + sn + " " + rng.choice(["St", "Street", "Rd", "Parade", "Cres", "Tce"])
        if rng.random() < 0.4:
            st = rng.choice(["Unit ", "", "Apt "]) + str(rng.randint(1, 20)) + "/" + st
        return st
    st = num + " " + sn + " " + rng.choice(STREET_TYPES_UK)
    if rng.random() < 0.35:
        st = rng.choice(["Flat ", "Apartment ", "Flat "]) + str(rng.randint(1, 40)) + rng.choice(["", "A"]) + ", " + st
    return st


def gen_ip(rng):
    if rng.random() < 0.12:
        return "2a02:c7f:" + ":".join("%x" % rng.randint(0, 65535) for _ in range(4))
    first = rng.choice([81, 86, 92, 109, 176, 203, 24, 73, 98, 142, 101, 37, 89])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def _mod97(s):
    r = 0
    for ch in s:
        r = (r * 10 + int(ch)) % 97
    return r


def gen_iban(rng, cc):
    country = "IE" if cc == "IE" else ("GB" if cc == "UK" else rng.choice(["GB", "IE"]))
    bank = rng.choice(["AIBK", "BOFI", "IPBS"] if country == "IE" else ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
    bban = bank + _d(rng, 6) + _d(rng, 8)
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - _mod97(conv)
    iban = country + "%02d" % chk + bban
    if rng.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def gen_dob(rng, cc):
    y = rng.randint(1942, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    forms = ["%02d/%02d/%d" % ((m, d, y) if cc == "US" else (d, m, y)),
             "%d/%d/%d" % ((m, d, y) if cc == "US" else (d, m, y)),
             "%d-%02d-%02d" % (y, m, d),
             "%d%s %s %d" % (d, suf, MONTHS[m - 1], y),
             "%s %d, %d" % (MONTHS[m - 1], d, y),
             "%d %s %d" % (d, MON3[m - 1], y),
             "%02d.%02d.%02d" % (d, m, y % 100),
             "%02d-%s-%d" % (d, MON3[m - 1].upper(), y)]
    return rng.choice(forms)


def gen_id(rng):
    k = rng.randrange(12)
    if k == 0:
        return "ACC-" + _d(rng, 8)
    if k == 1:
        return _d(rng, 3) + "-" + _d(rng, 7) + "-" + _d(rng, 7)
    if k == 2:
        return "INC" + _d(rng, 7)
    if k == 3:
        return "CUS" + _d(rng, 8)
    if k == 4:
        return "POL-" + _d(rng, 6)
    if k == 5:
        return "TKT-" + _d(rng, 6)
    if k == 6:
        return _d(rng, 10)
    if k == 7:
        return "W" + _d(rng, 9)
    if k == 8:
        return "SR-" + _d(rng, 4) + "-" + _d(rng, 4)
    if k == 9:
        return "BT" + _d(rng, 8)
    if k == 10:
        return rng.choice(L) + rng.choice(L) + _d(rng, 6)
    return "CR" + _d(rng, 7)


def fold(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def ascii_slug(s):
    return re.sub(r"[^a-z]", "", fold(s))


EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com",
                 "btinternet.com", "sky.com", "eircom.net", "bigpond.com", "rogers.com",
                 "shaw.ca", "live.ie", "aol.com", "protonmail.com", "optusnet.com.au"]


def gen_email(rng, p):
    g, f = ascii_slug(p["given"]), ascii_slug(p["family"])
    y = str(rng.randint(60, 99)) if rng.random() < 0.5 else str(rng.randint(1, 999))
    local = rng.choice([g + "." + f, g + f, g[0] + f, g + "_" + f + y, f + "." + g, g + y, g + "." + f + y])
    e = local + "@" + rng.choice(EMAIL_DOMAINS)
    return e.upper() if rng.random() < 0.04 else e


def gen_url(rng, p):
    g, f = ascii_slug(p["given"]), ascii_slug(p["family"])
    return rng.choice([
        "https://www.linkedin.com/in/%s-%s-%s" % (g, f, _d(rng, 3) + "a" + _d(rng, 2)),
        "linkedin.com/in/%s%s" % (g, f),
        "https://www.facebook.com/%s.%s.%s" % (g, f, _d(rng, 2)),
        "facebook.com/%s%s" % (g, f),
        "https://www.instagram.com/%s_%s/" % (g, f),
        "https://twitter.com/%s%s%s" % (g[0], f, _d(rng, 2)),
        "x.com/%s_%s" % (g, f),
        "https://www.tiktok.com/@%s.%s" % (g, f),
    ])


# ---------------------------------------------------------------- persons
def make_person(rng, culture=None):
    culture = culture or rng.choice(list(POOLS))
    giv, fam, order = _pool(culture)
    return {"given": rng.choice(giv), "family": rng.choice(fam), "order": order, "culture": culture,
            "westernised": rng.random() < 0.3}


def full_name(p):
    if p["order"] == "fg" and not p.get("westernised"):
        return p["family"] + " " + p["given"]
    return p["given"] + " " + p["family"]


def render_name(rng, p, style=None):
    """Return list of parts for a name mention."""
    style = style or rng.choice(["full", "full", "full", "given", "given", "title", "crm", "upper", "family"])
    if style == "full":
        return [(full_name(p), "name")]
    if style == "given":
        return [(p["given"], "name")]
    if style == "family":
        return [(p["family"], "name")]
    if style == "title":
        return [(rng.choice(TITLES), "o"), (p["family"], "name")]
    if style == "crm":
        return [(p["family"].upper(), "name"), (", ", "o"), (p["given"], "name")]
    if style == "upper":
        return [(full_name(p).upper(), "name")]
    raise ValueError(style)


# ---------------------------------------------------------------- templates
# Placeholders: PII -> {full} {given} {family} {title} {crm} {name} {poss} {agent} {email}
# {phone} {card} {id} {addr} {pc} {ip} {url} {iban} {dob} {city}(~)
# ordinary -> {brand} {prod} {team} {day} {month} {amt} {n} {code} {country} {street} {station} {time}
PII_TEMPLATES = [
    "cx {given} called re {prod} not connecting, reset done on {day}, thx {agent} for the tip",
    "Name: {full} | Acct: {id} | Tel: {phone} | Issue: {prod} faulty, swap approved by {team}",
    "{crm} - DOB {dob} - verified via {brand} app, upgraded to {prod} for {amt}/mo",
    "spoke to {title} about the {brand} bill, agreed {amt} credit, ref {id}",
    "customer {full} says parcel never arrived at {addr} {city} {pc} so reshipped via {brand}",
    "pls call {given} back b4 {time} on {phone} re missed {brand} engineer slot",
    "{poss} {prod} replaced in store, card ending used was {card} fyi refund goes back there",
    "thanks to {agent} from {team} we saved {full} who was leaving for {brand}, {amt} off for 12 months",
    "email from {email} asking why {month} bill is {amt} higher, explained price rise, cx happy",
    "- cx: {full}\n- dob: {dob}\n- postcode: {pc}\n- outcome: retained on {prod}",
    "customer called said her name is {full} and she moved to {addr} {pc} last {month} and the broadband never followed her so we booked an engineer for {day}",
    "suspicious login from {ip} on acct {id}, {title} confirmed not them, pw reset + {team} notified",
    "{given} sent us their profile {url} to prove ownership of the account, passed to {team}",
    "direct debit moved to {iban} for {full}, first collection {day} {n} {month}",
    "\"{given}\" was lovely on chat, ordered {n}x {prod} to {addr}, {pc}",
    "win: {full} ({phone}) had {n} failed deliveries, {brand} depot in {city} sorted it today",
    "cx {given} {family} dob {dob} ph {phone} wants {prod} unlocked for travel to {country}",
    "Hi team, {title} ({email}) rang about order {id}. Courier left it at {addr}. Pls chase {brand}. Thx",
    "{given} from {team} fixed the port for {full} in under {n} mins legend",
    "gave {given} a goodwill credit of {amt}, acct {id}, she was really upset about the {brand} outage in {city}",
    "refund of {amt} to card {card} for {crm}, order {id}, {n} items returned via {brand}",
    "ur fav customer {full} is back lol, {prod} again, booked {day} slot at {addr}",
    "Ticket {id}: {full} - router at {ip} keeps dropping, replaced {prod}, closed",
    "voice note cx name {given} {family} phone number {phone} email {email} wants to cancel {prod} but we offered {amt} off and she stayed",
    "ID&V passed: name {full}, DOB {dob}, address {addr} {pc}, last 4 of card {card}",
    "spoke to {given} at {brand} {city} re {poss} missing {prod}, courier photo shows wrong door",
    "thx {agent} for covering, {full} rang back re {id}, all sorted",
    "cx {given} rang in v angry abt the {brand} bill, {amt} refunded, pls dont let ur queue miss callbacks",
    "{family.upper}, {given} | {phone} | {email} | {prod} | saved",
    "account holder {title} {given}?? no its {full}, verified dob {dob}",
    "Subject: Re: order {id}\nHi {given}, thanks for ur patience, replacement {prod} ships {day} to {addr}, {city}",
    "customer is {full} she lives at {addr} {city} {pc} and her phone is {phone} she wants the {prod} delivered saturday",
    "{given} {family}'s parcel went to the wrong {brand} locker, new code sent to {phone}",
    "Spoke to {given} re porting {phone} from {brand}, PAC code issued, ref {id}",
    "pls note {poss} new email is {email} and old one bounced",
    "chat w {given} lol she was like a ray of sunshine, sold {prod} + {n} lines",
    "Caller: {crm}\nDOB: {dob}\nIBAN on file: {iban}\nOutcome: payment holiday granted",
    "fraud flag on {id}, card {card} used from {ip} in {country}, {title} blocked it",
    "engineer visit at {addr} {pc} on {day} for {full}, ONT swapped, speeds {n}0 Mbps",
    "{given} wanted to know why we had {poss} birthday as {dob}, corrected, was a typo",
    "customer win!! {full} from {city} recommended us to {n} neighbours on {brand} forum, profile {url}",
    "cx nme {given} {family} acct no {id} wnts refnd for {prod}, done {amt}",
    "{agent} on {team} resolved {poss} complaint in one call, {full} left 5 stars",
    "pls update contact for {full}: mob {phone}, alt email {email}",
    "so the customer {given} said that the driver from {brand} threw the box over the fence at {addr} and it broke the {prod} so we sent a new one",
    "refund to IBAN {iban} ({full}) approved by {agent} in {team}",
    "Dear {title}, your {brand} ticket {id} has been resolved. Regards, {agent}",
    "{given} b4: angry. {given} after: happy. {amt} credit + {prod} upgrade, acct {id}",
    "customer {crm} dob {dob} asked to add {agent} as authorised user",
    "ip {ip} linked to {poss} account {id} streaming on {n} devices, advised re fair use",
    "called {phone} no answer, left vm for {title} re {prod} delivery {day}",
    "moved {full} to new address {addr}, {city} {pc}, broadband live from {day}",
    "{given} sent linkedin {url} to show she works for {brand} so we applied staff discount",
    "{full} - loyal since {month} - {n} lines - retained on {prod} @ {amt}",
    "cx {given} is Mr {family}'s carer, consent noted on {id}",
    "shout out to {agent} for helping {title} on {day}, the lady was in tears about the {prod}",
    "delivery for {full} at {addr}, {pc}: leave with neighbour, ph {phone}",
    "{given} paying by card {card} exp 09/28 for the {prod}, auth code {code}",
    "verified {full} by dob {dob} and postcode {pc}, sim swap done",
    "from {team}: pls contact {given} {family} on {email} re outstanding {amt}",
    "new cx {full} dob {dob} signed up online from {ip} for {prod}",
    "cx was {given} frm {city}, order {id} lost by {brand}, reorder free + {amt} voucher",
]

NOPII_TEMPLATES = [
    "{brand} outage in {city} resolved at {time}, {n} cx affected, {team} to send comms",
    "reminder: {prod} stock arrives {day}, {n} units for {brand} {city} store",
    "Win of the week goes to the {team} queue, {n} saves and {amt} in retained revenue",
    "cx wanted to pay the bill in full b4 {day}, took payment over IVR, all good",
    "Black {prod} out of stock til {month}, offered the silver one, cx happy",
    "summer promo ends {day} {n} {month}, {amt} off {prod} for new lines only",
    "hope this helps: always check the {brand} status page before booking an engineer",
    "frank convo with the cx about {brand} coverage in rural {country}, offered {prod} instead",
    "parcel stuck at {brand} hub near {station} since {day}, escalated to {team}",
    "pls remember to tag {team} on all {prod} returns thx",
    "customer was a bit short but fair, grant of {amt} approved under the hardship policy",
    "young lad in store wanted a {prod}, sold with {amt} insurance and a case",
    "{n} orders delayed on {street} due to roadworks, {brand} will redeliver {day}",
    "code {code} applied, {amt} credit on next bill, escalation closed by {team}",
    "cx said the {brand} engineer was a real joy to deal with, passing feedback to {team}",
    "called in re {prod} firmware {code}, rolled back, speeds back to {n} Mbps",
    "mercy call to the {team} queue on {day}, we cleared {n} tickets before {time}",
    "rose gold {prod} discontinued, {n} preorders moved to {month} batch",
    "bill shock on roaming in {country}, {amt} capped per policy {code}",
    "baker street store closed {day} for refit, redirect walk ins to {street}",
    "treasure hunter of a cx found {n} old {brand} routers in the loft lol, sent freepost bags",
    "precious few slots left for {day}, {team} asked us to push {prod} self install",
    "Frank feedback from the {team} huddle: too many repeat calls on {prod}",
    "Grant Street depot closed for stocktake {day}, use {station} collection point",
    "hunter valley orders go via {brand} regional from {month}",
    "summer rota is out, {team} covering {day} lates til {time}",
    "cx asked if we have the {prod} in black or rose, told her {month}",
    "young family moving to {country}, cancelled {n} lines no ETF per policy {code}",
    "Joy of joys, the {brand} API is back up after {n} hours",
    "no hope of a {day} delivery now, {brand} cut off was {time}",
    "bill split across {n} accounts confused the cx, merged on request",
    "- {n} chats\n- {n} saves\n- {amt} upsell\n- {team} queue at {time}",
    "precious little we can do re the {brand} mast near {station}, fault ref {code}",
    "mercy rule applied to late fee, {amt} waived, next bill in {month}",
    "baker in {city} ordered {n} {prod} for the shop, business desk to follow up",
    "Black Friday queue in {team} peaked at {n}0 waiting, {amt} avg basket",
    "voice to text cx said the {prod} keeps rebooting when the {brand} app updates so we factory reset it and it works now",
    "stock check {street}: {n} {prod}, {n} routers, {n} SIMs",
    "cx in {city} happy after {brand} engineer fixed line fault, no further action",
]

TIMES = ["9am", "10:30", "11.15", "noon", "2pm", "3:45pm", "16:00", "5pm", "half 6", "EOD"]


def _amt(rng):
    c = rng.choice(CURR)
    v = rng.choice([5, 10, 12.5, 15, 20, 25, 30, 49.99, 60, 75, 99, 120, 150, 250])
    s = ("%.2f" % v) if isinstance(v, float) else str(v)
    return c + s


def _code(rng):
    return rng.choice(["PROMO", "FW", "SKU", "CR", "OFR", "HW"]) + "-" + _d(rng, 3) + rng.choice(["", "X", "B"])


def build_note(rng, template, has_pii):
    cc = rng.choice(COUNTRY_CODES)
    p = make_person(rng)
    agent = make_person(rng)
    parts = []
    pos = 0
    for m in re.finditer(r"\{([\w.]+)\}", template):
        if m.start() > pos:
            parts.append((template[pos:m.start()], "o"))
        pos = m.end()
        k = m.group(1)
        if k == "full":
            parts += render_name(rng, p, rng.choice(["full", "full", "upper"]) if rng.random() < 0.2 else "full")
        elif k == "given":
            parts.append((p["given"], "name"))
        elif k == "family.upper":
            parts.append((p["family"].upper(), "name"))
        elif k == "family":
            parts.append((p["family"], "name"))
        elif k == "title":
            parts += render_name(rng, p, "title")
        elif k == "crm":
            parts += render_name(rng, p, "crm")
        elif k == "name":
            parts += render_name(rng, p)
        elif k == "poss":
            parts += [(p["given"], "name"), ("'s", "o")]
        elif k == "agent":
            parts.append((agent["given"] if rng.random() < 0.7 else full_name(agent), "name"))
        elif k == "email":
            parts.append((gen_email(rng, p), "email"))
        elif k == "phone":
            parts.append((gen_phone(rng, cc), "phone"))
        elif k == "card":
            parts.append((gen_card(rng), "card"))
        elif k == "id":
            parts.append((gen_id(rng), "id"))
        elif k == "addr":
            parts.append((gen_address(rng, cc), "address"))
        elif k == "pc":
            parts.append((gen_postcode(rng, cc), "postcode"))
        elif k == "ip":
            parts.append((gen_ip(rng), "ip"))
        elif k == "url":
            parts.append((gen_url(rng, p), "url"))
        elif k == "iban":
            parts.append((gen_iban(rng, cc), "iban"))
        elif k == "dob":
            parts.append((gen_dob(rng, cc), "dob"))
        elif k == "city":
            parts.append((rng.choice(CITIES), "~"))
        elif k == "brand":
            parts.append((rng.choice(BRANDS), "o"))
        elif k == "prod":
            parts.append((rng.choice(PRODUCTS), "o"))
        elif k == "team":
            parts.append((rng.choice(TEAMS), "o"))
        elif k == "day":
            parts.append((rng.choice(DAYS), "o"))
        elif k == "month":
            parts.append((rng.choice(MONTHS), "o"))
        elif k == "amt":
            parts.append((_amt(rng), "o"))
        elif k == "n":
            parts.append((str(rng.randint(2, 40)), "o"))
        elif k == "code":
            parts.append((_code(rng), "o"))
        elif k == "country":
            parts.append((rng.choice(COUNTRIES), "o"))
        elif k == "street":
            parts.append((rng.choice(STREETS_NOPII), "o"))
        elif k == "station":
            parts.append((rng.choice(STATIONS), "o"))
        elif k == "time":
            parts.append((rng.choice(TIMES), "o"))
        else:
            raise KeyError(k)
    if pos < len(template):
        parts.append((template[pos:], "o"))
    # bullets use newline in template: keep one line
    parts = [(t.replace("\n", " "), l) for t, l in parts]
    return merge(parts)


def merge(parts):
    out = []
    for t, l in parts:
        if not t:
            continue
        if out and l == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


def _all_notes():
    rng = random.Random(SEED)
    notes, seen = [], set()
    while len(notes) < N_NOTES:
        has_pii = rng.random() < 0.525
        tpl = rng.choice(PII_TEMPLATES if has_pii else NOPII_TEMPLATES)
        parts = build_note(rng, tpl, has_pii)
        if rng.random() < 0.36:
            parts = [(t.lower(), l) for t, l in parts]
        text = "".join(t for t, _ in parts)
        nw = len(text.split())
        if not (5 <= nw <= 45) or text in seen:
            continue
        seen.add(text)
        notes.append(parts)
    return notes


def _name_words(text):
    words = set()
    for w in text.split():
        w = fold(w)
        words.add(w)
        words.add(w.strip(".,'\"()"))
        for sub in re.split(r"[-'’.]", w):
            if sub:
                words.add(sub)
    return words


def blind_notes(listed: frozenset) -> list:
    """Return the notes: each note is a list of (text, label) parts, in order; joining
    the texts gives the note. Drop (do not return) every note in which any word of a
    "name" part, case-folded and accent-folded, is in `listed` (compare folded forms)."""
    lf = frozenset(fold(x) for x in listed)
    out = []
    for parts in _all_notes():
        drop = False
        for t, l in parts:
            if l == "name" and _name_words(t) & lf:
                drop = True
                break
        if not drop:
            out.append(parts)
    return out


def _check(notes):
    seen = set()
    for parts in notes:
        assert parts, "empty"
        for i, (t, l) in enumerate(parts):
            assert l in LABELS, l
            assert t, "empty part"
            if l != "o":
                assert t == t.strip(), repr(t)
            if i and l == "o":
                assert parts[i - 1][1] != "o", "adjacent o"
        text = "".join(t for t, _ in parts)
        assert "\n" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in seen, text
        seen.add(text)


if __name__ == "__main__":
    from collections import Counter
    full = blind_notes(frozenset())
    _check(full)
    assert len(full) == N_NOTES, len(full)
    sample = frozenset(["Okafor", "seán", "PRECIOUS", "nguyen", "Rose"])
    part = blind_notes(sample)
    _check(part)
    sf = frozenset(fold(x) for x in sample)
    for parts in part:
        for t, l in parts:
            if l == "name":
                assert not (_name_words(t) & sf), t
    assert len(part) < len(full)
    assert blind_notes(frozenset()) == full
    cnt = Counter(l for parts in full for _, l in parts)
    lower = sum(1 for p in full if "".join(t for t, _ in p) == "".join(t for t, _ in p).lower())
    nopii = sum(1 for p in full if all(l in ("o", "~") for _, l in p))
    print("notes:", len(full), "| with sample listed:", len(part))
    print("parts per label:", dict(sorted(cnt.items())))
    print("lower-case share: %.3f" % (lower / len(full)))
    print("no-personal-data share: %.3f" % (nopii / len(full)))
    print("templates: pii=%d nopii=%d pools=%d" % (len(PII_TEMPLATES), len(NOPII_TEMPLATES), len(POOLS)))
    for g, f, o in POOLS.values():
        pass
    for p in random.Random(1).sample(full, 10):
        print(" ", "".join(t for t, _ in p))
