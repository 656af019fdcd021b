"""Blind evaluation set: e-mail / back-office desk notes (international companies).

Standard library only, deterministic.
"""
import random
import re
import unicodedata

SEED = 730121
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

# ---------------------------------------------------------------- naming cultures
def _w(s):
    return [x.replace("_", " ") for x in s.split()]

CULTURES = {
 "jp": dict(m=_w("Haruto Yuto Sota Ren Hiroshi Takeshi Kenji Daisuke Shota Kazuki Ryota Takumi Yuki Naoki Kenta Sho Tsubasa Kaito Riku Hayato Makoto Satoshi Tetsuya Masahiro Yusuke Koji Akira Shinji Toru Ryo Hiroki Yoshiaki"),
            f=_w("Yui Hina Aoi Sakura Yuna Misaki Haruka Ayaka Nanami Mei Rin Miyu Yuko Keiko Akiko Tomoko Naoko Emi Mai Yoko Kana Saki Rina Chihiro Asuka Megumi Noriko Fumiko Hitomi Kaori Airi Momoka"),
            fam=_w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Fujita Okada Goto Hasegawa Murakami Kondo Saito Maeda Fujii Ueda"),
            ctry=["JP"], tb=[], ta=["-san", "-sama", " sensei", " san"]),
 "zh": dict(m=_w("Wei Jun Hao Lei Qiang Jian Ming Tao Peng Yong Chao Bo Feng Gang Xin Yu Zhiwei Haoran Zihan Yichen Junjie Jianguo Zhiqiang Wenbo Xiaolong Yang Kai Liang Hui Dong Zhenyu Tianyi"),
            f=_w("Fang Jing Li Na Min Yan Ying Xiu Lan Mei Hong Juan Xiaoling Yuting Xinyi Jiayi Shuang Lili Xue Qian Ting Wenjing Yuqing Meiling Xiaoyan Huiling Yanan Siyu Ruoxi Mengyao Chunhua"),
            fam=_w("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Jiang"),
            ctry=["CN"], tb=["Ms", "Mr", "Dr"], ta=[" xiansheng", " laoshi", " nüshi"]),
 "ko": dict(m=_w("Min-jun Seo-jun Do-yun Ji-ho Ha-jun Joon-young Sung-min Dong-hyun Jae-won Hyun-woo Ji-hoon Tae-yang Woo-jin Seung-hoon Young-ho Sang-woo Jin-woo Kyung-soo Chul-soo Jong-min Hyuk Minho Jaehyun Seungmin Taehoon Junho Yongsu Byung-hun Dae-jung Kwang-soo"),
            f=_w("Seo-yeon Ji-woo Ha-eun Seo-yun Min-seo Ji-yeon Su-bin Ye-jin Hye-jin Eun-ji Soo-jin Min-ji Yu-na Ji-hye Hyun-jung Mi-young Eun-young Jung-hee Sun-hee Kyung-ja Yeon-woo Da-eun Na-yeon Chae-won Bo-ra Ha-na Seulgi Jiyoung Sooyoung Eunbi"),
            fam=_w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo"),
            ctry=["KR"], tb=["Mr", "Ms"], ta=["-ssi", "-nim", " nim", " ssi"]),
 "vi": dict(m=_w("An Bình Cường Dũng Đức Hải Hùng Huy Khoa Khánh Long Minh Nam Phong Phúc Quang Quân Sơn Tài Thắng Thành Tiến Toàn Trung Tuấn Việt Vinh Bảo Hiếu Lộc"),
            f=_w("Anh Chi Dung Giang Hà Hạnh Hằng Hiền Hoa Hồng Hương Lan Linh Loan Mai My Nga Ngọc Nhung Oanh Phương Quyên Thảo Thu Thủy Trang Trinh Tuyết Vân Yến Xuân"),
            fam=_w("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Đinh Lâm Phùng Mai Tô Hà Tạ Quách Lương Châu Cao Kiều"),
            mid_m=_w("Văn Đức Minh Quốc Hữu Công Thanh Tuấn Gia"), mid_f=_w("Thị Ngọc Thu Thanh Kim Bảo Mỹ Hồng Diệu"),
            ctry=["VN"], tb=["anh", "chị", "ông", "bà", "Mr", "Ms"], ta=[]),
 "id": dict(m=_w("Budi Agus Adi Andi Bambang Dedi Eko Hendra Iwan Joko Rudi Slamet Wahyu Yudi Arief Fajar Rizky Dimas Bayu Teguh Gilang Hadi Irfan Putra Reza Sigit Taufik Yoga Aditya Ahmad"),
            f=_w("Siti Dewi Sri Wati Ayu Indah Lestari Putri Rina Fitri Nur Ratna Yuliana Kartika Intan Mega Novi Dian Wulan Sari Anisa Nurul Ratih Endang Tuti Astuti Rahmawati Handayani Puspita Melati"),
            fam=_w("Santoso Wijaya Saputra Hidayat Kusuma Pratama Setiawan Nugroho Wibowo Gunawan Susanto Hartono Halim Siregar Nasution Simanjuntak Harahap Lubis Tanjung Sitompul Sinaga Pangaribuan Purba Hutapea Kurniawan Suryadi Permana Firmansyah Ramadhan Wahyudi Sembiring Tambunan"),
            ctry=["ID"], tb=["Pak", "Bu", "Ibu", "Bapak", "Mas", "Mbak"], ta=[]),
 "my": dict(m=_w("Aung_Kyaw Zaw_Min Min_Thu Htet_Aung Kyaw_Zin Thant_Zin Ye_Lin Naing_Win Soe_Moe Tun_Tun Myo_Min Hlaing_Win Than_Htike Win_Naing Zaw_Win Kyaw_Kyaw Htun_Htun Aung_Ko Nay_Lin Wai_Yan Pyae_Sone Sithu Thura Zeyar Kaung_Myat Min_Khant Phyo_Wai Saw_Htoo Yan_Naing Lin_Htet"),
            f=_w("Aye_Aye Su_Su Thandar Khin_Khin Hnin_Wai May_Thu Ei_Ei Thin_Thin Nilar Yadanar Myat_Noe Phyu_Phyu Hla_Hla Moe_Moe Nwe_Nwe San_San Zin_Mar Thiri Shwe_Sin Cho_Cho Ngwe_Ngwe Wai_Wai Mya_Mya Khaing_Zin Nandar Thazin Sandar Htet_Htet Ei_Mon Yin_Yin"),
            fam=_w("Aung Win Oo Kyaw Htun Thein Myint Naing Soe Lwin Hlaing Zaw Maung Min Tun Htet Moe Lin Thu Han Nyein Khaing Mon Phyo Zin Myat Thant Htike Swe Nyunt"),
            ctry=["JP", "US", "KR"], tbm=["U", "Ko", "Maung"], tbf=["Daw", "Ma"], tb=[], ta=[]),
 "ne": dict(m=_w("Ram Hari Krishna Bikash Suman Prakash Rajesh Sanjay Dipak Anil Binod Nabin Sagar Sandeep Rabin Kiran Bishal Suraj Roshan Pawan Ramesh Dinesh Gopal Shyam Bijay Aashish Pradeep Mahesh Santosh Niraj"),
            f=_w("Sita Gita Sarita Sunita Anita Kabita Laxmi Sabina Srijana Rojina Pooja Manisha Asmita Sushma Bimala Kamala Parbati Rupa Sapana Samjhana Binita Nirmala Shanti Pratima Sangita Menuka Rekha Aarati Prabina Dipika"),
            fam=_w("Shrestha Gurung Tamang Rai Limbu Magar Thapa Karki Adhikari Sharma Poudel Bhattarai Khadka Basnet Bhandari Koirala Pandey Joshi Maharjan Shakya Dahal Ghimire Sherpa Lama KC Rana Acharya Neupane Pokharel Subedi Regmi Tamrakar"),
            ctry=["AE", "QA", "JP"], tb=["Mr", "Ms"], ta=[" ji", " dai", " didi"]),
 "si": dict(m=_w("Nimal Sunil Kamal Chaminda Ruwan Saman Pradeep Lasith Mahela Kumara Tharindu Dinesh Isuru Kasun Chathura Nuwan Dilshan Janaka Upul Asanka Sampath Thilina Sanjeewa Buddhika Mahinda Gamini Lalith Ranjith Dhammika Nalaka"),
            f=_w("Kumari Malini Chandrika Nadeesha Dilini Sanduni Ishara Nirmala Chathurika Dulani Hasini Thilini Sachini Madhavi Rasika Anoma Shanika Dilrukshi Nilmini Achini Piumi Sewwandi Tharushi Imesha Oshadi Kavindya Yasodha Lakmini Gayani Nethmi"),
            fam=_w("Perera Fernando Silva de_Silva Jayasuriya Bandara Wickramasinghe Gunawardena Rajapaksa Dissanayake Senanayake Ranasinghe Herath Jayawardena Wijesinghe Kumarasinghe Rathnayake Karunaratne Amarasinghe Weerasinghe Samarasinghe Gamage Liyanage Pathirana Mendis Peiris Abeysekera Ekanayake Dassanayake Seneviratne Wijeratne Hettiarachchi"),
            ctry=["AE", "NZ", "SA"], tb=["Mr", "Mrs", "Miss", "Rev."], ta=[]),
 "hi": dict(m=_w("Rahul Amit Sanjay Vikram Arjun Rohan Aditya Nikhil Pranav Siddharth Ganesh Sachin Mahesh Suresh Rajesh Anil Vinod Prashant Omkar Tushar Swapnil Aniket Sandeep Yogesh Mangesh Ajay Vijay Abhishek Kunal Harsh Shubham Varun"),
            f=_w("Priya Pooja Neha Anjali Sneha Kavita Sunita Aarti Swati Shruti Madhuri Rupali Sayali Ashwini Pallavi Manisha Deepa Rekha Meera Radhika Aishwarya Shraddha Vaishali Komal Prajakta Gauri Ananya Divya Nisha Isha Jyoti Smita"),
            fam=_w("Sharma Verma Gupta Singh Kumar Patel Joshi Mishra Pandey Yadav Tiwari Chauhan Deshpande Kulkarni Patil Jadhav Pawar Shinde More Gaikwad Deshmukh Kale Bhosale Chavan Naik Sawant Apte Gokhale Joglekar Khanna Agarwal Saxena Srivastava"),
            ctry=["AE", "US", "CA"], tb=["Shri", "Smt.", "Mr", "Mrs", "Dr."], ta=[" ji", "ji"]),
 "gulf": dict(m=_w("Mohammed Ahmed Abdullah Khalid Saeed Sultan Rashid Hamad Faisal Mansour Saif Majid Nasser Hamdan Obaid Omar Ali Salem Yousef Mubarak Fahad Turki Bandar Nawaf Mishal Talal Abdulaziz Abdulrahman Hamza Jassim Thani Zayed"),
            f=_w("Fatima Mariam Aisha Noura Hessa Maitha Shamma Latifa Moza Amna Sheikha Alya Reem Sara Hind Mahra Shaikha Dana Lulwa Haya Al_Anoud Nouf Hala Asma Khawla Muna Wadha Afra Salama Jawaher"),
            fam=_w("Al_Mansouri Al_Mazrouei Al_Falasi Al_Ketbi Al_Shamsi Al_Suwaidi Al_Nuaimi Al_Dhaheri Al_Hashemi Al_Marzouqi Al_Mheiri Al_Blooshi Al_Hammadi Al_Kaabi Al_Zaabi Al_Ameri Al_Kuwari Al_Sulaiti Al_Marri Al_Dosari Al_Qahtani Al_Ghamdi Al_Zahrani Al_Otaibi Al_Shehri Al_Harbi Al_Mutairi Al_Rashidi Al_Ajmi Al_Jaber Al_Muhairi"),
            ctry=["AE", "SA", "QA"], tb=["Mr", "Ms", "Eng.", "Dr.", "Sheikh", "Sayed"], ta=[]),
 "lev": dict(m=_w("Omar Khaled Rami Samer Fadi Ziad Tarek Nabil Walid Bassam Hani Imad Jad Karim Marwan Nader Raed Sami Wael Yazan Zaid Elias Georges Tony Majd Firas Hadi Anas Bilal Issa Ghassan"),
            f=_w("Lina Rania Rana Dima Hiba Layla Maya Nour Rasha Ruba Sahar Tala Yara Zeina Jana Lara Maha Nadine Reem Salma Joumana Ghada Hanan Carla Rita Samar Nisreen Dalia Farah Razan Mira"),
            fam=_w("Haddad Khoury Nasser Saleh Hamdan Khalil Mansour Abboud Aoun Chahine Daher Haddadin Hijazi Jaber Khatib Masri Nassar Sabbagh Sayegh Tamimi Qasem Zoubi Obeidat Awad Bitar Frangieh Azar Najjar Shami Darwish Halabi"),
            ctry=["AE", "CA", "QA"], tb=["Mr", "Mrs", "Mme", "Eng.", "Dr."], ta=[]),
 "yo": dict(m=_w("Adebayo Adewale Ayodele Babatunde Olumide Oluwaseun Olusegun Tunde Femi Kunle Segun Gbenga Dapo Wale Tobi Damilola Ayomide Kayode Rotimi Akin Bolaji Dayo Idowu Jide Lanre Sola Taiwo Kehinde Yemi Tolu"),
            f=_w("Adebimpe Adenike Aduke Ayo Bimpe Bukola Folake Funke Funmilayo Iyabo Kemi Morenike Omolara Omowunmi Ronke Sade Titilayo Toyin Yetunde Abiodun Modupe Olamide Temitope Feyisara Damola Ifeoluwa Oluwakemi Adunni Remilekun Ajoke"),
            fam=_w("Adeyemi Adebayo Ogunleye Olawale Ogunbiyi Adeleke Akinola Balogun Oyelaran Ojo Oladipo Afolabi Ogundipe Adesina Bamidele Fashola Olaniyan Ayodeji Oyewole Adekunle Akande Oyebanji Adewumi Ilori Alabi Bello Ogunbanjo Ajayi Oyinlola Adegoke Olatunji"),
            ctry=["NG"], tb=["Chief", "Alhaji", "Mrs", "Engr.", "Pastor", "Barr.", "Mr"], ta=[]),
 "ig": dict(m=_w("Chinedu Chukwuemeka Emeka Obinna Ikenna Nnamdi Uchenna Chidi Ifeanyi Kelechi Chibuike Chigozie Ebuka Nonso Tochukwu Somtochukwu Kenechukwu Okechukwu Chukwudi Obiora Uzoma Onyeka Ejike Azubuike Ugochukwu Chima Nkem Arinze Kamsiyochukwu Goodluck"),
            f=_w("Adaeze Chiamaka Chioma Ngozi Nneka Ifeoma Amaka Uju Ogechi Chinyere Adaora Obiageli Nkechi Ebere Chidinma Ijeoma Chinwe Nkiruka Onyinye Uchechi Oluchi Ezinne Chisom Kosisochukwu Ugonna Blessing Precious Favour Somadina Akunna"),
            fam=_w("Okonkwo Okafor Nwankwo Eze Obi Okeke Nwosu Chukwu Okoro Ibe Nwachukwu Okoye Uzor Anyanwu Ezeh Nnadi Onuoha Agu Nweke Okwu Iwu Ekwueme Nwafor Ugwu Onwuka Madu Achebe Ogbonna Ikwuemesi Obiakor Nwogu"),
            ctry=["NG"], tb=["Chief", "Engr.", "Mrs", "Dr.", "Mr", "Lolo"], ta=[]),
 "am": dict(m=_w("Abebe Dawit Yohannes Solomon Tewodros Berhanu Mesfin Yared Ephrem Henok Biniam Abel Getachew Mulugeta Tesfaye Girma Kebede Alemayehu Fikru Haile Tadesse Bereket Natnael Kaleab Eyob Mikias Samson Yonas Abiy Teshome"),
            f=_w("Tigist Meron Selam Hiwot Bethlehem Mekdes Almaz Aster Genet Liya Saba Rahel Tsion Hanna Eden Frehiwot Yodit Wubit Azeb Senait Birtukan Tirunesh Meseret Kidist Mahlet Lemlem Tsehay Zewditu Bezawit Feven"),
            fam=_w("Abebe Bekele Tadesse Alemu Girma Kebede Tesfaye Wolde Gebremedhin Haile Desta Mengistu Assefa Ayele Lemma Negash Tefera Worku Yilma Zewdie Demissie Mekonnen Gebre Tilahun Shiferaw Woldemariam Asfaw Belay Kassa Getahun"),
            ctry=["ET"], tb=["Ato", "W/ro", "W/rt", "Dr.", "Mr"], ta=[]),
 "so": dict(m=_w("Abdi Abdirahman Abdullahi Ahmed Ali Mohamed Hassan Hussein Ismail Yusuf Omar Farah Mahad Liban Guled Abdiaziz Abdikarim Abdiqani Bashir Cabdi Cali Xasan Mukhtar Nuur Sahal Said Warsame Yasin Zakariye Hamza Shire Osman"),
            f=_w("Ayaan Amina Asha Faadumo Fadumo Hodan Hibo Halima Hawa Ikran Ilhan Khadra Layla Maryan Muna Nimco Qamar Sagal Safiya Sahra Shukri Sucdi Ubah Warda Xaawo Yasmin Zamzam Deeqa Hamdi Caasha"),
            fam=_w("Warsame Farah Jama Aden Abdi Hassan Osman Yusuf Ali Mohamud Ahmed Hirsi Egal Duale Omar Nur Ismail Abdullahi Shire Guleid Elmi Dirie Samatar Barre Hussein Mohamed Warfa Gedi Ibrahim Jimcaale Qalinle"),
            ctry=["ET", "FI", "CA", "US"], tb=["Mr", "Ms", "Sheikh", "Xaaji", "Marwo"], ta=[]),
 "pl": dict(m=_w("Jakub Kacper Szymon Antoni Jan Filip Mateusz Michał Piotr Paweł Tomasz Krzysztof Marcin Łukasz Grzegorz Wojciech Adam Bartosz Dawid Kamil Rafał Marek Andrzej Jarosław Zbigniew Sebastian Damian Mikołaj Wiktor Igor Kuba Tomek Bartek Wojtek"),
            f=_w("Zuzanna Julia Maja Zofia Hanna Lena Alicja Aleksandra Natalia Katarzyna Agnieszka Małgorzata Magdalena Joanna Monika Ewa Anna Barbara Dorota Beata Iwona Justyna Karolina Marta Paulina Weronika Oliwia Wiktoria Jadwiga Bożena Kasia Gosia Asia Ola Basia"),
            fam=_w("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Zając Pawlak Górecki Sikorski"),
            ctry=["PL"], tbm=["Pan", "p.", "mgr", "dr"], tbf=["Pani", "p.", "mgr", "dr"], tb=[], ta=[]),
 "cs": dict(m=_w("Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Jakub Milan Karel Lukáš David Ondřej Vojtěch Radek Marek Filip Matěj Štěpán Vít Aleš Roman Libor Dušan"),
            f=_w("Jana Marie Eva Hana Anna Lenka Kateřina Věra Lucie Alena Petra Jaroslava Veronika Martina Tereza Michaela Zuzana Markéta Ivana Barbora Klára Šárka Dagmar Monika Eliška Adéla Radka Kristýna Zdeňka Vendula"),
            fam=_w("Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Urban Blažek Kříž Kovář Bartoš Vlček"),
            fam_f=_w("Nováková Svobodová Novotná Dvořáková Černá Procházková Kučerová Veselá Horáková Němcová Marková Pokorná Pospíšilová Hájková Jelínková Králová Růžičková Benešová Fialová Sedláčková Doležalová Zemanová Kolářová Navrátilová Čermáková Vaňková Urbanová Blažková Křížová Kovářová Bartošová Vlčková"),
            ctry=["CZ", "PL"], tbm=["pan", "Ing.", "Mgr.", "MUDr."], tbf=["paní", "Ing.", "Mgr.", "MUDr."], tb=[], ta=[]),
 "el": dict(m=_w("Georgios Ioannis Konstantinos Dimitrios Nikolaos Panagiotis Vasileios Christos Athanasios Michail Evangelos Spyridon Antonios Ilias Stavros Theodoros Emmanouil Anastasios Petros Alexandros Apostolos Sotirios Kyriakos Thanos Giorgos Nikos Kostas Dimitris Yannis Panos Manolis Stelios"),
            f=_w("Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Paraskevi Anastasia Evangelia Ioanna Christina Despoina Eirini Panagiota Athina Kalliopi Stavroula Chrysoula Theodora Fotini Alexandra Niki Katerina Dafni Zoi Myrto Efthymia"),
            fam=_w("Papadopoulos Papadakis Georgiou Nikolaidis Papanikolaou Vlachos Oikonomou Makris Dimitriou Ioannou Konstantinidis Karagiannis Pappas Antoniou Alexiou Christodoulou Papageorgiou Athanasiou Mavridis Economou Stavropoulos Katsaros Kyriakidis Lambrakis Tsakalos Zervas Galanis Angelopoulos Raptis Sarris Theodorou Vasileiou Panagiotopoulos"),
            ctry=["GR"], tbm=["k.", "Mr"], tbf=["kyria", "k.", "Ms"], tb=[], ta=[]),
 "hu": dict(m=_w("László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor András Csaba Imre Lajos György Balázs Dániel Bence Máté Levente Ádám Dávid Márk Gergely Norbert Krisztián Botond"),
            f=_w("Mária Erzsébet Katalin Ilona Éva Anna Zsuzsanna Margit Judit Ágnes Andrea Erika Krisztina Ildikó Mónika Eszter Edit Tímea Anita Szilvia Réka Viktória Nóra Dóra Petra Boglárka Zsófia Lilla Hanna Gréta Emese"),
            fam=_w("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Magyar Lukács"),
            ctry=["HU"], tb=["Dr."], ta=[" úr", " asszony"]),
 "fi": dict(m=_w("Juhani Mikko Matti Timo Jari Antti Pekka Kari Jukka Markku Petri Sami Ville Janne Tuomas Lauri Eero Aleksi Onni Elias Väinö Eino Veeti Joonas Olli Heikki Jussi Tapio Kalle Teemu Otso Aatu"),
            f=_w("Maria Helena Anneli Johanna Kaarina Marjatta Liisa Elina Sanna Tiina Päivi Minna Satu Anu Riikka Laura Hanna Aino Eevi Sofia Emmi Venla Ella Iida Aada Pihla Kerttu Saara Milla Noora Aili Lotta"),
            fam=_w("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Räsänen Leinonen"),
            ctry=["FI"], tb=["Mr", "Ms"], ta=[]),
 "et": dict(m=_w("Jaan Peeter Toomas Andres Mart Tiit Rein Priit Margus Urmas Jüri Aivar Indrek Kristjan Rasmus Markus Martin Sander Karl Oskar Robin Mihkel Siim Tõnu Lauri Raivo Hendrik Taavi Kaspar Madis Tanel Ott"),
            f=_w("Mari Kadri Kersti Tiina Maarja Liis Triin Kaja Piret Eha Ene Helle Anu Kärt Kristi Merle Signe Ülle Annika Laura Mirjam Grete Kertu Sirli Marleen Birgit Katrin Pille Reet Hele Eliise Maris"),
            fam=_w("Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kõiv Kallas Luik Lill Ots Raudsepp Vaher Kuusk Karu Põder Org Mets Järv Kivi Paju Kangur Laur Rand Oja Aas Teder Puusepp"),
            ctry=["EE", "FI"], tbm=["hr", "Mr"], tbf=["pr", "Ms"], tb=[], ta=[]),
 "haw": dict(m=_w("Kai Keoni Kekoa Makoa Kainoa Kaleo Kawika Ikaika Keola Akoni Kalani Kamaka Koa Kanoa Mana Nohea Palani Kimo Kale Pono Keawe Kahiau Kealoha Kaimana Keahi Kahele Makana Kaipo Lopaka Iokepa"),
            f=_w("Leilani Malia Noelani Kalena Mahina Kailani Nalani Keala Lokelani Pua Mele Kamalei Haunani Kaʻiulani Kanani Iolana Moana Nani Alana Kiele Lani Hoku Ululani Kehaulani Kapua Healani Nohealani Maile Lehua Anuenue"),
            fam=_w("Kahananui Kealoha Kamakau Akana Kahale Kamaka Keawe Kaleikini Kalama Kanahele Kaniho Kapule Kauhane Keliihananui Mahoe Kekumu Kaai Kahikina Kaopua Kanoho Kealamakia Kalua Nāone Kekona Kamai Kaupu Nakoa Pahia Kaʻahanui Keomaka Kapaona Kahaleua"),
            ctry=["US"], tb=["Aunty", "Uncle", "Tutu", "Mr", "Mrs"], ta=[]),
 "mi": dict(m=_w("Wiremu Hemi Tama Rawiri Tāne Mikaere Nikau Ariki Manaia Tamati Hohepa Pita Rangi Kahu Matiu Hone Tipene Tai Paora Te_Ariki Tūmanako Kauri Rewi Aperahama Ihaia Tawhiri Maui Ruru Kawiti Tamahou"),
            f=_w("Aroha Anahera Moana Mere Hine Ataahua Kiri Maia Marama Ngaio Ngaire Huia Kahurangi Kaia Tui Wikitoria Mereana Hana Ripeka Te_Aroha Waimarie Whetu Pania Rangimarie Tia Hinemoa Mihi Awhina Kōwhai Reremoana Arihia"),
            fam=_w("Ngata Parata Tamihana Te_Whiti Paewai Tawhai Hohaia Waititi Pomare Tainui Ranginui Rangihuna Tuhiwai Mahuta Turei Harawira Tipoki Kereama Te_Kanawa Takerei Potae Tomoana Ruatapu Whaanga Hēnare Wihongi Poutama Ropata Tautahi Taiaroa Te_Rangi Karaka Nikora"),
            ctry=["NZ"], tbm=["Matua", "Mr", "Koro"], tbf=["Whaea", "Mrs", "Nanny"], tb=[], ta=[]),
 "qu": dict(m=_w("Juan José Luis Wilber Edwin Yoni Rolando Percy Teófilo Inti Amaru Mayta Tupac Illari Wayra Kusi Mallku Willka Waman Alejo Fortunato Eusebio Marcelino Hilario Saturnino Ulises Efraín Nilo Grimaldo Celestino"),
            f=_w("Killa Sisa Nina Qori Sumaq Wayta Chaska Rosa Juana Teodora Florencia Marcelina Yolanda Nélida Sonia Maribel Yeni Marleni Ruth Lourdes Hilda Dominga Felícitas Eufemia Justina Wara Phaxsi Urpi Yaku Illa"),
            fam=_w("Mamani Quispe Condori Huamán Choque Ticona Apaza Cusi Chambi Yupanqui Ccori Ccahuana Huanca Pari Layme Chura Colque Limachi Vilca Copa Ninaquispe Sullca Huarachi Poma Cutipa Quisbert Achachi Churata Huallpa Ccallo Pumacahua Yapura"),
            ctry=["PE"], tbm=["Sr.", "Don", "Ing."], tbf=["Sra.", "Doña", "Srta."], tb=[], ta=[]),
 "iu": dict(m=_w("Lukasi Paulusie Joanasie Simeonie Jaypeetee Tagak Piita Qajaq Siku Tuktu Natsiq Kunuk Aipili Sakiasi Mosesie Jamesie Iqaluk Pauloosie Jupi Isaaci Adamie Mikisiti Cody Tyrell Wade Delbert Clifford Leroy Norval Harvey"),
            f=_w("Elisapee Pitseolak Kenojuak Ningiukulu Oviloo Leetia Saali Ooleepeeka Naulaq Qaunaq Kanayuk Malaya Ulaajuk Akinisie Kaniehtiio Waseyabin Nahanni Tala Kiona Aiyana Winona Sheila Tanya Darlene Cheyenne Sila Nuvua Siqiniq Allaq Aasivak"),
            fam=_w("Kusugak Arnaquq Kilabuk Ashevak Nakashuk Akeeagok Qaqqaq Tagalik Ipeelie Nutaraluk Anawak Kublu Evaluarjuk Quassa Alookee Cardinal Bear Littlechild Sinclair Morningstar Whitecalf Bellegarde Manyfingers Crowfoot Starblanket Thunderchild Swiftwolfe Atleo Fontaine Bigeagle Nepinak Stonechild Redsky Meekis"),
            ctry=["CA"], tb=["Elder", "Mr", "Ms", "Chief"], ta=[]),
}
CULT_KEYS = sorted(CULTURES)

_SYL = {"default": ["ka", "ri", "mo", "na", "to", "se", "lu", "vi", "da", "ne", "po", "ta", "me", "ko", "sa", "ru"]}

# ---------------------------------------------------------------- helpers
_TRANS = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "ı": "i"})
_SPLIT = re.compile(r"[\s\-'’ʻ`.,/]+")


def _fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).lower()


def _parts(s):
    out = set()
    for v in (s, s.replace("ʻ", "").replace("'", "").replace("’", "")):
        for p in _SPLIT.split(v):
            if p:
                out.add(_fold(p))
                out.add(_fold(p.translate(_TRANS)))
    return out


def _name_ok(s, listed):
    return not (_parts(s) & listed)


def _dg(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n):
    return rng.choice("123456789") + _dg(rng, n - 1)


def _luhn_complete(prefix, length, rng):
    body = prefix + _dg(rng, length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def _iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def _grp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _ascii(s):
    return re.sub(r"[^a-z0-9]", "", _fold(s.translate(_TRANS)))


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, cul, sex, given, family, mid="", extra=""):
        self.cul, self.sex, self.given, self.family, self.mid, self.extra = cul, sex, given, family, mid, extra


def _strip_vi(s):
    return _fold(s.translate(_TRANS)).title() if s else s


def _make_person(cul, rng, listed):
    C = CULTURES[cul]
    for _ in range(80):
        sex = rng.choice("mf")
        given = rng.choice(C[sex])
        if sex == "f" and "fam_f" in C:
            i = rng.randrange(len(C["fam"]))
            family = C["fam_f"][i]
        else:
            family = rng.choice(C["fam"])
        mid, extra = "", ""
        if cul == "pl" and sex == "f":
            if family.endswith("ski"):
                family = family[:-1] + "a"
            elif family.endswith("cki"):
                family = family[:-1] + "a"
        if cul == "el" and sex == "f":
            if family.endswith("os"):
                family = family[:-2] + "ou"
            elif family.endswith("is") or family.endswith("as"):
                family = family[:-1]
        if cul == "vi":
            mid = rng.choice(C["mid_" + sex])
            if rng.random() < 0.5:
                given, family, mid = _strip_vi(given), _strip_vi(family), _strip_vi(mid)
        elif cul in ("am", "so"):
            if rng.random() < 0.5:
                extra = rng.choice(C["fam"])
        elif cul == "qu":
            extra = rng.choice(C["fam"])
        elif cul == "hi" and rng.random() < 0.4:
            mid = rng.choice(C["m"])
        elif cul == "gulf" and sex == "m" and rng.random() < 0.4:
            mid = "bin " + rng.choice(C["m"])
        elif cul == "gulf" and rng.random() < 0.3:
            mid = rng.choice(C["m"])
        elif cul == "gulf" and rng.random() < 0.3:
            family = family.replace(" ", "-")
        elif cul == "my":
            family = family if rng.random() < 0.6 else ""
        elif cul == "si" and rng.random() < 0.35:
            extra = " ".join(rng.choice("ABDGHKMPRSW") + "." for _ in range(rng.randint(1, 3)))
        p = Person(cul, sex, given, family, mid, extra)
        if _name_ok(" ".join([given, family, mid, extra]), listed):
            return p
    # graceful fallback: invented names from syllables
    for _ in range(200):
        syl = _SYL["default"]
        g = "".join(rng.choice(syl) for _ in range(rng.randint(2, 3))).title()
        f = "".join(rng.choice(syl) for _ in range(rng.randint(2, 4))).title()
        if _name_ok(g + " " + f, listed):
            return Person(cul, rng.choice("mf"), g, f)
    return Person(cul, "f", "Xq", "Zv")


def _full(p, rng):
    """Culture-typical full name as a single string."""
    c, g, f, m, x = p.cul, p.given, p.family, p.mid, p.extra
    if c in ("jp", "zh", "ko"):
        if c == "ko" and rng.random() < 0.2:
            g = g.replace("-", "")
        return f"{f} {g}" if rng.random() < 0.55 else f"{g} {f}"
    if c == "vi":
        return f"{f} {m} {g}" if rng.random() < 0.85 else f"{g} {f}"
    if c == "hu":
        return f"{f} {g}" if rng.random() < 0.75 else f"{g} {f}"
    if c == "my":
        return f"{g} {f}".strip()
    if c == "id":
        return g if rng.random() < 0.3 else f"{g} {f}"
    if c in ("am", "so"):
        return f"{g} {f} {x}".strip()
    if c == "qu":
        return f"{g} {f} {x}" if rng.random() < 0.7 else f"{g} {f}"
    if c == "si" and x:
        return f"{x} {g} {f}"
    if m:
        return f"{g} {m} {f}"
    return f"{g} {f}"


def _title(p, rng):
    C = CULTURES[p.cul]
    before = list(C.get("tb", []))
    before += C.get("tbm" if p.sex == "m" else "tbf", [])
    generic = ["Mr"] if p.sex == "m" else ["Ms", "Mrs"]
    if rng.random() < 0.25:
        before = generic + ["Dr", "Prof."]
    after = C.get("ta", [])
    sexbad = {"m": {"Mrs", "Ms", "Smt.", "Mme", "Alhaja", "W/ro", "W/rt", "Sra.", "Doña", "Srta.", "Daw", "Ma", "Bu", "Ibu", "Mbak", "chị", "bà", "Miss", "Aunty", "kyria", "Whaea", "Nanny", "Marwo", "Lolo", "Pani", "paní", "pr", "Xaaji"},
              "f": {"Mr", "Shri", "Pak", "Bapak", "Mas", "anh", "ông", "U", "Ko", "Maung", "Ato", "Sr.", "Don", "Uncle", "Matua", "Koro", "Pan", "pan", "hr", "Sheikh", "Sayed", "Alhaji"}}[p.sex]
    before = [t for t in before if t not in sexbad] or generic
    after = [t for t in after if not (p.sex == "m" and t in (" asszony", " didi", " nüshi")) and not (p.sex == "f" and t in (" úr", " dai", " xiansheng"))]
    if after and rng.random() < 0.5:
        return None, rng.choice(after)
    return rng.choice(before), None


def _addr_form_name(p):
    """The part normally used with a title."""
    if p.cul in ("my", "am", "so", "id", "vi", "gulf", "mi", "haw"):
        return p.given
    return p.family or p.given


def name_segs(p, form, rng):
    """Return segments for a name in a given form."""
    if form == "full":
        return [(_full(p, rng), "name")]
    if form == "given":
        return [(p.given, "name")]
    if form == "family":
        return [(p.family or p.given, "name")]
    if form == "crm":
        fam = p.family if p.cul not in ("qu",) else f"{p.family} {p.extra}"
        if not fam or p.cul == "my":
            return [(_full(p, rng).upper(), "name")]
        if p.cul == "vi":
            given = f"{p.mid} {p.given}"
        else:
            given = p.given
        r = rng.random()
        if r < 0.5:
            return [(fam.upper(), "name"), (", ", "o"), (given, "name")]
        if r < 0.75:
            return [(fam.lower(), "name"), (", ", "o"), (given.lower(), "name")]
        return [(fam, "name"), (", ", "o"), (given, "name")]
    if form == "title":
        tb, ta = _title(p, rng)
        core = _addr_form_name(p)
        if ta:
            core = p.family or p.given
            if p.cul == "ne" and ta.strip() in ("dai", "didi"):
                core = p.given
            sep = "" if ta.startswith("-") or ta == "ji" else ""
            return [(core, "name"), (sep + ta, "o")]
        if p.cul == "hu":
            return [(tb + " ", "o"), (f"{p.family} {p.given}", "name")]
        if rng.random() < 0.3:
            return [(tb + " ", "o"), (_full(p, rng), "name")]
        return [(tb + " ", "o"), (core, "name")]
    if form == "initial":
        if p.family and p.cul not in ("my", "vi", "am", "so", "jp", "zh", "ko", "hu"):
            return [(f"{p.given[0]}. {p.family}", "name")]
        return [(_full(p, rng), "name")]
    raise ValueError(form)

# ---------------------------------------------------------------- countries
COUNTRIES = ["JP", "CN", "KR", "VN", "ID", "AE", "SA", "QA", "NG", "ET", "PL", "CZ", "GR", "HU", "FI", "EE", "NZ", "US", "PE", "CA"]

CITIES = {
 "JP": ["Tokyo", "Osaka", "Yokohama", "Sapporo", "Fukuoka", "Nagoya", "Kyoto", "Sendai"],
 "CN": ["Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Chengdu", "Hangzhou", "Wuhan", "Xi'an"],
 "KR": ["Seoul", "Busan", "Incheon", "Daegu", "Daejeon", "Gwangju", "Suwon"],
 "VN": ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hai Phong", "Can Tho", "Hue"],
 "ID": ["Jakarta Selatan", "Bandung", "Surabaya", "Medan", "Yogyakarta", "Denpasar", "Makassar"],
 "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Al Ain", "Ajman"],
 "SA": ["Riyadh", "Jeddah", "Dammam", "Khobar", "Makkah"],
 "QA": ["Doha", "Al Wakrah", "Lusail", "Al Rayyan"],
 "NG": ["Lagos", "Abuja", "Ibadan", "Enugu", "Port Harcourt", "Onitsha", "Abeokuta"],
 "ET": ["Addis Ababa", "Bahir Dar", "Hawassa", "Mekelle", "Adama", "Gondar"],
 "PL": ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Lublin"],
 "CZ": ["Praha 3", "Brno", "Ostrava", "Plzeň", "Olomouc", "Praha 6"],
 "GR": ["Athina", "Thessaloniki", "Patra", "Irakleio", "Larisa", "Peiraias"],
 "HU": ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr", "Miskolc"],
 "FI": ["Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Vantaa", "Jyväskylä"],
 "EE": ["Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi"],
 "NZ": ["Auckland", "Wellington", "Christchurch", "Hamilton", "Rotorua", "Whangārei", "Gisborne"],
 "US": ["Honolulu", "Hilo", "Kailua", "Seattle", "Minneapolis", "Columbus", "Houston"],
 "PE": ["Lima", "Cusco", "Arequipa", "Puno", "Juliaca", "Trujillo"],
 "CA": ["Iqaluit", "Toronto", "Winnipeg", "Yellowknife", "Montréal", "Saskatoon", "Vancouver"],
}

STREETS = {
 "JP": ["Jingumae", "Nishi-Shinjuku", "Umeda", "Minatomirai", "Tenjin", "Sakae", "Kita 3-jo Nishi"],
 "JPW": ["Shibuya-ku", "Shinjuku-ku", "Kita-ku", "Nishi-ku", "Chuo-ku", "Naka-ku", "Minato-ku"],
 "CN": ["Jianguo Road", "Nanjing West Road", "Shennan Avenue", "Tianhe Road", "Renmin South Road", "Wensan Road"],
 "CNW": ["Chaoyang District", "Jing'an District", "Futian District", "Tianhe District", "Wuhou District", "Xihu District"],
 "KR": ["Teheran-ro", "Sejong-daero", "Haeundae-ro", "Gangnam-daero", "Olympic-ro", "Dongho-ro"],
 "KRW": ["Gangnam-gu", "Jongno-gu", "Haeundae-gu", "Mapo-gu", "Songpa-gu", "Seocho-gu"],
 "VN": ["Phố Huế", "Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Điện Biên Phủ", "Cách Mạng Tháng Tám"],
 "VNW": ["Hai Bà Trưng", "Quận 1", "Quận 3", "Thanh Xuân", "Hải Châu", "Cầu Giấy"],
 "ID": ["Jl. Kemang Raya", "Jl. Dago", "Jl. Darmo", "Jl. Gatot Subroto", "Jl. Malioboro", "Jl. Sunset Road"],
 "IDW": ["Bangka, Mampang Prapatan", "Coblong", "Wonokromo", "Medan Baru", "Gedongtengen", "Kuta"],
 "AE": ["Al Wasl Road", "Sheikh Zayed Road", "Al Khaleej Street", "Hamdan Street", "Al Muroor Road"],
 "AEW": ["Al Barsha 2", "Jumeirah 1", "Al Nahda", "Khalifa City A", "Al Majaz 3"],
 "SA": ["King Fahd Rd", "Prince Sultan St", "Tahlia St", "King Abdulaziz Rd", "Olaya St"],
 "SAW": ["Al Olaya", "Al Rawdah", "Al Malqa", "Al Khobar Al Shamalia", "An Nuzhah"],
 "QA": ["Street 830", "Al Sadd Street", "Salwa Road", "Street 340", "Al Waab Street"],
 "NG": ["Adeola Odeku Street", "Awolowo Road", "Herbert Macaulay Way", "Ogui Road", "Aminu Kano Crescent", "Allen Avenue"],
 "NGW": ["Victoria Island", "Ikoyi", "Yaba", "Wuse II", "Ikeja", "GRA Phase 2"],
 "ET": ["Bole Sub-City", "Kirkos Sub-City", "Yeka Sub-City", "Arada Sub-City", "Nifas Silk-Lafto Sub-City"],
 "PL": ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Floriańska", "ul. Grunwaldzka", "os. Tysiąclecia"],
 "CZ": ["Vinohradská", "Národní", "Masarykova", "Husova", "Dukelská", "Nádražní"],
 "GR": ["Ermou", "Leof. Kifisias", "Tsimiski", "Odos Patision", "Leof. Vouliagmenis", "Egnatia"],
 "HU": ["Váci utca", "Andrássy út", "Rákóczi út", "Petőfi Sándor utca", "Kossuth Lajos tér", "Bartók Béla út"],
 "FI": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Isokatu", "Tapiolantie"],
 "EE": ["Narva mnt", "Pärnu mnt", "Riia tn", "Tartu mnt", "Lai tn", "Mustamäe tee"],
 "NZ": ["Karangahape Road", "Cuba Street", "Riccarton Road", "Te Ngae Road", "Lambton Quay", "Great North Road"],
 "NZW": ["Newton", "Te Aro", "Riccarton", "Lynmore", "Ponsonby", "Grey Lynn"],
 "US": ["Ala Moana Blvd", "Kapiolani Blvd", "Kamehameha Ave", "Kuhio Hwy", "Pine St", "Lake Street"],
 "PE": ["Av. Arequipa", "Jr. Ayacucho", "Av. La Cultura", "Jr. Lima", "Av. Ejército", "Calle Tecsecocha"],
 "PEW": ["Miraflores", "San Blas", "Wanchaq", "Cercado", "Yanahuara", "Lince"],
 "CA": ["Rue Sainte-Catherine", "Queen St W", "Portage Ave", "Franklin Ave", "Niaqunngusiariaq", "Jasper Ave", "Broadway"],
}

_STATE = {"Honolulu": "HI", "Hilo": "HI", "Kailua": "HI", "Seattle": "WA", "Minneapolis": "MN", "Columbus": "OH", "Houston": "TX"}
_PROV = {"Iqaluit": ("NU", "X0A"), "Toronto": ("ON", "M5V"), "Winnipeg": ("MB", "R3C"), "Yellowknife": ("NT", "X1A"),
         "Montréal": ("QC", "H2X"), "Saskatoon": ("SK", "S7K"), "Vancouver": ("BC", "V6B")}


def postcode(cc, rng, city=None):
    L = "ABCEGHJKLMNPRSTVXY"
    if cc == "JP":
        return f"{_nz(rng,3)}-{_dg(rng,4)}"
    if cc in ("CN", "VN"):
        return _nz(rng, 2) + "0" + _dg(rng, 3) if cc == "CN" else rng.choice(["100000", "700000", "550000", "180000", "900000", "530000"])
    if cc in ("KR", "ID", "SA", "FI", "EE", "PE"):
        if cc == "FI":
            return "0" + _dg(rng, 2) + rng.choice(["10", "20", "50", "00", "30"])
        if cc == "PE":
            return "150" + _dg(rng, 2)
        if cc == "EE":
            return "1" + _dg(rng, 4)
        return _nz(rng, 5) if cc != "KR" else "0" + _dg(rng, 4)
    if cc == "NG":
        return rng.choice(["1", "9", "4", "5"]) + "0" + _dg(rng, 4)
    if cc == "ET":
        return "1" + _dg(rng, 3)
    if cc == "PL":
        return f"{_dg(rng,2)}-{_dg(rng,3)}"
    if cc in ("CZ", "GR"):
        return f"{_nz(rng,3)} {_dg(rng,2)}"
    if cc == "HU":
        return _nz(rng, 4)
    if cc == "NZ":
        return _nz(rng, 4)
    if cc == "US":
        return "968" + _dg(rng, 2) if _STATE.get(city, "HI") == "HI" else _nz(rng, 5)
    if cc == "CA":
        fsa = _PROV.get(city, ("ON", "M4C"))[1]
        return f"{fsa} {rng.randint(0,9)}{rng.choice(L)}{rng.randint(0,9)}"
    if cc == "AE":
        return ""
    if cc == "QA":
        return ""
    return _dg(rng, 5)


def address(cc, rng):
    """Street address block in local order: list of segments (address/postcode/~/o)."""
    city = rng.choice(CITIES[cc])
    S = STREETS
    n = lambda a, b: str(rng.randint(a, b))
    pc = postcode(cc, rng, city)
    if cc == "JP":
        a = f"{n(1,5)}-{n(1,30)}-{n(1,20)} {rng.choice(S['JP'])}, {rng.choice(S['JPW'])}"
        if rng.random() < 0.3:
            a = a + f" #{n(1,12)}0{n(1,9)}"
        if rng.random() < 0.4:
            return [("〒", "o"), (pc, "postcode"), (" ", "o"), (city, "~"), (" ", "o"), (f"{rng.choice(S['JPW'])} {rng.choice(S['JP'])} {n(1,5)}-{n(1,30)}-{n(1,20)}", "address")]
        return [(a, "address"), (", ", "o"), (city, "~"), (" ", "o"), (pc, "postcode")]
    if cc == "CN":
        a = f"Room {n(1,30)}0{n(1,9)}, Building {n(1,12)}, {n(1,300)} {rng.choice(S['CN'])}, {rng.choice(S['CNW'])}"
        return [(a, "address"), (", ", "o"), (city, "~"), (" ", "o"), (pc, "postcode")]
    if cc == "KR":
        a = f"{n(1,400)} {rng.choice(S['KR'])}, {rng.choice(S['KRW'])}"
        if rng.random() < 0.5:
            a += f", Apt {n(101,120)}-{n(1,25)}0{n(1,4)}"
        return [(a, "address"), (", ", "o"), (city, "~"), (" ", "o"), (pc, "postcode")]
    if cc == "VN":
        a = f"Số {n(1,200)} Ngõ {n(1,90)} {rng.choice(S['VN'])}, {rng.choice(S['VNW'])}" if rng.random() < 0.5 else f"{n(1,300)} {rng.choice(S['VN'])}, Phường {n(1,15)}, {rng.choice(S['VNW'])}"
        return [(a, "address"), (", ", "o"), (city, "~")]
    if cc == "ID":
        a = f"{rng.choice(S['ID'])} No. {n(1,200)}, RT {n(1,12):0>3}/RW {n(1,9):0>2}, {rng.choice(S['IDW'])}"
        return [(a, "address"), (", ", "o"), (city, "~"), (" ", "o"), (pc, "postcode")]
    if cc == "AE":
        if rng.random() < 0.4:
            return [(f"P.O. Box {_nz(rng, rng.choice([4,5,6]))}", "address"), (", ", "o"), (city, "~")]
        a = f"Villa {n(1,90)}, Street {n(1,40)}, {rng.choice(S['AEW'])}" if rng.random() < 0.5 else f"Flat {n(1,30)}0{n(1,9)}, {rng.choice(['Marina Heights', 'Al Reem Tower 2', 'Burj Views B', 'Al Nahda Residence'])}, {rng.choice(S['AE'])}"
        return [(a, "address"), (", ", "o"), (city, "~")]
    if cc == "SA":
        a = f"{_nz(rng,4)} {rng.choice(S['SA'])}, {rng.choice(S['SAW'])}"
        return [(a, "address"), (", ", "o"), (city, "~"), (" ", "o"), (pc, "postcode")]
    if cc == "QA":
        a = f"Building {n(1,80)}, {rng.choice(S['QA'])}, Zone {n(10,90)}"
        return [(a, "address"), (", ", "o"), (city, "~")]
    if cc == "NG":
        a = f"{rng.choice(['Plot', 'No.', ''])} {n(1,150)}, {rng.choice(S['NG'])}, {rng.choice(S['NGW'])}".strip().replace(" ,", ",")
        a = a.lstrip(", ")
        segs = [(a, "address"), (", ", "o"), (city, "~")]
        if rng.random() < 0.4:
            segs += [(" ", "o"), (pc, "postcode")]
        return segs
    if cc == "ET":
        if rng.random() < 0.4:
            return [(f"P.O. Box {_nz(rng,4)}", "address"), (", ", "o"), (city, "~")]
        return [(f"House No. {_nz(rng,3)}, Woreda {n(1,14):0>2}, {rng.choice(S['ET'])}", "address"), (", ", "o"), (city, "~")]
    if cc == "PL":
        a = f"{rng.choice(S['PL'])} {n(1,120)}" + (f"/{n(1,60)}" if rng.random() < 0.5 else f" m. {n(1,40)}")
        return [(a, "address"), (", ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
    if cc == "CZ":
        a = f"{rng.choice(S['CZ'])} {n(100,2500)}/{n(1,90)}"
        return [(a, "address"), (", ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
    if cc == "GR":
        a = f"{rng.choice(S['GR'])} {n(1,200)}"
        return [(a, "address"), (", ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
    if cc == "HU":
        a = f"{rng.choice(S['HU'])} {n(1,90)}." + (f" {n(1,8)}. em. {n(1,12)}." if rng.random() < 0.5 else "")
        if rng.random() < 0.6:
            return [(pc, "postcode"), (" ", "o"), (city, "~"), (", ", "o"), (a, "address")]
        return [(a, "address"), (", ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
    if cc == "FI":
        a = f"{rng.choice(S['FI'])} {n(1,90)}" + (f" {rng.choice('ABCD')} {n(1,40)}" if rng.random() < 0.6 else "")
        return [(a, "address"), (", ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
    if cc == "EE":
        a = f"{rng.choice(S['EE'])} {n(1,90)}-{n(1,60)}"
        return [(a, "address"), (", ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
    if cc == "NZ":
        a = (f"Flat {n(1,9)}, " if rng.random() < 0.3 else "") + f"{n(1,400)} {rng.choice(S['NZ'])}, {rng.choice(S['NZW'])}"
        return [(a, "address"), (", ", "o"), (city, "~"), (" ", "o"), (pc, "postcode")]
    if cc == "US":
        a = f"{n(100,3999)} {rng.choice(S['US'])}" + (f" Apt {n(1,30)}0{n(1,9)}" if rng.random() < 0.5 else "")
        return [(a, "address"), (", ", "o"), (city, "~"), (f", {_STATE.get(city,'HI')} ", "o"), (pc, "postcode")]
    if cc == "PE":
        a = f"{rng.choice(S['PE'])} {n(100,2500)}" + (f", Dpto. {n(1,12)}0{n(1,9)}" if rng.random() < 0.5 else "") + f", {rng.choice(S['PEW'])}"
        return [(a, "address"), (", ", "o"), (city, "~"), (" ", "o"), (pc if city == "Lima" else "0" + _dg(rng, 4), "postcode")]
    if cc == "CA":
        prov = _PROV.get(city, ("ON", "M4C"))[0]
        if city in ("Iqaluit", "Yellowknife") or rng.random() < 0.25:
            a = f"Box {_nz(rng,4)}" if rng.random() < 0.5 else f"Building {_nz(rng,3)}, {n(1,60)} {rng.choice(S['CA'])}"
        else:
            a = f"{n(1,3000)} {rng.choice(S['CA'])}" + (f", apt {n(1,30)}" if rng.random() < 0.4 else "")
        return [(a, "address"), (", ", "o"), (city, "~"), (f" {prov}  " if rng.random() < 0.3 else f", {prov} ", "o"), (pc, "postcode")]
    raise ValueError(cc)


def phone(cc, rng):
    r = rng.random()
    if cc == "JP":
        return rng.choice([f"090-{_dg(rng,4)}-{_dg(rng,4)}", f"080-{_dg(rng,4)}-{_dg(rng,4)}", f"03-{_dg(rng,4)}-{_dg(rng,4)}", f"+81 90 {_dg(rng,4)} {_dg(rng,4)}", f"06-{_dg(rng,4)}-{_dg(rng,4)}"])
    if cc == "CN":
        return rng.choice([f"13{_dg(rng,1)} {_dg(rng,4)} {_dg(rng,4)}", f"+86 139 {_dg(rng,4)} {_dg(rng,4)}", f"010-{_nz(rng,8)}", f"18{_dg(rng,9)}", f"(021) {_nz(rng,4)} {_dg(rng,4)}"])
    if cc == "KR":
        return rng.choice([f"010-{_nz(rng,4)}-{_dg(rng,4)}", f"+82 10-{_nz(rng,4)}-{_dg(rng,4)}", f"02-{_nz(rng,3)}-{_dg(rng,4)}", f"051-{_nz(rng,3)}-{_dg(rng,4)}"])
    if cc == "VN":
        return rng.choice([f"09{_dg(rng,1)} {_dg(rng,3)} {_dg(rng,4)}", f"+84 9{_dg(rng,1)} {_dg(rng,3)} {_dg(rng,4)}", f"028 {_nz(rng,4)} {_dg(rng,4)}", f"0{rng.choice(['3','7','8'])}{_dg(rng,8)}"])
    if cc == "ID":
        return rng.choice([f"0812-{_dg(rng,4)}-{_dg(rng,4)}", f"+62 813 {_dg(rng,4)} {_dg(rng,4)}", f"(021) {_nz(rng,4)} {_dg(rng,4)}", f"08{rng.choice(['12','13','21','56','77'])}{_dg(rng,8)}"])
    if cc == "AE":
        return rng.choice([f"+971 5{rng.choice('02568')} {_dg(rng,3)} {_dg(rng,4)}", f"05{rng.choice('02568')} {_dg(rng,3)} {_dg(rng,4)}", f"04 {_nz(rng,3)} {_dg(rng,4)}", f"+971 2 {_nz(rng,3)} {_dg(rng,4)}"])
    if cc == "SA":
        return rng.choice([f"+966 5{_dg(rng,1)} {_dg(rng,3)} {_dg(rng,4)}", f"05{_dg(rng,8)}", f"011 {_nz(rng,3)} {_dg(rng,4)}"])
    if cc == "QA":
        return rng.choice([f"+974 {rng.choice('3567')}{_dg(rng,3)} {_dg(rng,4)}", f"{rng.choice('3567')}{_dg(rng,3)} {_dg(rng,4)}"])
    if cc == "NG":
        return rng.choice([f"080{rng.choice('3356')} {_dg(rng,3)} {_dg(rng,4)}", f"+234 80{rng.choice('2367')} {_dg(rng,3)} {_dg(rng,4)}", f"0{rng.choice(['703','706','813','816','905'])}{_dg(rng,7)}", f"+234 (0) 81{_dg(rng,1)} {_dg(rng,3)} {_dg(rng,4)}"])
    if cc == "ET":
        return rng.choice([f"+251 91 {_dg(rng,3)} {_dg(rng,4)}", f"09{_dg(rng,2)} {_dg(rng,2)} {_dg(rng,2)} {_dg(rng,2)}", f"+251 11 {_nz(rng,3)} {_dg(rng,4)}", f"07{_dg(rng,8)}"])
    if cc == "PL":
        return rng.choice([f"+48 {rng.choice('5678')}{_dg(rng,2)} {_dg(rng,3)} {_dg(rng,3)}", f"{rng.choice('5678')}{_dg(rng,2)}-{_dg(rng,3)}-{_dg(rng,3)}", f"22 {_nz(rng,3)} {_dg(rng,2)} {_dg(rng,2)}", f"{rng.choice('5678')}{_dg(rng,8)}"])
    if cc == "CZ":
        return rng.choice([f"+420 {rng.choice('67')}{_dg(rng,2)} {_dg(rng,3)} {_dg(rng,3)}", f"{rng.choice('67')}{_dg(rng,2)} {_dg(rng,3)} {_dg(rng,3)}", f"2{_dg(rng,2)} {_dg(rng,3)} {_dg(rng,3)}"])
    if cc == "GR":
        return rng.choice([f"+30 69{_dg(rng,1)} {_dg(rng,3)} {_dg(rng,4)}", f"69{_dg(rng,8)}", f"210 {_nz(rng,3)} {_dg(rng,4)}", f"2310 {_nz(rng,6)}"])
    if cc == "HU":
        return rng.choice([f"+36 {rng.choice(['20','30','70'])} {_nz(rng,3)} {_dg(rng,4)}", f"06 {rng.choice(['20','30','70'])} {_nz(rng,3)} {_dg(rng,4)}", f"+36 1 {_nz(rng,3)} {_dg(rng,4)}", f"06-{rng.choice(['20','30','70'])}/{_nz(rng,3)}-{_dg(rng,4)}"])
    if cc == "FI":
        return rng.choice([f"+358 4{rng.choice('0145')} {_dg(rng,3)} {_dg(rng,4)}", f"04{rng.choice('0145')} {_dg(rng,3)} {_dg(rng,4)}", f"050 {_dg(rng,7)}", f"09 {_nz(rng,3)} {_dg(rng,4)}"])
    if cc == "EE":
        return rng.choice([f"+372 5{_dg(rng,3)} {_dg(rng,4)}", f"5{_dg(rng,3)} {_dg(rng,4)}", f"+372 6{_dg(rng,2)} {_dg(rng,4)}"])
    if cc == "NZ":
        return rng.choice([f"021 {_nz(rng,3)} {_dg(rng,4)}", f"+64 27 {_nz(rng,3)} {_dg(rng,4)}", f"(09) {_nz(rng,3)} {_dg(rng,4)}", f"022-{_nz(rng,3)}-{_dg(rng,4)}", f"(04) {_nz(rng,3)} {_dg(rng,4)}"])
    if cc == "US":
        ac = rng.choice(["808", "808", "206", "612", "614", "713"])
        return rng.choice([f"({ac}) {_nz(rng,3)}-{_dg(rng,4)}", f"{ac}-{_nz(rng,3)}-{_dg(rng,4)}", f"+1 {ac} {_nz(rng,3)} {_dg(rng,4)}", f"{ac}.{_nz(rng,3)}.{_dg(rng,4)}"])
    if cc == "PE":
        return rng.choice([f"+51 9{_dg(rng,2)} {_dg(rng,3)} {_dg(rng,3)}", f"9{_dg(rng,2)} {_dg(rng,3)} {_dg(rng,3)}", f"(01) {_nz(rng,3)} {_dg(rng,4)}", f"(084) {_nz(rng,2)}{_dg(rng,4)}"])
    if cc == "CA":
        ac = rng.choice(["867", "416", "204", "514", "306", "604", "867"])
        return rng.choice([f"({ac}) {_nz(rng,3)}-{_dg(rng,4)}", f"{ac}-{_nz(rng,3)}-{_dg(rng,4)}", f"+1 {ac} {_nz(rng,3)} {_dg(rng,4)}", f"1-{ac}-{_nz(rng,3)}-{_dg(rng,4)}"])
    raise ValueError(cc)


def nat_id(cc, rng):
    """(cue, value) for a national / personal id."""
    if cc == "JP":
        return rng.choice([("My Number", f"{_nz(rng,4)} {_dg(rng,4)} {_dg(rng,4)}"), ("passport no.", f"T{rng.choice('KRZ')}{_dg(rng,7)}"), ("driving licence no.", _dg(rng, 12))])
    if cc == "CN":
        yr = rng.randint(1950, 2004)
        v = f"{_nz(rng,6)}{yr}{rng.randint(1,12):02d}{rng.randint(1,28):02d}{_dg(rng,3)}{rng.choice('0123456789X')}"
        return rng.choice([("ID card", v), ("身份证", v), ("passport", f"E{_dg(rng,8)}")])
    if cc == "KR":
        return rng.choice([("RRN", f"{rng.randint(60,99)}{rng.randint(1,12):02d}{rng.randint(1,28):02d}-{rng.choice('12')}{_dg(rng,6)}"), ("passport", f"M{_dg(rng,8)}")])
    if cc == "VN":
        return rng.choice([("CCCD", "0" + _dg(rng, 11)), ("CMND", _nz(rng, 9)), ("passport", f"C{_dg(rng,7)}")])
    if cc == "ID":
        return rng.choice([("NIK", f"{rng.choice(['31','32','35','12','51'])}{_dg(rng,14)}"), ("KTP", f"{rng.choice(['31','32','33'])}{_dg(rng,14)}"), ("NPWP", f"{_dg(rng,2)}.{_dg(rng,3)}.{_dg(rng,3)}.{_dg(rng,1)}-{_dg(rng,3)}.{_dg(rng,3)}")])
    if cc == "AE":
        return rng.choice([("Emirates ID", f"784-{rng.randint(1960,2003)}-{_dg(rng,7)}-{_dg(rng,1)}"), ("passport", f"{rng.choice('NPK')}{_dg(rng,7)}")])
    if cc == "SA":
        return rng.choice([("Iqama", "2" + _dg(rng, 9)), ("National ID", "1" + _dg(rng, 9))])
    if cc == "QA":
        return rng.choice([("QID", f"2{_dg(rng,10)}"), ("QID", f"{rng.choice('23')}{_dg(rng,2)}{_dg(rng,8)}")])
    if cc == "NG":
        return rng.choice([("NIN", _nz(rng, 11)), ("BVN", "22" + _dg(rng, 9)), ("voter card", f"90F5{_dg(rng,2)}B{_dg(rng,6)}{_dg(rng,7)}")])
    if cc == "ET":
        return rng.choice([("Fayda ID", f"{_nz(rng,4)} {_dg(rng,4)} {_dg(rng,4)}"), ("kebele ID", f"AA/{_dg(rng,2)}/{_dg(rng,5)}"), ("passport", f"EP{_dg(rng,7)}")])
    if cc == "PL":
        return rng.choice([("PESEL", _dg(rng, 11)), ("dowód", f"{rng.choice(['ABA','CBX','DKL','AYZ'])}{_dg(rng,6)}"), ("NIP", f"{_nz(rng,3)}-{_dg(rng,3)}-{_dg(rng,2)}-{_dg(rng,2)}")])
    if cc == "CZ":
        return rng.choice([("rodné číslo", f"{_dg(rng,6)}/{_dg(rng,4)}"), ("OP", _nz(rng, 9))])
    if cc == "GR":
        return rng.choice([("AFM", _nz(rng, 9)), ("AMKA", _dg(rng, 11)), ("ADT", f"{rng.choice(['AK','AE','AB','X'])} {_dg(rng,6)}")])
    if cc == "HU":
        return rng.choice([("adóazonosító", "8" + _dg(rng, 9)), ("TAJ", f"{_dg(rng,3)} {_dg(rng,3)} {_dg(rng,3)}"), ("szig. szám", f"{_dg(rng,6)}{rng.choice(['AB','HA','KE'])}")])
    if cc == "FI":
        return rng.choice([("hetu", f"{rng.randint(1,28):02d}{rng.randint(1,12):02d}{rng.randint(40,99)}-{_dg(rng,3)}{rng.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')}"), ("henkilötunnus", f"{rng.randint(1,28):02d}{rng.randint(1,12):02d}{rng.randint(0,9):02d}A{_dg(rng,3)}{rng.choice('ABCDEF0123')}")])
    if cc == "EE":
        return ("isikukood", f"{rng.choice('3456')}{_dg(rng,10)}")
    if cc == "NZ":
        return rng.choice([("IRD", f"{_nz(rng,3)}-{_dg(rng,3)}-{_dg(rng,3)}"), ("NHI", f"{rng.choice('ZABCDHK')}{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRS')}{_dg(rng,4)}"), ("licence", f"{rng.choice(['DL','EK','AB'])}{_dg(rng,6)}")])
    if cc == "US":
        return rng.choice([("SSN", f"{rng.randint(100,665)}-{_dg(rng,2)}-{_nz(rng,4)}"), ("SSN last 4", f"xxx-xx-{_nz(rng,4)}"), ("HI licence", f"H{_dg(rng,8)}")])
    if cc == "PE":
        return rng.choice([("DNI", _nz(rng, 8)), ("DNI", _nz(rng, 8)), ("RUC", "10" + _dg(rng, 9))])
    if cc == "CA":
        return rng.choice([("SIN", f"{_nz(rng,3)} {_dg(rng,3)} {_dg(rng,3)}"), ("status card", _nz(rng, 10)), ("NU health card", f"1{_dg(rng,8)}"), ("OHIP", f"{_dg(rng,4)}-{_dg(rng,3)}-{_dg(rng,3)}-{rng.choice(['AB','KX','TL'])}")])
    raise ValueError(cc)


IBAN_BBAN = {"PL": 24, "CZ": 20, "GR": 23, "HU": 24, "FI": 14, "EE": 16, "AE": 19, "SA": 20, "QA": 25}


def iban(cc, rng):
    if cc not in IBAN_BBAN:
        cc = rng.choice(sorted(IBAN_BBAN))
    n = IBAN_BBAN[cc]
    if cc == "QA":
        bban = rng.choice(["QNBA", "DOHB", "CBQA"]) + _dg(rng, 21)
    else:
        bban = _dg(rng, n)
    v = _iban(cc, bban)
    return _grp4(v) if rng.random() < 0.7 else v


def card(rng):
    kind = rng.random()
    pre = rng.choice(["4", "51", "55", "35", "62", "37"])
    ln = 15 if pre == "37" else 16
    num = _luhn_complete(pre, ln, rng)
    last4 = num[-4:]
    if kind < 0.35:
        if ln == 15:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return _grp4(num) if rng.random() < 0.7 else num
    return rng.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"{num[:4]} **** **** {last4}",
                       f"{num[:6]}******{last4}", f"************{last4}", f"xxxx xxxx xxxx {last4}"])


EMAIL_DOM = {"JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"], "CN": ["qq.com", "163.com", "126.com", "sina.com"],
             "KR": ["naver.com", "daum.net", "gmail.com", "hanmail.net"], "VN": ["gmail.com", "yahoo.com.vn", "fpt.vn"],
             "ID": ["gmail.com", "yahoo.co.id", "telkom.net"], "AE": ["emirates.net.ae", "gmail.com", "outlook.com"],
             "SA": ["gmail.com", "hotmail.com"], "QA": ["qatar.net.qa", "gmail.com"], "NG": ["yahoo.com", "gmail.com", "ymail.com"],
             "ET": ["ethionet.et", "gmail.com", "yahoo.com"], "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
             "CZ": ["seznam.cz", "email.cz", "centrum.cz"], "GR": ["otenet.gr", "yahoo.gr", "gmail.com"],
             "HU": ["freemail.hu", "citromail.hu", "gmail.com"], "FI": ["gmail.com", "luukku.com", "kolumbus.fi"],
             "EE": ["hot.ee", "mail.ee", "gmail.com"], "NZ": ["xtra.co.nz", "gmail.com", "outlook.co.nz"],
             "US": ["gmail.com", "hawaii.rr.com", "yahoo.com"], "PE": ["hotmail.com", "gmail.com", "yahoo.es"],
             "CA": ["gmail.com", "qiniq.com", "shaw.ca", "sympatico.ca"]}


def _user(p, rng):
    g = _ascii(p.given) or "user"
    f = _ascii(p.family or p.extra or p.given) or "x"
    return rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1,99)}", f"{f}_{g}", f"{g}{rng.randint(1960,2005)}",
                       f"{f}.{g[0]}", f"{g}_{f[:3]}{rng.randint(1,9)}"])


def email(p, cc, rng):
    return f"{_user(p, rng)}@{rng.choice(EMAIL_DOM[cc])}"


def ip(rng):
    if rng.random() < 0.2:
        return ":".join(f"{rng.randint(0,65535):x}" for _ in range(4)) + "::" + f"{rng.randint(1,65535):x}"
    return f"{rng.choice([49,58,81,89,102,105,110,122,175,197,203,211,41,37,95])}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}"


def url(p, rng):
    u = _user(p, rng).replace("_", "-")
    return rng.choice([f"https://www.linkedin.com/in/{u.replace('.', '-')}", f"https://facebook.com/{u}", f"https://instagram.com/{u}",
                       f"https://blog.naver.com/{u.replace('.', '')}", f"https://weibo.com/u/{_nz(rng,10)}", f"https://x.com/{u.replace('.', '_')}",
                       f"https://portal.claims-hub.net/case?id={_nz(rng,7)}", f"https://myaccount.example-energy.fi/asiakas/{_nz(rng,8)}",
                       f"https://track.parcelroute.com/{rng.choice(['JD','LP','RR'])}{_dg(rng,9)}", f"http://{u.replace('.', '')}.wordpress.com",
                       f"https://studentportal.uni-hub.org/profile/{_nz(rng,6)}"])


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_MON_LOC = {"PL": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            "FI": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
            "PE": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]}


def date_str(rng, y0, y1, cc=None):
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    forms = [f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {_MONTHS[m-1]} {y}", f"{_MONTHS[m-1][:3]} {d}, {y}",
             f"{d:02d}.{m:02d}.{y}", f"{d}-{_MONTHS[m-1][:3]}-{str(y)[2:]}", f"{m}/{d}/{y}"]
    if cc == "JP":
        forms += [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"]
    if cc in ("KR", "CN"):
        forms += [f"{y}.{m:02d}.{d:02d}", f"{y}年{m}月{d}日" if cc == "CN" else f"{y}. {m}. {d}."]
    if cc in _MON_LOC:
        forms.append(f"{d} {_MON_LOC[cc][m-1]} {y}")
    if cc == "HU":
        forms.append(f"{y}. {m:02d}. {d:02d}.")
    if cc == "VN":
        forms.append(f"ngày {d} tháng {m} năm {y}".replace("ngày ", ""))
    return rng.choice(forms)

# ---------------------------------------------------------------- fillers (all kept, label "o")
BRANDS = ["Tokio Marine", "Ping An", "Samsung Fire", "Bảo Việt", "Allianz", "AXA", "PZU", "Generali", "LocalTapiola", "Fennia", "If Vakuutus",
          "Tower Insurance", "Rímac Seguros", "Intact", "Sun Life", "TEPCO", "KEPCO", "EVN", "PLN", "DEWA", "Eko DisCo", "Ethio Telecom", "Tauron",
          "ČEZ", "ΔΕΗ", "MVM Next", "Helen", "Eesti Energia", "Genesis Energy", "Mercury", "Hydro One", "Hawaiian Electric", "Qulliq Energy",
          "Yamato Transport", "SF Express", "CJ Logistics", "GHN", "JNE", "Aramex", "GIG Logistics", "InPost", "Zásilkovna", "ACS Courier", "GLS",
          "Posti", "Omniva", "NZ Post", "Serpost", "Canada Post", "FedEx", "DHL Express", "JTB", "Trip.com", "Hana Tour", "Vietravel", "Traveloka",
          "Emirates", "Qatar Airways", "Ethiopian Airlines", "LOT", "Aegean", "Wizz Air", "Finnair", "Air New Zealand", "LATAM", "Air Canada",
          "Hawaiian Airlines", "Canadian North", "Suzuki", "Toyota", "Honda", "Kia", "Nokia", "Samsung", "Xiaomi", "Huawei", "Zain", "Etisalat", "MTN",
          "Airtel", "Orange", "Cosmote", "Telekom", "Elisa", "Telia", "Spark", "Claro", "Bell", "Rogers"]
UNIS = ["Waseda", "Tsinghua", "SNU", "VNU", "Universitas Indonesia", "Khalifa University", "UNILAG", "Addis Ababa University", "UW", "Charles University",
        "ELTE", "Aalto", "University of Tartu", "Otago", "PUCP", "UBC", "McGill", "UH Mānoa", "Nunavut Arctic College", "AUT"]
GOV = ["My Number Portal", "Gov.gr", "ZUS", "ePUAP", "Kela", "Vero.fi", "Service Canada", "Inland Revenue", "SUNAT", "Ügyfélkapu", "e-Estonia",
       "ICP", "Absher", "NIMC", "Hukoomi", "RENIEC", "ServiceOntario", "Work and Income"]
APPS = ["WhatsApp", "LINE", "KakaoTalk", "WeChat", "Zalo", "Viber", "Teams", "Outlook", "Salesforce", "Zendesk", "Genesys", "ServiceNow",
        "Freshdesk", "Mobile ID", "Smart-ID", "BLIK", "Yape", "Interac", "GoPay", "OVO", "MoMo", "Alipay", "M-Pesa", "Telebirr"]
PRODUCTS = ["Home Plus cover", "Motor Comprehensive", "Travel Annual Multi-trip", "Green Tariff 24", "Fibre 500", "Smart Meter SMETS2", "Prepaid Power Token",
            "Student Saver", "Economy Flex", "Business Class Saver", "Parcel Locker 24/7", "Express Next Day", "Contents Cover Gold", "Kiwi Saver Balanced",
            "Fixed Price Energy 12M", "eSIM Travel Pack", "iPhone 15", "Galaxy A54", "Redmi Note 13", "Surface Laptop 5", "ThinkPad T14", "Huawei P60"]
MODELS = ["HB-4200X", "GW-71", "Landis+Gyr E350", "Itron ACE6000", "FRITZ!Box 7590", "Nokia G-240W", "ZTE F670L", "MR-6400", "Kamstrup 403", "WD-9000"]
TEAMS = ["Tier 2 Billing", "Claims Intake", "Back Office EMEA", "APAC Email Desk", "Complaints L2", "Escalations", "Retentions", "Moves & Changes",
         "Collections", "Admissions Office", "Bursary Team", "Baggage Services", "Customs Clearance", "Group Bookings", "Kōwhai pod", "Sakura desk",
         "Team Aurora", "Night Shift MENA", "Lagos Hub", "Wellness Line", "Refunds Q", "Fraud Review", "Payments Ops", "Outbound QA"]
PLANS = ["Gold", "Silver Saver", "Basic 10", "Family Max", "Premium Plus", "Flexi 30", "Eco Night", "Standard", "Lite", "Unlimited 5G", "Pro Annual"]
AIRPORTS = ["NRT", "HND", "PVG", "ICN", "SGN", "HAN", "CGK", "DPS", "DXB", "AUH", "DOH", "RUH", "LOS", "ABV", "ADD", "WAW", "KRK", "PRG", "ATH",
            "BUD", "HEL", "TLL", "AKL", "WLG", "HNL", "OGG", "LIM", "CUZ", "YYZ", "YFB", "YVR", "SEA"]
PLACES = ["Shibuya", "Pudong", "Gangnam", "Quận 1", "Kemang", "Deira", "Al Olaya", "Ikeja", "Bole", "Mokotów", "Žižkov", "Kifisia", "Újpest", "Kallio",
          "Kalamaja", "Ponsonby", "Kakaʻako", "Miraflores", "Wanchaq", "Apex", "Plateau", "Mong Kok", "Changi", "Kowloon"]
COUNTRY_NAMES = ["Japan", "China", "Korea", "Vietnam", "Indonesia", "UAE", "Saudi", "Qatar", "Nigeria", "Ethiopia", "Poland", "Czechia", "Greece",
                 "Hungary", "Finland", "Estonia", "NZ", "Aotearoa", "Hawaiʻi", "Peru", "Canada", "Nunavut", "Myanmar", "Nepal", "Sri Lanka", "Somalia", "Jordan"]
THANKS = ["arigatou gozaimasu", "xièxie", "谢谢", "gamsahamnida", "cảm ơn", "terima kasih", "dhanyabad", "bohot shukriya", "istuti", "shukran",
          "yalla, done", "e se o", "daalụ", "ameseginalehu", "mahadsanid", "dziękuję", "děkuji", "efcharistó", "köszönöm", "kiitos", "aitäh", "mahalo",
          "kia ora", "ka pai", "gracias", "sulpayki", "qujannamiik", "miigwech", "inshallah all sorted", "sudah beres", "ok lah"]
WINS = ["Customer very happy.", "5* CSAT left.", "cust v happy", "NPS 10 received.", "Compliment logged.", "She said we saved her week.",
        "He asked to pass thanks to the whole team.", "Happy ending :)", "win for the desk!", "Customer said this was the best service so far.",
        "Positive survey, 10/10.", "no further action, customer delighted", "great outcome", "ESC avoided."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri"]
CURR = ["¥", "CN¥", "₩", "VND ", "Rp", "AED ", "SAR ", "QAR ", "₦", "ETB ", "PLN ", "zł", "CZK ", "€", "HUF ", "NZ$", "US$", "S/ ", "CA$", "$"]


def _amt(rng):
    c = rng.choice(CURR)
    v = rng.choice([f"{rng.randint(5,999)}", f"{rng.randint(1,99)},{_dg(rng,3)}", f"{rng.randint(10,999)}.{_dg(rng,2)}", f"{rng.randint(1,50)}k"])
    return (c + v) if not c.endswith(" ") or True else v


def _time(rng):
    return rng.choice([f"{rng.randint(0,23):02d}:{rng.choice(['00','15','30','45','05','50'])}", f"{rng.randint(1,12)}{rng.choice(['am','pm'])}",
                       f"{rng.randint(7,20)}h{rng.choice(['00','30'])}", f"{rng.randint(1,12)}.{rng.choice(['00','30'])} {rng.choice(['AM','PM'])}"])


def _date(rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice([f"{d:02d}/{m:02d}", f"{d} {_MONTHS[m-1][:3]}", f"{_MONTHS[m-1]} {d}", f"{d}.{m}.", f"2024-{m:02d}-{d:02d}", f"{d}/{m}/25"])


def _dur(rng):
    return rng.choice([f"{rng.randint(2,72)}h", f"{rng.randint(2,14)} days", f"{rng.randint(5,55)} min", "48 hours", "one working day", "3 business days", "a week"])


# ---------------------------------------------------------------- ids (label "id")
def _ref(kind, cc, rng):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "ACC":
        return rng.choice([_nz(rng, 8), f"{_nz(rng,3)}-{_dg(rng,6)}", f"AC{_dg(rng,7)}", f"{_nz(rng,4)} {_dg(rng,4)} {_dg(rng,2)}", f"CUST-{_nz(rng,6)}"])
    if kind == "ORD":
        return rng.choice([f"ORD-{_nz(rng,7)}", f"#{_nz(rng,6)}", f"{_nz(rng,3)}-{_dg(rng,7)}-{_dg(rng,7)}", f"SO{_dg(rng,8)}", f"PO-{rng.randint(2023,2025)}-{_dg(rng,5)}"])
    if kind == "TKT":
        return rng.choice([f"INC{_dg(rng,7)}", f"CS-{_nz(rng,6)}", f"#{_nz(rng,5)}", f"SR{_nz(rng,8)}", f"CASE-{rng.randint(2024,2025)}-{_dg(rng,6)}", f"T{_nz(rng,7)}"])
    if kind == "BKG":
        return rng.choice(["".join(rng.choice(L + "23456789") for _ in range(6)), f"BK{_dg(rng,8)}", f"{rng.choice(['JTB','HT','VTR','TRV'])}-{_nz(rng,7)}", f"E-TKT {rng.choice(['157','071','176','080','014','607','173'])}-{_dg(rng,10)}"])
    if kind == "POL":
        return rng.choice([f"POL-{_nz(rng,8)}", f"{rng.choice(['MTR','HOM','TRV','HLT'])}/{_nz(rng,6)}/{rng.randint(2019,2025)}", f"{_nz(rng,3)}-{_dg(rng,7)}", f"P{_dg(rng,10)}", f"{rng.choice(L)}{rng.choice(L)}{_dg(rng,9)}"])
    if kind == "METER":
        return rng.choice([f"MTR-{_nz(rng,8)}", _nz(rng, 11), f"{_nz(rng,2)}-{_dg(rng,6)}-{_dg(rng,3)}", f"ICP {_dg(rng,10)}{rng.choice(L)}{rng.choice(L)}{_dg(rng,3)}", f"NMI {_nz(rng,10)}", f"MPAN {_dg(rng,13)}"])
    if kind == "TRK":
        return rng.choice([f"{rng.choice(['JD','LP','RR','CP','EE'])}{_dg(rng,9)}{rng.choice(['JP','CN','PL','FI','NZ','CA'])}", f"1Z{_dg(rng,3)}{rng.choice(L)}{rng.choice(L)}{_dg(rng,10)}",
                           _nz(rng, 12), f"SF{_dg(rng,12)}", f"{_nz(rng,10)}", f"JX{_dg(rng,10)}"])
    if kind == "STU":
        return rng.choice([f"s{_nz(rng,7)}", f"{rng.randint(2019,2025)}{_dg(rng,5)}", f"U{_dg(rng,8)}", f"{_nz(rng,9)}"])
    if kind == "CLM":
        return rng.choice([f"CLM-{_nz(rng,7)}", f"CL{rng.randint(24,25)}/{_dg(rng,6)}", f"{_nz(rng,4)}-{_dg(rng,5)}", f"SZK/{_dg(rng,5)}/{rng.randint(2024,2025)}"])
    if kind == "PASS":
        return rng.choice([f"{rng.choice(L)}{rng.choice(L)}{_dg(rng,7)}", f"{rng.choice(L)}{_dg(rng,8)}", f"{rng.choice(L)}{_dg(rng,7)}"])
    if kind == "LIC":
        return rng.choice([f"{rng.choice(L)}{rng.choice(L)}{_dg(rng,6)}", _dg(rng, 12), f"{rng.choice(L)}{_dg(rng,4)}-{_dg(rng,5)}-{_dg(rng,5)}"])
    raise ValueError(kind)


# ---------------------------------------------------------------- templates
# Personal-data templates. Placeholders: N full name, NG given, NT titled, NC crm form, NP possessive,
# NI initial form, C colleague given, CF colleague full, P2 second person, and data slots.
PII_T = [
 "Spoke to {N} re policy {POL}; confirmed DOB {DOB} and updated mobile to {PHONE}. {WIN}",
 "cust {NG} rang about meter {METER}, reading was misread by {BRAND}. credit of {AMT} applied, {THX}",
 "Email from {EMAIL}: \"Dear team, thank you for settling my claim so quickly. Kind regards, {N}\"",
 "Handover: {NC} | acct {ACC} | callback on {PHONE} after {TIME} | queue {TEAM}",
 "Thanks to {C} from billing, {NT} got the {AMT} refund back to card {CARD} within {DUR}.",
 "{NP} parcel {TRK} was stuck at the {BRAND} depot in {CITY}; rerouted to {ADDR}. Customer thrilled.",
 "Updated correspondence address for {N} to {ADDR} as per signed form; old address archived.",
 "caller {N}, booking ref {BKG}, {BRAND} flight {AIR}-{AIR} rebooked free of charge. {WIN}",
 "{NIDC} verified for {N} before releasing the {GOV} letter; copy sent to {EMAIL}",
 "IBAN {IBAN} confirmed by {NT} for the premium refund of {AMT}. Processed by {CF}.",
 "Student {N} (student no. {STU}) could not log in from {IP}; reset MFA, now has access to the {UNI} portal.",
 "@{C} pls note: {NG} prefers contact by email only ({EMAIL}), not {PHONE}.",
 "{N} born {DOB}, applying for the senior discount on the {PLAN} tariff. Approved, letter posted.",
 "ticket {TKT}: {NT} says our agent {C} was \"the kindest person I dealt with all year\". Passing to TL.",
 "Profile link {URL} matched the account of {N}; duplicate removed, loyalty points merged.",
 "Spouse {P2} added as second driver on policy {POL}; licence {LIC} checked against the register.",
 "{NC} - d.o.b {DOB} - {PHONE} - {ADDR}",
 "Rec'd scan of passport {PASS} from {N}; visa support letter for {UNI} issued same day.",
 "> On {WEEKDAY}, {EMAIL} wrote: \"I am writing to say thank you to {C} for the help with order {ORD}.\"",
 "Regards, {CF} | {TEAM} | {BRAND} | direct line {PHONE}",
 "spoke w {NG} ({PHONE}) re claim {CLM} - storm damage at {ADDR}, assessor booked {WEEKDAY} {TIME}",
 "{N}: new tenant from {DATE}, meter {METER} read at move-in, welcome pack sent to {EMAIL}.",
 "Customer {NI} called from {PHONE} to thank us; {CF} waived the {AMT} change fee on {BKG}.",
 "Login for {USER} was locked after 5 attempts from {IP}. Unlocked after ID&V with {NT}.",
 "Refund of {AMT} to account {IBAN} in the name of {N}; approved by {C} in {TEAM}.",
 "{NT} phoned re mother {P2}'s pension letter, {NIDC} confirmed, re-issued by post to {ADDR}.",
 "cx {NG} v happy, tkt {TKT} closed. ty {C} for the quick fix",
 "Dear {NT}, we confirm that your order {ORD} will be delivered to {ADDR} on {DATE}. Kind regards, {C}",
 "Address change: old {STREET}; new {ADDR}. Requested by {N} via the portal.",
 "Thanks to {CF} the tracking {TRK} issue was solved; {NG} got the parcel before the wedding!",
 "VIP note: {NT} (policy {POL}, card ending {CARD}) gets priority callback on {PHONE}.",
 "{NG}'s daughter {P2G} rang on her behalf; consent on file, DOB {DOB} matched.",
 "Returned mail for {N}, postcode {PC} was wrong in CRM; corrected and resent.",
 "birthday {DOB} - {NG} qualifies for the youth fare, {BKG} repriced, saved {AMT}",
 "Escalated by {C}: {NC}, {NIDC}, benefit arrears of {AMT} paid on {DATE}.",
 "fwd from {EMAIL}: \"pls call me on {PHONE} not the landline, thx {NG}\"",
 "customer {NG} {NF} sent proof of address ({ADDR}) and {NIDC}. KYC complete, card {CARD} activated.",
 "Meter {METER} at {ADDR}: smart meter installed, {NT} delighted with the {PLAN} plan.",
 "{CF} and {C2} handled the {BRAND} complaint from {N} together; compensation {AMT}, letter sent.",
 "Chat summary: user {USER} / email {EMAIL} / IP {IP}. Password reset OK, customer thanked us.",
 "Student loan query from {N} (DOB {DOB}, id {STU}); {UNI} bursary confirmed, {THX}",
 "Caller gave name as {NG}, surname {NF}. Verified by postcode {PC} and last 4 of card {CARD}.",
 "Good catch by {C}: {NP} booking {BKG} had the wrong passport number, updated to {PASS}.",
 "Please send the policy documents for {POL} to {NT} at {EMAIL} and cc {CEMAIL}.",
 "{NT} wrote in: 'mahalo for fixing the bill' - account {ACC}, {AMT} credited. Agent {C}.",
 "KYC: {NC}; DOB {DOB}; {NIDC}; phone {PHONE}; addr {ADDR}",
 "Spoke to {N} and {P2} about the joint account {ACC}; both happy with the new {PLAN} plan.",
 "thx {C}!! {NG} finally got her {BRAND} refund {AMT}, ref {TKT}",
]

NOPII_T = [
 "Handover: {BRAND} outage in {CITY} resolved at {TIME}, backlog in the {TEAM} queue cleared. No further action.",
 "Customer happy after we waived the {AMT} late fee on the {PLAN} plan; renewal confirmed for {DATE}.",
 "cx called re {PROD} not syncing w/ {APP}, walked thru reset, all good now {THX}",
 "Storm claims from {PLACE} moved to {TEAM}; loss adjusters available {WEEKDAY} from {TIME}.",
 "FYI: {APP} integration down between {TIME} and {TIME}; please use the email template EN-04 meanwhile.",
 "{BRAND} confirmed the {AIR}-{AIR} flight was delayed {DUR}; compensation of {AMT} approved per policy.",
 "Win of the week: {TEAM} cut average handling time to {DUR} and CSAT rose to 94%.",
 "Reminder - {UNI} admissions deadline moved to {DATE}. Update the macro before {WEEKDAY}.",
 "router {MODEL} replaced under warranty, customer back online, speed test 480 Mbps. {WIN}",
 "Bulk complaint re {BRAND} price rise: scripted reply approved by Legal, send via {APP}.",
 "Caller from {PLACE} wanted to switch to {PROD}; explained cooling-off period, switched today. {WIN}",
 "Note for night shift: {GOV} API returns error 503 after {TIME}, retry in {DUR}.",
 "Power restored in {CITY} after {DUR}; {BRAND} crew thanked by residents, {THX}",
 "kai provided at the {CITY} hub for the team, lots of aroha from the {TEAM} crew",
 "What a blessing, the {BRAND} courier made it to {PLACE} before the long weekend.",
 "Customer in {COUNTRY} asked if {PROD} covers {COUNTRY}; confirmed yes, up to {AMT}.",
 "Reopened case as per QA, {TEAM}, SLA {DUR}, priority P2. Template TPL-17 updated.",
 "Duplicate charge of {AMT} reversed same day via {APP}; caller very relieved. {WIN}",
 "Parcel locker at {PLACE} out of order; {BRAND} tech ETA {TIME}. Customers informed by SMS blast.",
 "Meter model {MODEL} firmware v2.3.1 pushed OTA, readings now every {DUR}.",
 "Group of {NUM} students from {UNI} rebooked on {BRAND} via {AIR} at no extra cost.",
 "Re: your enquiry of {DATE} - the {PLAN} tariff will remain at {AMT} per month until {DATE}.",
 "Escalation closed. {BRAND} agreed goodwill gesture {AMT}, approval via {TEAM} on {WEEKDAY}.",
 "Aloha desk: surf warning for {PLACE}, {BRAND} waived change fees for travel through {DATE}.",
 "Kia ora team, new {APP} macro for {PROD} enquiries is live in {TEAM}. Ka pai!",
 "Mele Kalikimaka rota done - {TEAM} covers {DATE} to {DATE}, {TIME} to {TIME}.",
 "No answer on 3 attempts, sent standard letter L12 and closed after {DUR}.",
 "Insurance card for {PROD} issued digitally in {APP}, customer can print at any {BRAND} store.",
 "Policy wording v7 now says hail damage in {COUNTRY} is covered up to {AMT}; brief the {TEAM}.",
 "Tip: customers from {COUNTRY} often pay via {APP}; accept screenshots as proof per memo 2024/11.",
 "Taxi voucher {AMT} approved at {AIR} after the {BRAND} cancellation; {THX}",
 "Onni (luck!) - the {MODEL} spare part arrived early at {PLACE} warehouse, install on {WEEKDAY}.",
 "Customer wanted Suzuki Swift on the {PROD} policy instead of the Honda Jazz, swapped, premium down {AMT}.",
 "Aurora alert in {CITY} jammed the {APP} line around {TIME}; extra staff from {TEAM} helped.",
 "all lines open again after the {BRAND} system upgrade, avg wait {DUR}, great teamwork",
 "Ramadan hours: {TEAM} open {TIME}-{TIME}, Eid closure {DATE}. Auto-reply updated in {APP}.",
 "Quality check passed for {PLAN} welcome emails in English, Suomi, Polski and Magyar.",
 "Lunar New Year peak at {BRAND}: {NUM} emails cleared in {DUR}, no SLA breaches.",
 "Mana motuhake training for {TEAM} on {DATE} at {TIME}, venue {PLACE}, kai provided.",
 "Late delivery to {CITY} due to snow; {BRAND} credited {AMT} to all affected accounts automatically.",
]

# ---------------------------------------------------------------- note builder
_PH = re.compile(r"\{([A-Z0-9]+)\}")


class _Ctx:
    def __init__(self, rng, listed, cul):
        self.rng, self.listed = rng, listed
        self.cul = cul
        C = CULTURES[cul]
        self.cc = rng.choice(C["ctry"]) if rng.random() < 0.8 else rng.choice(COUNTRIES)
        self.p = _make_person(cul, rng, listed)
        self._p2 = None
        self._cols = []

    def p2(self):
        if self._p2 is None:
            cul = self.cul if self.rng.random() < 0.6 else self.rng.choice(CULT_KEYS)
            q = _make_person(cul, self.rng, self.listed)
            if self.rng.random() < 0.7 and q.cul == self.p.cul and self.p.family and self.p.cul not in ("am", "so", "my", "vi", "qu", "pl", "cs", "el"):
                q.family = self.p.family
            self._p2 = q
        return self._p2

    def col(self, i=0):
        while len(self._cols) <= i:
            self._cols.append(_make_person(self.rng.choice(CULT_KEYS), self.rng, self.listed))
        return self._cols[i]


def _fill(key, ctx):
    rng, p, cc = ctx.rng, ctx.p, ctx.cc
    if key == "N":
        r = rng.random()
        if r < 0.25:
            return name_segs(p, "title", rng)
        return name_segs(p, "full", rng)
    if key == "NG":
        return name_segs(p, "given", rng)
    if key == "NF":
        return name_segs(p, "family", rng)
    if key == "NT":
        return name_segs(p, "title", rng)
    if key == "NC":
        return name_segs(p, "crm", rng)
    if key == "NI":
        return name_segs(p, "initial", rng)
    if key == "NP":
        form = rng.choice(["full", "given", "title"])
        return name_segs(p, form, rng) + [("'s", "o")]
    if key == "P2":
        return name_segs(ctx.p2(), rng.choice(["full", "full", "title"]), rng)
    if key == "P2G":
        return name_segs(ctx.p2(), "given", rng)
    if key == "C":
        return name_segs(ctx.col(0), "given", rng)
    if key == "C2":
        return name_segs(ctx.col(1), rng.choice(["given", "full"]), rng)
    if key == "CF":
        return name_segs(ctx.col(0), rng.choice(["full", "full", "initial"]), rng)
    if key == "CEMAIL":
        return [(email(ctx.col(0), cc, rng).split("@")[0] + "@" + rng.choice(["tokiomarine-intl.com", "helen.fi", "nzpost.co.nz", "aramex.com", "pzu.pl", "uh-support.org"]), "email")]
    if key == "EMAIL":
        return [(email(p, cc, rng), "email")]
    if key == "PHONE":
        return [(phone(cc, rng), "phone")]
    if key == "CARD":
        return [(card(rng), "card")]
    if key == "IBAN":
        return [(iban(cc, rng), "iban")]
    if key == "IP":
        return [(ip(rng), "ip")]
    if key == "URL":
        return [(url(p, rng), "url")]
    if key == "DOB":
        return [(date_str(rng, 1938, 2007, cc), "dob")]
    if key == "NIDC":
        cue, v = nat_id(cc, rng)
        return [(cue + rng.choice([" ", ": ", " no. ", " #"]), "o"), (v, "id")]
    if key == "USER":
        return [(_user(p, rng), "id")]
    if key in ("ACC", "ORD", "TKT", "BKG", "POL", "METER", "TRK", "STU", "CLM", "PASS", "LIC"):
        return [(_ref(key, cc, rng), "id")]
    if key == "ADDR":
        return address(cc, rng)
    if key == "STREET":
        return [address(cc, rng)[0]] if address(cc, rng)[0][1] == "address" else [s for s in address(cc, rng) if s[1] == "address"][:1]
    if key == "PC":
        v = postcode(cc, rng) or postcode("PL", rng)
        return [(v, "postcode")]
    return [(_fill_o(key, ctx), "o")]


def _fill_o(key, ctx):
    rng = ctx.rng
    cc = ctx.cc
    if key == "BRAND": return rng.choice(BRANDS)
    if key == "AMT": return _amt(rng)
    if key == "THX": return rng.choice(THANKS)
    if key == "WIN": return rng.choice(WINS)
    if key == "TIME": return _time(rng)
    if key == "TEAM": return rng.choice(TEAMS)
    if key == "DUR": return _dur(rng)
    if key == "CITY": return rng.choice(CITIES[cc] if rng.random() < 0.6 else CITIES[rng.choice(COUNTRIES)])
    if key == "AIR": return rng.choice(AIRPORTS)
    if key == "GOV": return rng.choice(GOV)
    if key == "UNI": return rng.choice(UNIS)
    if key == "WEEKDAY": return rng.choice(WEEKDAYS)
    if key == "DATE": return _date(rng)
    if key == "PLAN": return rng.choice(PLANS)
    if key == "PLACE": return rng.choice(PLACES)
    if key == "APP": return rng.choice(APPS)
    if key == "PROD": return rng.choice(PRODUCTS)
    if key == "COUNTRY": return rng.choice(COUNTRY_NAMES)
    if key == "MODEL": return rng.choice(MODELS)
    if key == "NUM": return str(rng.randint(3, 480))
    raise KeyError(key)


def _render(tpl, ctx):
    segs = []
    pos = 0
    for m in _PH.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], "o"))
        segs.extend(_fill(m.group(1), ctx))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], "o"))
    return segs


_SHORT = [("please", "pls"), ("customer", "cust"), ("thanks", "thx"), ("with", "w/"), ("because", "bc"), ("about", "abt"),
          ("confirmed", "conf'd"), ("account", "acct"), ("received", "rcvd"), ("through", "thru"), ("and", "&")]


def _mess(segs, rng, lower):
    out = []
    typo_done = rng.random() > 0.18
    short = rng.random() < 0.3
    for t, l in segs:
        if l == "o":
            if short:
                for a, b in _SHORT:
                    if rng.random() < 0.5:
                        t = re.sub(rf"\b{a}\b", b, t)
            if not typo_done:
                words = [w for w in re.findall(r"[A-Za-z]{5,}", t)]
                if words:
                    w = rng.choice(words)
                    i = rng.randrange(len(w) - 1)
                    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                    t = t.replace(w, w2, 1)
                    typo_done = True
        if lower:
            t = t.lower()
        out.append((t, l))
    # merge adjacent o
    merged = []
    for t, l in out:
        if merged and l == "o" and merged[-1][1] == "o":
            merged[-1] = (merged[-1][0] + t, "o")
        elif t:
            merged.append((t, l))
    return merged


def _valid_shape(segs):
    text = "".join(t for t, _ in segs)
    n = len(text.split())
    return "\n" not in text and 5 <= n <= 45


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    rng = random.Random(SEED)
    listed = frozenset(listed)
    n_total, n_nopii = 1000, 450
    notes, seen = [], set()

    def add(segs):
        text = "".join(t for t, _ in segs)
        if text in seen or not _valid_shape(segs):
            return False
        seen.add(text)
        notes.append(segs)
        return True

    # personal-data notes, cultures cycled evenly
    k = 0
    order = list(CULT_KEYS)
    rng.shuffle(order)
    while len(notes) < n_total - n_nopii:
        cul = order[k % len(order)]
        tpl = PII_T[(k * 7 + rng.randrange(len(PII_T))) % len(PII_T)]
        k += 1
        ctx = _Ctx(rng, listed, cul)
        segs = _render(tpl, ctx)
        add(_mess(segs, rng, rng.random() < 0.32))
    j = 0
    while len(notes) < n_total:
        tpl = NOPII_T[(j + rng.randrange(3)) % len(NOPII_T)]
        j += 1
        ctx = _Ctx(rng, listed, order[j % len(order)])
        segs = _render(tpl, ctx)
        add(_mess(segs, rng, rng.random() < 0.32))
    rng.shuffle(notes)
    return notes


# ---------------------------------------------------------------- self-check
def _selfcheck():
    sample = frozenset({"anna", "maria", "kim", "lee", "li", "wang", "mohammed", "ali", "john", "jan", "nguyen", "tanaka",
                        "sato", "nowak", "hanna", "ahmed", "omar", "laura", "martin", "david", "sara", "al", "bin", "de"})
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == 1000, len(a)
    texts = set()
    counts = {l: 0 for l in LABELS}
    lower = nopii = 0
    for segs in a:
        text = "".join(t for t, _ in segs)
        assert "\n" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts
        texts.add(text)
        labs = set()
        for t, l in segs:
            assert l in LABELS, l
            if l != "o":
                assert t == t.strip() and t, repr(t)
            if l == "name":
                assert not (_parts(t) & sample), t
            counts[l] += 1
            labs.add(l)
        if text == text.lower():
            lower += 1
        if labs <= {"o", "~"}:
            nopii += 1
    print("notes:", len(a))
    for l in LABELS:
        print(f"  {l:9s} {counts[l]}")
    print(f"all-lower-case share: {lower / len(a):.3f}")
    print(f"no-personal-data share: {nopii / len(a):.3f}")
    print("cultures:", len(CULTURES), "templates with PII:", len(PII_T), "without:", len(NOPII_T))


if __name__ == "__main__":
    _selfcheck()
