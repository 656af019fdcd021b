"""Blind evaluation set: travel & hospitality customer-care "win" notes.

Standard library only, deterministic.
"""
import random
import re
import unicodedata

LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
SEED = 20240611
N_NOTES = 1000


def fold(word: str) -> str:
    w = unicodedata.normalize("NFKD", word)
    w = "".join(c for c in w if not unicodedata.combining(c))
    return w.lower()


_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def name_parts(name: str) -> list[str]:
    return [fold(p) for p in _SPLIT.split(name) if p]



# ---- NAME POOLS ----
# Each culture: m (male given), f (female given), fam (family / father's names),
# cc (country key for local formats). "_" inside a token becomes a space.
def _p(s: str) -> list[str]:
    return [t.replace("_", " ") for t in s.split()]


CULTURES: dict = {
    "gulf": dict(cc="AE",
        m=_p("Mohammed Mohamed Muhammad Ahmed Khalid Saeed Sultan Hamdan Rashid Majid Obaid Saif "
             "Humaid Mansour Faisal Nasser Hamad Jassim Abdulla Abdulrahman Mubarak Thani Zayed "
             "Khalifa Hazza Marwan Yousef Ibrahim Turki Nawaf Fahad Bandar Saud Mishal"),
        f=_p("Fatima Mariam Maryam Aisha Shamma Hessa Moza Latifa Noora Alya Mahra Shaikha "
             "Amna Meera Reem Hind Sara Dana Lubna Maitha Sheikha Ghaya Salama Afra Wadha "
             "Nouf Hala Asma Rawda Budoor Haya Jawaher"),
        fam=_p("Al_Mansoori Al_Nuaimi Al_Shamsi Al_Mazrouei Al_Ketbi Al_Dhaheri Al_Suwaidi "
               "Al_Marri Al_Falasi Al_Hashimi Al_Qubaisi Al_Muhairi Al_Kaabi Al_Zaabi Al_Hammadi "
               "Al_Balushi Al_Ameri Al_Mehairbi Al_Rumaithi Al_Blooshi Al_Otaiba Al_Maktoum "
               "Al_Qassimi Al_Thani Al_Kuwari Al_Sulaiti Al-Harthy Al-Rawahi Al-Busaidi "
               "Al-Ghamdi Al-Qahtani Al-Dossary Al-Shehri Bin_Lahej")),
    "egypt": dict(cc="EG",
        m=_p("Mahmoud Mostafa Moustafa Amr Tarek Tamer Karim Sherif Hany Hossam Ayman Wael "
             "Ashraf Hisham Khaled Osama Sameh Ehab Ramy Mina Bishoy Girgis Youssef Omar Hazem "
             "Alaa Walid Islam Essam Magdy Medhat Nabil"),
        f=_p("Nourhan Yasmine Yasmin Dina Rania Heba Mai Salma Nada Mona Shaimaa Doaa Marwa "
             "Eman Aya Habiba Mariam Farida Nermeen Sherine Ghada Amira Hend Reham Noha Engy "
             "Mirna Sohair Samar Radwa Dalia Abeer"),
        fam=_p("Abdelrahman El-Sayed Elsayed Abdelaziz Fathy Hegazy Soliman Mansour Shehata "
               "Gaber Ragab Zaki Farouk Mahfouz Saleh Osman Khalil Hanna Boutros Guirguis "
               "Tawadros Ghali Lotfy El-Masry Elshazly Abdelmeguid Sabry Hamdy Ezzat Radwan "
               "Badawi Fouad Helmy")),
    "in_north": dict(cc="IN",
        m=_p("Rahul Amit Rohit Vikas Ankit Saurabh Abhishek Gaurav Nikhil Pankaj Manish Vivek "
             "Harpreet Gurpreet Jaspreet Mandeep Rajesh Sandeep Anuj Kunal Aakash Siddharth "
             "Yash Harsh Dhruv Tushar Varun Ashish Deepak Kartik Himanshu Shubham"),
        f=_p("Priya Neha Pooja Anjali Shweta Ritu Sneha Nidhi Kavita Sunita Swati Divya "
             "Simran Harleen Jasleen Manpreet Aarti Sakshi Tanvi Ishita Shruti Megha Komal "
             "Payal Rashmi Monika Aishwarya Khushboo Preeti Ankita Garima Nupur"),
        fam=_p("Sharma Verma Gupta Agarwal Aggarwal Singh Kaur Chauhan Yadav Mishra Tiwari "
               "Pandey Srivastava Saxena Malhotra Kapoor Khanna Mehra Bhatia Arora Sethi "
               "Chopra Jain Bansal Goyal Mittal Thakur Rathore Chaudhary Dubey Trivedi "
               "Joshi Rastogi")),
    "in_south": dict(cc="IN",
        m=_p("Venkatesh Srinivas Srinivasan Ramesh Suresh Karthik Karthikeyan Arun Prasad "
             "Balaji Murali Senthil Sathish Vignesh Harish Naveen Praveen Raghav Anand "
             "Madhavan Gopal Subramanian Arjun Vinod Shyam Rajkumar Dinesh Ganesh Mahesh "
             "Sreejith Anoop Jithin"),
        f=_p("Lakshmi Meenakshi Kavya Divya Anusha Keerthana Sowmya Deepthi Bhavana "
             "Priyanka Revathi Saranya Nandini Sangeetha Shalini Swathi Harini Aparna "
             "Archana Vidya Gayathri Janani Ramya Padma Malini Sindhu Anjana Athira "
             "Aiswarya Nithya Mythili Radhika"),
        fam=_p("Iyer Iyengar Nair Menon Pillai Reddy Naidu Rao Krishnan Raman Subramaniam "
               "Venkataraman Ramaswamy Chandrasekhar Balasubramanian Kumar Murthy Hegde "
               "Shetty Gowda Kurup Panicker Varghese Kurian Thomas Mathew Narayanan Rajan "
               "Sundaram Natarajan Ganesan Swaminathan")),
    "lanka": dict(cc="LK",
        m=_p("Kasun Chamara Nuwan Dilshan Tharindu Lahiru Chathura Sanjaya Ruwan Pradeep "
             "Mahela Kumar Asanka Dinesh Isuru Janaka Buddhika Sampath Thilina Upul Malinda "
             "Roshan Chaminda Gayan Sachith Dulaj Heshan Nalin Sudath Lasith Ajith"),
        f=_p("Nadeesha Dilani Sachini Chathurika Nirmala Sanduni Hasini Tharushi Ishara "
             "Kaushalya Anusha Nilmini Piumi Dulani Madhavi Shashikala Chamari Rasika "
             "Hiruni Oshadi Nethmi Sewwandi Ayesha Dinithi Kumari Thilini Sajani Udeshika "
             "Nayomi Harshani Iresha"),
        fam=_p("Perera Fernando Silva De_Silva Jayawardena Jayasuriya Wickramasinghe "
               "Dissanayake Bandara Rajapaksa Gunawardena Senanayake Herath Rathnayake "
               "Wijesinghe Karunaratne Samarasinghe Amarasinghe Kumarasinghe Liyanage "
               "Weerasinghe Ekanayake Abeysekera Munasinghe Siriwardena Gunasekara "
               "Ranasinghe Pathirana Hettiarachchi Jayasinghe Mendis Vithanage")),
    "china": dict(cc="CN",
        m=_p("Wei Hao Jun Jie Lei Tao Qiang Peng Bo Chao Yong Gang Ming Jian Hui Zhiwei "
             "Haoran Zihan Yuxuan Junjie Jianguo Zhiqiang Xiaolong Xiaojun Yifan Tianyu "
             "Chenxi Zhihao Haoyu Jiahao Shengli Guoqiang"),
        f=_p("Fang Jing Li_Na Xiu Ying Yan Min Hong Mei Xin Yue Lin Ting Xiaoling Xiaomei "
             "Yuting Jiayi Meiling Lili Huimin Shuang Qian Dan Lan Xue Yun Wenjing Ruoxi "
             "Yaqi Jingwen Xinyi Mengyao"),
        fam=_p("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao "
               "Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong")),
    "korea": dict(cc="KR",
        m=_p("Min-jun Seo-jun Ji-hoon Hyun-woo Jae-won Dong-hyun Sung-min Jun-ho Tae-yang "
             "Young-ho Sang-woo Jin-woo Kyung-soo Seung-hoon Woo-jin Do-yoon Ha-joon "
             "Joon-young Chan-wook Jong-min Byung-chul Sung-ho Jae-hyun Min-ho Yoon-seok "
             "Hyun-jin Ki-tae Jeong-hoon Dae-ho Seok-jin Nam-gil"),
        f=_p("Seo-yeon Ji-woo Min-seo Ha-eun Su-bin Ji-yeon Hye-jin Eun-ji Yu-na So-yeon "
             "Mi-rae Da-eun Ye-jin Soo-ah Na-young Hyo-jin Jung-ah Eun-young Min-ji Ji-hye "
             "Seul-gi Bo-ra Hae-won Yeon-woo Ga-young Soo-min Ha-neul Chae-won Yoo-jin "
             "Sun-hee Kyung-hee"),
        fam=_p("Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon "
               "Hwang Ahn Song Jeon Hong Yoo Ko Moon Yang Son Bae Baek Heo Nam Noh Ha")),
    "phil": dict(cc="PH",
        m=_p("Jose Juan Mark_Anthony John_Paul Jerome Rommel Ronaldo Rodel Jericho Aldrin "
             "Raymart Jhun Arnel Dindo Bong Jomar Carlo Paolo Miguel Angelo Renz Kristoffer "
             "Emmanuel Reynaldo Efren Danilo Junjun Ramil Noel Marlon Bryan"),
        f=_p("Maricel Mary_Grace Rowena Cherry Lovely Princess Angelica Kristine Jasmine "
             "Analyn Marites Lorna Jocelyn Rhea Joy Maria_Cristina Divina Rosalie Charmaine "
             "Leah Mylene Janelle Jonalyn Aileen Shiela Ma._Theresa Girlie Bea Camille "
             "Kimberly Precious"),
        fam=_p("Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada "
               "Castillo Flores Villanueva Ramos Dela_Cruz De_Leon Aquino Navarro Salazar "
               "Mercado Gonzales Lopez Pascual Manalo Dimaculangan Macaraeg Panganiban "
               "Magbanua Sison Lacson Soriano Dizon Quiambao")),
    "indo": dict(cc="ID",
        m=_p("Budi Agus Joko Bambang Slamet Dedi Eko Hendra Rizky Fajar Andi Arief Yudi "
             "Teguh Wahyu Adi Bayu Dimas Irfan Ilham Reza Aditya Gilang Rudi Sutrisno "
             "Hadi Heru Iwan Dwi Putra Ahmad_Fauzi Rahmat"),
        f=_p("Siti Sri Dewi Ratna Wulan Ayu Indah Putri Fitri Rina Yuni Lestari Nurul "
             "Intan Anisa Dian Kartika Rahmawati Novita Wati Endang Retno Citra Mega Tari "
             "Nadia Salsabila Annisa Diah Maya Kurniasih Puspita"),
        fam=_p("Santoso Wijaya Susanto Hidayat Setiawan Kusuma Pratama Saputra Nugroho "
               "Gunawan Halim Tanoto Wibowo Hartono Sutanto Purnomo Suharto Hakim Siregar "
               "Nasution Simanjuntak Harahap Lubis Sitompul Pangaribuan Wirawan Kurniawan "
               "Permana Firmansyah Syahputra Tanjung Sinaga")),
    "brazil": dict(cc="BR",
        m=_p("João Joao Pedro Lucas Gabriel Matheus Rafael Thiago Tiago Gustavo Felipe "
             "Bruno Leonardo Rodrigo Diego Vinícius Vinicius Caio Otávio Renan Everton "
             "Wellington Cleiton Anderson Márcio Fábio Luiz Sérgio Heitor Murilo Davi Enzo"),
        f=_p("Ana Maria Beatriz Larissa Juliana Camila Fernanda Gabriela Letícia Leticia "
             "Mariana Bruna Aline Patrícia Vanessa Tatiane Daniela Luana Raquel Débora "
             "Jéssica Thaís Priscila Renata Simone Isabela Yasmin Lívia Giovanna Heloísa "
             "Rafaela Natália"),
        fam=_p("Silva da_Silva Santos dos_Santos Oliveira Souza Sousa Rodrigues Ferreira "
               "Alves Pereira Lima Gomes Ribeiro Carvalho Almeida Araújo Araujo Barbosa "
               "Cardoso Rocha Nascimento Moreira Teixeira Cavalcanti Monteiro Azevedo Pinto "
               "Nogueira Batista Freitas Medeiros Barros")),
    "mexico": dict(cc="MX",
        m=_p("José_Luis Juan_Carlos Jesús Alejandro Miguel_Ángel Francisco Eduardo Fernando "
             "Arturo Ricardo Sergio Héctor Raúl Armando Rogelio Gerardo Ulises Octavio "
             "Emiliano Santiago Iker Leonel Abraham Ismael Jorge Rubén Alfredo Guadalupe "
             "Efraín Joaquín Lalo Chuy"),
        f=_p("Guadalupe Lupita María_José Ximena Fernanda Valeria Daniela Alejandra Itzel "
             "Citlali Yesenia Araceli Rocío Mariana Paola Karla Brenda Gabriela Liliana "
             "Verónica Marisol Leticia Claudia Elena Dulce Azucena Montserrat Renata "
             "Regina Xóchitl Nayeli Mayra"),
        fam=_p("Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez "
               "Flores Cruz Gómez Morales Vázquez Jiménez Reyes Díaz Torres Gutiérrez Ruiz "
               "Mendoza Aguilar Ortiz Castillo Juárez Moreno Romero Chávez Guzmán Salinas "
               "Villarreal Zamora Ochoa Cervantes")),
    "spain": dict(cc="ES",
        m=_p("Javier Sergio Pablo Alejandro Álvaro Alvaro Adrián Daniel Jorge Iñaki Iker "
             "Unai Mikel Jordi Pau Oriol Xavier Borja Íñigo Gonzalo Rodrigo Marcos Raúl "
             "Víctor Ignacio Nacho Manolo Paco Joan Aitor Rubén Guillermo"),
        f=_p("Lucía Lucia María Carmen Laura Marta Paula Elena Cristina Nuria Montse "
             "Ainhoa Itziar Leire Aitana Rocío Pilar Beatriz Irene Sara Alba Noelia Raquel "
             "Inmaculada Inma Mercedes Concha Begoña Amparo Núria Maite Julia"),
        fam=_p("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez "
               "Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso "
               "Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Serrano Blanco "
               "Iglesias Etxeberria Puig Ferrer Vidal Garrido de_la_Fuente")),
    "italy": dict(cc="IT",
        m=_p("Marco Luca Giuseppe Giovanni Francesco Alessandro Andrea Matteo Lorenzo "
             "Davide Simone Federico Stefano Gianluca Riccardo Emanuele Salvatore Vincenzo "
             "Antonio Pietro Tommaso Nicolò Filippo Raffaele Gennaro Carmine Massimo "
             "Fabrizio Daniele Claudio Enrico Beppe"),
        f=_p("Giulia Francesca Chiara Sara Martina Alessia Federica Valentina Elisa Silvia "
             "Giorgia Elena Sofia Aurora Beatrice Ilaria Serena Roberta Paola Monica "
             "Caterina Lucrezia Gaia Noemi Arianna Rossella Carmela Annalisa Benedetta "
             "Ludovica Michela Donatella"),
        fam=_p("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco "
               "Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti "
               "Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferraro Galli Martini "
               "Leone D'Angelo Di_Stefano Lo_Presti De_Santis")),
    "germany": dict(cc="DE",
        m=_p("Lukas Leon Finn Jonas Maximilian Felix Niklas Tobias Jan Florian Sebastian "
             "Matthias Stefan Thomas Michael Andreas Christian Markus Jürgen Uwe Dieter "
             "Klaus Wolfgang Frank Torsten Jörg Sven Kai Dirk Henrik Moritz Benedikt"),
        f=_p("Anna Lena Lea Hannah Laura Julia Sarah Katharina Johanna Sophie Marie Lisa "
             "Franziska Sabine Petra Claudia Andrea Susanne Birgit Ute Monika Heike Anja "
             "Silke Kerstin Nadine Jana Svenja Annika Miriam Greta Ines"),
        fam=_p("Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz "
               "Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz "
               "Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause Lehmann "
               "Köhler von_Bülow Vogel Kaiser")),
    "russia": dict(cc="RU",
        m=_p("Aleksandr Alexander Dmitry Dmitriy Sergey Andrey Alexey Ivan Mikhail Nikolai "
             "Vladimir Pavel Maksim Artem Yevgeny Evgeniy Igor Oleg Roman Kirill Denis "
             "Anton Konstantin Stanislav Vyacheslav Grigory Timur Ilya Yury Vadim Boris "
             "Fyodor"),
        f=_p("Anastasia Yekaterina Ekaterina Maria Olga Tatiana Natalia Irina Svetlana "
             "Elena Yulia Anna Daria Ksenia Polina Alina Viktoria Marina Lyudmila Galina "
             "Valentina Oksana Yana Alyona Veronika Sofia Elizaveta Kristina Nadezhda "
             "Larisa Vera Zhanna"),
        fam=_p("Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov "
               "Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov "
               "Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Zaitsev Solovyov "
               "Borisov Yakovlev Grigoriev Romanov Vorobyov"),
        pat_m=_p("Aleksandrovich Sergeyevich Ivanovich Nikolaevich Vladimirovich "
                 "Mikhailovich Petrovich Andreyevich Dmitrievich Olegovich"),
        pat_f=_p("Aleksandrovna Sergeyevna Ivanovna Nikolaevna Vladimirovna Mikhailovna "
                 "Petrovna Andreyevna Dmitrievna Olegovna")),
    "turkey": dict(cc="TR",
        m=_p("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Ismail Murat Emre Burak "
             "Serkan Onur Volkan Cem Can Eren Barış Kaan Oğuz Uğur Tolga Berk Yusuf Ömer "
             "Selim Kerem Arda Deniz Hakan Ercan Tuncay"),
        f=_p("Ayşe Ayse Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özge Ebru Gizem "
             "Seda Derya Tuğba Yasemin Melek Sibel Nur Aslı Pınar Cansu Ece İrem Defne "
             "Selin Dilara Gül Songül Nilüfer Burcu"),
        fam=_p("Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yıldırım Öztürk "
               "Ozturk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan "
               "Şimşek Polat Erdoğan Güneş Aksoy Korkmaz Bulut Tekin Karaca Uçar")),
    "nigeria": dict(cc="NG",
        m=_p("Chukwuemeka Emeka Chinedu Obinna Ikechukwu Nnamdi Oluwaseun Seun Olumide "
             "Tunde Babatunde Adewale Ayodele Kayode Femi Olufemi Segun Abubakar Musa "
             "Ibrahim Aliyu Usman Sani Uche Kelechi Tochukwu Goodluck Godswill Chidi "
             "Damilola Ayomide Efosa"),
        f=_p("Ngozi Chiamaka Adaeze Nneka Chioma Ifeoma Amaka Obiageli Funmilayo Folake "
             "Yetunde Adebimpe Temitope Bukola Omolara Aisha Hauwa Zainab Amina Halima "
             "Blessing Favour Precious Patience Comfort Chinwe Ebere Oluwakemi Kemi "
             "Titilayo Osaretin Uyi"),
        fam=_p("Okafor Okonkwo Okeke Eze Nwosu Obi Chukwu Nwachukwu Onyekachi Adeyemi "
               "Adebayo Ogunleye Olawale Oladipo Adeleke Akinola Balogun Bello Abdullahi "
               "Mohammed Danjuma Yakubu Ibrahim Osagie Igbinedion Okoro Uzor Ogbonna "
               "Anyanwu Onuoha Afolabi Ajayi Ogundipe")),
    "kenya": dict(cc="KE",
        m=_p("Otieno Ochieng Odhiambo Onyango Omondi Kiprono Kipchoge Kiptoo Kibet Cheruiyot "
             "Kamau Mwangi Njoroge Kariuki Githinji Wanjohi Mutua Musyoka Kioko Wafula "
             "Barasa Juma Baraka Brian Kevin Dennis Collins Victor Emmanuel Samson Wycliffe "
             "Evans"),
        f=_p("Wanjiru Wambui Njeri Nyambura Wanjiku Akinyi Achieng Atieno Adhiambo Awino "
             "Chebet Jepchirchir Jeptoo Chepkoech Mwende Mumbua Nduku Nafula Naliaka "
             "Nekesa Faith Mercy Purity Grace Esther Lucy Caroline Sharon Cynthia Gladys "
             "Zawadi Imani"),
        fam=_p("Otieno Ochieng Odhiambo Omondi Onyango Owino Kamau Mwangi Njoroge Kariuki "
               "Maina Kimani Gitau Macharia Ngugi Kiprotich Rotich Koech Kiplagat Chepkwony "
               "Mutua Musyoka Muthoka Wambua Wafula Simiyu Barasa Wekesa Juma Mohamed Ali "
               "Oduya")),
    "ethiopia": dict(cc="ET",
        m=_p("Abebe Alemayehu Dawit Yohannes Tesfaye Getachew Mulugeta Solomon Tadesse "
             "Bereket Biniam Henok Kaleb Mekonnen Girma Haile Berhanu Fikru Yonas Eyob "
             "Natnael Tewodros Teddy Samuel Abel Mesfin Gebre Kebede Elias Daniel Dagim "
             "Lidetu"),
        f=_p("Almaz Tigist Meseret Hiwot Bethlehem Betelhem Selam Selamawit Mahlet Saba "
             "Meron Hana Rahel Liya Kidist Tsion Eden Helen Azeb Genet Aster Yeshi Tirunesh "
             "Mekdes Feven Sara Ruth Marta Birtukan Zewditu Makeda Frehiwot"),
        fam=_p("Bekele Tesfaye Getachew Haile Girma Kebede Tadesse Alemu Mengistu Wolde "
               "Gebremariam Gebremedhin Hailemariam Abebe Desta Assefa Tefera Worku Mekonnen "
               "Ayele Demissie Negash Berhane Asfaw Lemma Amare Tsegaye Yirga Kassa Derese "
               "Woldemichael Fikre")),
    "australia": dict(cc="AU",
        m=_p("Jack Oliver William Noah Thomas James Lachlan Cooper Riley Harrison Liam "
             "Ethan Mitchell Brodie Kyle Jayden Hamish Angus Callum Nathan Darcy Blake "
             "Bailey Campbell Fletcher Jarrah Tyson Shane Bruce Wayne Dale Trent"),
        f=_p("Charlotte Olivia Mia Ava Isla Chloe Emily Sophie Grace Ruby Matilda Zoe "
             "Georgia Tahlia Kayla Brooke Jessica Sienna Madison Hayley Kirra Shannon "
             "Leanne Sharon Kylie Narelle Belinda Bronwyn Tegan Jade Amber Hope"),
        fam=_p("Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson "
               "Thompson Nguyen Walker Harris Ryan Robinson Kelly King Mitchell O'Brien "
               "O'Connor McDonald Campbell Murphy Baker Stewart Morgan Cooper Hughes "
               "Bennett Fraser Hutchinson Doyle")),
    "greece": dict(cc="GR",
        m=_p("Georgios Giorgos Dimitrios Dimitris Konstantinos Kostas Ioannis Giannis "
             "Nikolaos Nikos Panagiotis Panos Christos Vasilis Athanasios Thanasis "
             "Evangelos Vangelis Michalis Spyros Stavros Apostolos Theodoros Sotiris "
             "Charalambos Babis Manolis Stelios Petros Alexandros Ilias Antonis"),
        f=_p("Maria Eleni Aikaterini Katerina Vasiliki Sofia Angeliki Georgia Dimitra "
             "Konstantina Paraskevi Voula Eirini Irini Despoina Christina Panagiota "
             "Evangelia Ioanna Anastasia Theodora Chrysa Fotini Stavroula Kalliopi Zoi "
             "Myrto Danai Athina Penelope Effie Xanthi"),
        fam=_p("Papadopoulos Papadopoulou Georgiou Dimitriou Nikolaou Konstantinidis "
               "Papageorgiou Oikonomou Vlachos Ioannidis Karagiannis Papadakis "
               "Christodoulou Athanasiou Pappas Makris Antoniou Alexiou Giannopoulos "
               "Vasileiou Stavropoulos Kyriakou Theodorou Michailidis Panagiotopoulos "
               "Anagnostou Kotsis Mavridis Tsakiris Spanos Economou Kalogeropoulos")),
}


# ---- LOCAL FORMATS ----
def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _L(r, n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(r.choice(pool) for _ in range(n))


CITIES = {
    "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Al Ain", "Ajman", "Ras Al Khaimah"],
    "EG": ["Cairo", "Giza", "Alexandria", "Hurghada", "Luxor", "Mansoura"],
    "IN": ["Bengaluru", "Bangalore", "Chennai", "Hyderabad", "Kochi", "New Delhi",
           "Gurugram", "Lucknow", "Jaipur", "Pune", "Mumbai"],
    "LK": ["Colombo", "Kandy", "Galle", "Negombo", "Dehiwala-Mount Lavinia"],
    "CN": ["Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou"],
    "KR": ["Seoul", "Busan", "Incheon", "Daegu", "Seongnam-si"],
    "PH": ["Quezon City", "Makati City", "Pasig City", "Cebu City", "Davao City", "Taguig"],
    "ID": ["Jakarta Selatan", "Surabaya", "Bandung", "Denpasar", "Medan", "Yogyakarta"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife", "Salvador"],
    "MX": ["Ciudad de México", "CDMX", "Guadalajara", "Monterrey", "Puebla", "Mérida"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga"],
    "IT": ["Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze"],
    "DE": ["Berlin", "München", "Frankfurt am Main", "Hamburg", "Köln", "Stuttgart"],
    "RU": ["Moskva", "Moscow", "Sankt-Peterburg", "Kazan", "Novosibirsk", "Yekaterinburg"],
    "TR": ["İstanbul", "Istanbul", "Ankara", "İzmir", "Antalya", "Bursa"],
    "NG": ["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Enugu", "Kano"],
    "KE": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"],
    "ET": ["Addis Ababa", "Adama", "Bahir Dar", "Hawassa", "Mekelle"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Parramatta"],
    "GR": ["Athina", "Athens", "Thessaloniki", "Patra", "Heraklion", "Piraeus"],
}
COUNTRY = {"AE": "UAE", "EG": "Egypt", "IN": "India", "LK": "Sri Lanka", "CN": "China",
           "KR": "Korea", "PH": "Philippines", "ID": "Indonesia", "BR": "Brazil",
           "MX": "Mexico", "ES": "Spain", "IT": "Italy", "DE": "Germany", "RU": "Russia",
           "TR": "Turkey", "NG": "Nigeria", "KE": "Kenya", "ET": "Ethiopia",
           "AU": "Australia", "GR": "Greece"}


def phone(r, cc):
    c = r.random() < 0.5
    f = {
        "AE": lambda: (f"+971 5{r.choice('02568')} {_d(r,3)} {_d(r,4)}" if c else
                       r.choice([f"05{r.choice('02568')} {_d(r,3)} {_d(r,4)}", f"05{r.choice('0258')}{_d(r,7)}"])),
        "EG": lambda: (f"+20 1{r.choice('0125')} {_d(r,4)} {_d(r,4)}" if c else f"01{r.choice('0125')}{_d(r,8)}"),
        "IN": lambda: (f"+91 {r.choice('6789')}{_d(r,4)} {_d(r,5)}" if c else
                       r.choice([f"{r.choice('6789')}{_d(r,9)}", f"0{r.choice('6789')}{_d(r,4)}-{_d(r,5)}", f"080-{_d(r,8)}"])),
        "LK": lambda: (f"+94 7{r.choice('01245678')} {_d(r,3)} {_d(r,4)}" if c else f"07{r.choice('1245678')}-{_d(r,7)}"),
        "CN": lambda: (f"+86 1{r.choice('3589')}{_d(r,1)} {_d(r,4)} {_d(r,4)}" if c else f"1{r.choice('3589')}{_d(r,9)}"),
        "KR": lambda: (f"+82 10-{_d(r,4)}-{_d(r,4)}" if c else r.choice([f"010-{_d(r,4)}-{_d(r,4)}", f"02-{_d(r,3)}-{_d(r,4)}"])),
        "PH": lambda: (f"+63 9{_d(r,2)} {_d(r,3)} {_d(r,4)}" if c else r.choice([f"09{_d(r,2)} {_d(r,3)} {_d(r,4)}", f"09{_d(r,9)}", f"(02) 8{_d(r,3)}-{_d(r,4)}"])),
        "ID": lambda: (f"+62 8{_d(r,2)}-{_d(r,4)}-{_d(r,4)}" if c else f"08{_d(r,2)} {_d(r,4)} {_d(r,4)}"),
        "BR": lambda: (f"+55 {r.choice(['11','21','31','41','81','71'])} 9{_d(r,4)}-{_d(r,4)}" if c else f"({r.choice(['11','21','31','61'])}) 9{_d(r,4)}-{_d(r,4)}"),
        "MX": lambda: (f"+52 {r.choice(['55','33','81'])} {_d(r,4)} {_d(r,4)}" if c else f"{r.choice(['55','33','81'])}-{_d(r,4)}-{_d(r,4)}"),
        "ES": lambda: (f"+34 6{_d(r,2)} {_d(r,2)} {_d(r,2)} {_d(r,2)}" if c else f"6{_d(r,2)} {_d(r,3)} {_d(r,3)}"),
        "IT": lambda: (f"+39 3{_d(r,2)} {_d(r,3)} {_d(r,4)}" if c else f"3{_d(r,2)} {_d(r,7)}"),
        "DE": lambda: (f"+49 1{r.choice('567')}{_d(r,1)} {_d(r,8)}" if c else r.choice([f"01{r.choice('567')}{_d(r,1)} {_d(r,4)} {_d(r,4)}", f"030 {_d(r,8)}", f"069/{_d(r,7)}"])),
        "RU": lambda: (f"+7 9{_d(r,2)} {_d(r,3)}-{_d(r,2)}-{_d(r,2)}" if c else f"8 (9{_d(r,2)}) {_d(r,3)}-{_d(r,2)}-{_d(r,2)}"),
        "TR": lambda: (f"+90 5{_d(r,2)} {_d(r,3)} {_d(r,2)} {_d(r,2)}" if c else f"05{_d(r,2)} {_d(r,3)} {_d(r,2)} {_d(r,2)}"),
        "NG": lambda: (f"+234 80{_d(r,1)} {_d(r,3)} {_d(r,4)}" if c else r.choice([f"080{_d(r,8)}", f"0{r.choice(['803','806','813','905','701'])} {_d(r,3)} {_d(r,4)}"])),
        "KE": lambda: (f"+254 7{_d(r,2)} {_d(r,3)} {_d(r,3)}" if c else r.choice([f"07{_d(r,2)} {_d(r,6)}", f"07{_d(r,8)}", f"0110 {_d(r,3)} {_d(r,3)}"])),
        "ET": lambda: (f"+251 9{_d(r,2)} {_d(r,3)} {_d(r,3)}" if c else f"09{_d(r,2)} {_d(r,3)} {_d(r,3)}"),
        "AU": lambda: (f"+61 4{_d(r,2)} {_d(r,3)} {_d(r,3)}" if c else r.choice([f"04{_d(r,2)} {_d(r,3)} {_d(r,3)}", f"(0{r.choice('2378')}) {_d(r,4)} {_d(r,4)}"])),
        "GR": lambda: (f"+30 69{_d(r,1)} {_d(r,3)} {_d(r,4)}" if c else r.choice([f"69{_d(r,1)} {_d(r,7)}", f"210 {_d(r,7)}"])),
    }
    return f[cc]()


def postcode(r, cc):
    f = {
        "AE": lambda: _d(r, 5),  # PO box no. (no postcodes in UAE)
        "EG": lambda: r.choice(["11", "12", "21", "84"]) + _d(r, 3),
        "IN": lambda: r.choice(["560", "600", "500", "682", "110", "122", "226"]) + r.choice(["", " "]) + _d(r, 3),
        "LK": lambda: r.choice(["00", "10", "20", "80"]) + _d(r, 3),
        "CN": lambda: r.choice(["100", "200", "510", "518", "610", "310"]) + _d(r, 3),
        "KR": lambda: "0" + _d(r, 4),
        "PH": lambda: r.choice(["1", "6", "8"]) + _d(r, 3),
        "ID": lambda: r.choice(["12", "60", "40", "80", "20", "55"]) + _d(r, 3),
        "BR": lambda: _d(r, 5) + "-" + _d(r, 3),
        "MX": lambda: r.choice(["0", "4", "6", "9"]) + _d(r, 4),
        "ES": lambda: r.choice(["28", "08", "46", "41", "48", "29"]) + _d(r, 3),
        "IT": lambda: r.choice(["00", "20", "80", "10", "40", "50"]) + _d(r, 3),
        "DE": lambda: r.choice(["10", "80", "60", "20", "50", "70"]) + _d(r, 3),
        "RU": lambda: r.choice(["1", "19", "42", "63"]) + _d(r, 6)[:6 - len(r.choice(["1"]))][:5],
        "TR": lambda: r.choice(["34", "06", "35", "07", "16"]) + _d(r, 3),
        "NG": lambda: r.choice(["10", "90", "50", "20"]) + _d(r, 4),
        "KE": lambda: r.choice(["00100", "00200", "00502", "80100", "40100", "00600"]),
        "ET": lambda: r.choice(["1000", "1110", "1250", "5000"]),
        "AU": lambda: r.choice(["2", "3", "4", "5", "6"]) + _d(r, 3),
        "GR": lambda: r.choice(["10", "11", "54", "26", "71"]) + _d(r, 1) + " " + _d(r, 2),
    }
    pc = f[cc]()
    if cc == "RU":
        pc = (pc + _d(r, 6))[:6]
    return pc

def address(r, cc):
    """Return segments: street address, maybe city (~) and postcode, in local order."""
    n = str(r.randint(1, 240))
    city = r.choice(CITIES[cc])
    A, S, P, T = "address", "o", "postcode", "~"
    if cc == "AE":
        a = r.choice([f"Villa {n}, Street {r.randint(1,60)}, Al Barsha {r.randint(1,3)}",
                      f"Apt {r.randint(1,40)}{_d(r,2)}, {r.choice(['Marina Heights','Al Seef Tower','Burj Views B','Shams 2'])}",
                      f"Flat {r.randint(101,2505)}, Bldg {r.randint(1,30)}, Al Nahda {r.randint(1,2)}"])
        if r.random() < 0.4:
            return [(f"PO Box {postcode(r, cc)}", A), (", ", S), (city, T)]
        return [(a, A), (", ", S), (city, T)]
    if cc == "EG":
        a = r.choice([f"{n} {r.choice(['El Tahrir St','Mohamed Farid St','Gameat El Dewal','Abbas El Akkad St'])}",
                      f"{n} Shar3 {r.choice(['El Nozha','Makram Ebeid','Haroun'])}, floor {r.randint(1,12)} apt {r.randint(1,40)}"])
        return [(a, A), (", ", S), (city, T), (" ", S), (postcode(r, cc), P)]
    if cc == "IN":
        a = r.choice([f"Flat {r.randint(101,1204)}, {r.choice(['Sai Residency','Prestige Lakeside','DLF Phase 3','Green Glen Layout'])}, {r.randint(1,9)}th Cross",
                      f"#{n}, {r.randint(1,18)}th Main, {r.choice(['HSR Layout','Koramangala 5th Block','Anna Nagar West','Kakkanad'])}",
                      f"H.No. {r.randint(1,20)}-{r.randint(1,9)}-{n}, {r.choice(['Banjara Hills','Gomti Nagar','Sector 56'])}"])
        return [(a, A), (", ", S), (city, T), (" - ", S), (postcode(r, cc), P)]
    if cc == "LK":
        a = f"No. {n}/{r.randint(1,9)}, {r.choice(['Galle Road','Duplication Road','Havelock Road','Kandy Road','Temple Lane'])}"
        return [(a, A), (", ", S), (city, T), (" ", S), (postcode(r, cc), P)]
    if cc == "CN":
        a = f"Room {r.randint(3,28)}0{r.randint(1,9)}, Building {r.randint(1,12)}, No. {n} {r.choice(['Jianguo Road','Nanjing West Road','Tianhe Road','Keyuan Road'])}"
        return [(a, A), (", ", S), (r.choice(["Chaoyang District", "Jing'an District", "Tianhe District", "Nanshan District"]), T),
                (", ", S), (city, T), (" ", S), (postcode(r, cc), P)]
    if cc == "KR":
        a = f"{n} {r.choice(['Teheran-ro','Olympic-ro','Sejong-daero','Haeundae-ro'])}, {r.choice(['Gangnam-gu','Songpa-gu','Jung-gu','Haeundae-gu'])}"
        if r.random() < 0.5:
            return [(postcode(r, cc), P), (" ", S), (city, T), (" ", S), (a, A)]
        return [(a, A), (", ", S), (city, T), (" ", S), (postcode(r, cc), P)]
    if cc == "PH":
        a = r.choice([f"Blk {r.randint(1,40)} Lot {r.randint(1,30)}, {r.choice(['Sampaguita St.','Mabini St.','Rizal Ave.'])}, Brgy. {r.choice(['San Isidro','Pinagbuhatan','Bagong Silang','Poblacion'])}",
                      f"Unit {r.randint(3,40)}{_d(r,2)} {r.choice(['Avida Towers','SMDC Grass','One Serendra'])}, {n} {r.choice(['Shaw Blvd','EDSA','Ortigas Ave'])}"])
        return [(a, A), (", ", S), (city, T), (" ", S), (postcode(r, cc), P)]
    if cc == "ID":
        a = f"Jl. {r.choice(['Merdeka','Sudirman','Gatot Subroto','Kebon Jeruk Raya','Diponegoro'])} No. {n}, RT {r.randint(1,12):02d}/RW {r.randint(1,9):02d}"
        return [(a, A), (", ", S), (city, T), (" ", S), (postcode(r, cc), P)]
    if cc == "BR":
        a = f"{r.choice(['Rua das Flores','Av. Paulista','Rua Augusta','Av. Atlântica','Rua XV de Novembro'])}, {n}, apto {r.randint(11,184)}"
        return [(a, A), (" - ", S), (city, T), (", CEP ", S), (postcode(r, cc), P)]
    if cc == "MX":
        a = f"{r.choice(['Av. Insurgentes Sur','Calle Durango','Av. Revolución','Calle Hidalgo'])} {n}, int. {r.randint(1,12)}, Col. {r.choice(['Del Valle','Roma Norte','Narvarte','Centro'])}"
        return [(a, A), (", C.P. ", S), (postcode(r, cc), P), (" ", S), (city, T)]
    if cc == "ES":
        a = f"{r.choice(['C/ Mayor','Calle de Alcalá','Av. Diagonal','C/ Sierpes'])}, {n}, {r.randint(1,8)}º {r.choice('ABCD')}"
        return [(a, A), (", ", S), (postcode(r, cc), P), (" ", S), (city, T)]
    if cc == "IT":
        a = f"{r.choice(['Via Roma','Via Garibaldi','Corso Vittorio Emanuele','Viale Monza'])} {n}, int. {r.randint(1,20)}"
        return [(a, A), (", ", S), (postcode(r, cc), P), (" ", S), (city, T)]
    if cc == "DE":
        a = f"{r.choice(['Hauptstraße','Schillerstr.','Berliner Allee','Goethestraße','Am Mühlbach'])} {n}{r.choice(['', '', 'a', 'b'])}"
        return [(a, A), (", ", S), (postcode(r, cc), P), (" ", S), (city, T)]
    if cc == "RU":
        a = f"ul. {r.choice(['Tverskaya','Lenina','Pushkina','Sadovaya'])}, d. {n}, kv. {r.randint(1,300)}"
        return [(a, A), (", ", S), (city, T), (", ", S), (postcode(r, cc), P)]
    if cc == "TR":
        a = f"{r.choice(['Atatürk Cad.','Bağdat Caddesi','İstiklal Cad.','Cumhuriyet Mah. 1203 Sok.'])} No:{n} D:{r.randint(1,20)}"
        return [(a, A), (", ", S), (postcode(r, cc), P), (" ", S), (city, T)]
    if cc == "NG":
        a = r.choice([f"{n} {r.choice(['Adeola Odeku Street','Awolowo Road','Allen Avenue','Herbert Macaulay Way'])}",
                      f"Plot {n}, {r.choice(['Aminu Kano Crescent','Ahmadu Bello Way'])}"])
        return [(a, A), (", ", S), (city, T), (" ", S), (postcode(r, cc), P)]
    if cc == "KE":
        if r.random() < 0.5:
            return [(f"P.O. Box {r.randint(100,99999)}", A), ("-", S), (postcode(r, cc), P), (" ", S), (city, T)]
        a = f"{r.choice(['Hse No.','Apt','House'])} {n}, {r.choice(['Ngong Road','Argwings Kodhek Rd','Mombasa Road','Kiambu Rd'])}"
        return [(a, A), (", ", S), (city, T)]
    if cc == "ET":
        a = f"Kebele {r.randint(1,20):02d}, House No. {_d(r,3)}"
        return [(a, A), (", ", S), (r.choice(["Bole", "Yeka", "Kirkos", "Arada"]) + " Sub-city", T), (", ", S), (city, T)]
    if cc == "AU":
        a = r.choice([f"Unit {r.randint(1,30)}/{n} {r.choice(['Smith St','Crown St','Beach Rd','Chapel St'])}",
                      f"{n} {r.choice(['Parramatta Rd','Victoria Pde','Wattle Ave','Bungaree Cres'])}"])
        st = r.choice(["NSW", "VIC", "QLD", "WA", "SA"])
        return [(a, A), (", ", S), (r.choice(["Surry Hills", "Fitzroy", "Paddington", "Bondi"]), T), (f" {st} ", S), (postcode(r, cc), P)]
    if cc == "GR":
        a = f"{r.choice(['Ermou','Leoforos Kifisias','Patision','Tsimiski','Odos Egnatia'])} {n}"
        return [(a, A), (", ", S), (postcode(r, cc), P), (" ", S), (city, T)]
    raise KeyError(cc)


def natid(r, cc):
    f = {
        "AE": lambda: f"784-{r.randint(1960,2004)}-{_d(r,7)}-{_d(r,1)}",
        "EG": lambda: r.choice("23") + _d(r, 13),
        "IN": lambda: r.choice([f"{r.choice('2345')}{_d(r,3)} {_d(r,4)} {_d(r,4)}", _L(r, 5) + _d(r, 4) + _L(r, 1)]),
        "LK": lambda: r.choice([_d(r, 9) + "V", "19" + _d(r, 10)]),
        "CN": lambda: r.choice(["110", "310", "440"]) + _d(r, 3) + str(r.randint(1965, 2003)) + _d(r, 7) + r.choice("0123456789X"),
        "KR": lambda: f"{_d(r,6)}-{r.choice('12')}{_d(r,6)}",
        "PH": lambda: f"{_d(r,4)}-{_d(r,4)}-{_d(r,4)}-{_d(r,4)}",
        "ID": lambda: r.choice(["31", "35", "32", "51"]) + _d(r, 14),
        "BR": lambda: f"{_d(r,3)}.{_d(r,3)}.{_d(r,3)}-{_d(r,2)}",
        "MX": lambda: _L(r, 4) + _d(r, 6) + r.choice("HM") + _L(r, 5) + _d(r, 2),
        "ES": lambda: r.choice([_d(r, 8) + _L(r, 1), r.choice("XYZ") + _d(r, 7) + _L(r, 1)]),
        "IT": lambda: _L(r, 6) + _d(r, 2) + _L(r, 1) + _d(r, 2) + _L(r, 1) + _d(r, 3) + _L(r, 1),
        "DE": lambda: _L(r, 1, "CFGHJKLMNPRTVWXYZ") + _L(r, 8, "0123456789CFGHJKLMNPRTVWXYZ"),
        "RU": lambda: f"{_d(r,2)} {_d(r,2)} {_d(r,6)}",
        "TR": lambda: r.choice("123456789") + _d(r, 10),
        "NG": lambda: _d(r, 11),
        "KE": lambda: r.choice("123") + _d(r, 7),
        "ET": lambda: f"{_d(r,4)} {_d(r,4)} {_d(r,4)}",
        "AU": lambda: _d(r, 10) + " " + _d(r, 1),
        "GR": lambda: _L(r, 2, "ABEHIKMNOPTXYZ") + " " + _d(r, 6),
    }
    return f[cc]()


def passport(r, cc):
    pre = {"AE": lambda: _L(r, 1) + _d(r, 7), "EG": lambda: "A" + _d(r, 8), "IN": lambda: _L(r, 1) + _d(r, 7),
           "LK": lambda: "N" + _d(r, 7), "CN": lambda: "E" + _d(r, 8), "KR": lambda: "M" + _d(r, 8),
           "PH": lambda: "P" + _d(r, 7) + _L(r, 1), "ID": lambda: _L(r, 1) + _d(r, 7), "BR": lambda: _L(r, 2) + _d(r, 6),
           "MX": lambda: "G" + _d(r, 8), "ES": lambda: _L(r, 3) + _d(r, 6), "IT": lambda: _L(r, 2) + _d(r, 7),
           "DE": lambda: "C" + _L(r, 8, "0123456789CFGHJKLMNPRTVWXYZ"), "RU": lambda: f"{_d(r,2)} {_d(r,7)}",
           "TR": lambda: "U" + _d(r, 8), "NG": lambda: "A" + _d(r, 8), "KE": lambda: "AK" + _d(r, 7),
           "ET": lambda: "EP" + _d(r, 7), "AU": lambda: "P" + _L(r, 1) + _d(r, 7), "GR": lambda: _L(r, 2) + _d(r, 7)}
    return pre[cc]()


def licence(r, cc):
    f = {"IN": lambda: f"{r.choice(['KA','TN','DL','MH','KL'])}{_d(r,2)} {_d(r,11)}",
         "AU": lambda: _d(r, r.choice([8, 9])), "DE": lambda: _L(r, 1) + _d(r, 3) + _L(r, 4) + _d(r, 3),
         "IT": lambda: _L(r, 2) + _d(r, 7) + _L(r, 1), "ES": lambda: _d(r, 8) + _L(r, 1),
         "PH": lambda: f"N{_d(r,2)}-{_d(r,2)}-{_d(r,6)}", "KE": lambda: "DL-" + _d(r, 7),
         "NG": lambda: _L(r, 3) + _d(r, 5) + _L(r, 2) + _d(r, 2), "GB": lambda: _L(r, 5) + _d(r, 6),
         "BR": lambda: _d(r, 11), "MX": lambda: _L(r, 1) + _d(r, 8), "TR": lambda: _d(r, 6),
         "GR": lambda: _d(r, 9), "RU": lambda: f"{_d(r,2)} {_d(r,2)} {_d(r,6)}", "KR": lambda: f"{_d(r,2)}-{_d(r,2)}-{_d(r,6)}-{_d(r,2)}"}
    return f.get(cc, lambda: _L(r, 2) + _d(r, 7))()

# ---- TRAVEL IDS AND OTHER PERSONAL DATA ----
ETKT_PREFIX = ["176", "157", "607", "079", "098", "220", "081", "706", "071", "235", "139", "075", "055", "180"]


def pnr(r):
    return _L(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def etkt(r):
    p = r.choice(ETKT_PREFIX)
    return r.choice([f"{p}-{_d(r,10)}", f"{p}{_d(r,10)}", f"{p} {_d(r,10)}"])


def loyalty(r):
    return r.choice([f"EK{_d(r,9)}", f"TK{_d(r,9)}", _d(r, 9), f"QF {_d(r,10)}", f"{_d(r,3)} {_d(r,3)} {_d(r,3)}",
                     f"EY{_d(r,12)}", f"MH{_d(r,9)}", f"AI{_d(r,8)}"])


def hotel_conf(r):
    return r.choice([f"{_d(r,4)}.{_d(r,3)}.{_d(r,3)}", f"HX{_d(r,8)}", _d(r, 13), f"{_d(r,8)}-{_d(r,2)}", f"MAR-{_d(r,8)}", f"RSV{_d(r,7)}"])


def case_no(r):
    return r.choice([f"INC{_d(r,7)}", f"CS-{_d(r,6)}", f"#{_d(r,7)}", f"TKT-{r.randint(2023,2025)}-{_d(r,5)}", f"SR{_d(r,8)}", f"CAS-{_d(r,5)}-{_L(r,4)}"])


def rental_conf(r):
    return r.choice([f"K{_d(r,9)}", f"{_d(r,10)}COUNT", f"H{_d(r,8)}", f"RA {_d(r,9)}", f"{_L(r,2)}{_d(r,8)}"])


def rail_cruise(r):
    return r.choice([f"PNR {_d(r,10)}"[4:], f"{_L(r,2)}{_d(r,6)}", f"BK-{_d(r,7)}", f"{_d(r,7)}"])


def voucher(r):
    return r.choice([f"VCH-{_d(r,6)}", f"EMD {r.choice(ETKT_PREFIX)}{_d(r,10)}", f"{_L(r,3)}{_d(r,5)}{_L(r,2)}"])


def username(r, given, fam):
    g, f = _ascii(given), _ascii(fam)
    return r.choice([f"{g[:1]}{f}{r.randint(1,99)}", f"{g}_{f[:3]}", f"{g}{r.randint(70,2005)}", f"{f}.{g[:1]}"]).lower()


def _ascii(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ß", "ss").replace("ø", "o")
    return re.sub(r"[^a-z0-9]", "", fold(s))


EMAIL_DOM = {"AE": ["gmail.com", "hotmail.com", "eim.ae", "outlook.com"], "EG": ["yahoo.com", "gmail.com", "hotmail.com"],
             "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"], "LK": ["gmail.com", "sltnet.lk", "yahoo.com"],
             "CN": ["qq.com", "163.com", "126.com", "sina.com"], "KR": ["naver.com", "daum.net", "gmail.com"],
             "PH": ["yahoo.com.ph", "gmail.com", "ymail.com"], "ID": ["gmail.com", "yahoo.co.id"],
             "BR": ["uol.com.br", "bol.com.br", "gmail.com", "hotmail.com"], "MX": ["hotmail.com", "prodigy.net.mx", "gmail.com"],
             "ES": ["hotmail.es", "gmail.com", "telefonica.net"], "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
             "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"], "RU": ["mail.ru", "yandex.ru", "bk.ru"],
             "TR": ["hotmail.com", "gmail.com", "yandex.com.tr"], "NG": ["yahoo.com", "gmail.com"],
             "KE": ["gmail.com", "yahoo.com"], "ET": ["gmail.com", "ethionet.et", "yahoo.com"],
             "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"], "GR": ["otenet.gr", "yahoo.gr", "gmail.com"]}


def email(r, cc, given, fam):
    g, f = _ascii(given) or "x", _ascii(fam) or "y"
    if cc in ("CN",) and r.random() < 0.5:
        local = _d(r, r.randint(8, 10))
    else:
        local = r.choice([f"{g}.{f}", f"{g}{f}{r.randint(1,99)}", f"{g[:1]}{f}", f"{g}_{r.randint(1980,2004)}",
                          f"{f}.{g}", f"{g}.{f[:1]}"])
    if r.random() < 0.12:
        dom = r.choice(["emirates.com", "corp-travel.co", "kpmg.com", "deloitte.com", "unon.org"])
    else:
        dom = r.choice(EMAIL_DOM[cc])
    return f"{local}@{dom}"


def luhn_card(r, prefix, length):
    num = prefix + _d(r, length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        tot += v
    return num + str((10 - tot % 10) % 10)


def card(r):
    kind = r.random()
    if kind < 0.3:
        pre, ln = r.choice([("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15), ("6011", 16)])
        n = luhn_card(r, pre, ln)
        if ln == 15:
            return r.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
        return r.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])
    last = _d(r, 4)
    return r.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"************{last}", f"xxxx{last}",
                     f"4{_d(r,3)} {_d(r,2)}** **** {last}", f"5{_d(r,5)}******{last}", f"**{last}"])


IBAN_SPEC = {"AE": [("n", 3), ("n", 16)], "EG": [("n", 4), ("n", 4), ("n", 17)], "BR": [("n", 8), ("n", 5), ("n", 10), ("a", 1), ("c", 1)],
             "ES": [("n", 20)], "IT": [("a", 1), ("n", 5), ("n", 5), ("n", 12)], "DE": [("n", 18)],
             "TR": [("n", 5), ("n", 1), ("n", 16)], "GR": [("n", 3), ("n", 4), ("n", 16)], "SA": [("n", 2), ("n", 18)]}


def iban(r, cc):
    if cc not in IBAN_SPEC:
        cc = r.choice(["AE", "DE", "ES", "GR", "IT", "TR"])
    bban = ""
    for k, n in IBAN_SPEC[cc]:
        bban += _d(r, n) if k == "n" else _L(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if k == "a" else "0123456789ABC")
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = f"{cc}{chk:02d}{bban}"
    if r.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ip(r):
    if r.random() < 0.15:
        return "2001:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(7))
    first = r.choice([5, 31, 41, 49, 62, 78, 82, 94, 103, 112, 122, 154, 177, 185, 196, 197, 201])
    return f"{first}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"


def url(r, given, fam, ref):
    g, f = _ascii(given), _ascii(fam)
    return r.choice([f"https://www.linkedin.com/in/{g}-{f}-{_L(r,6,'0123456789abcdef')}", f"facebook.com/{g}.{f}.{r.randint(1,99)}",
                     f"instagram.com/{g}_{r.choice(['travels','wanders','goes'])}", f"https://www.tripadvisor.com/Profile/{g}{f[:1]}{r.randint(10,999)}",
                     f"https://manage.flydubai.com/booking?pnr={ref}&last={f}", f"https://secure.booking.com/myreservations.html?bn={_d(r,10)}",
                     f"https://www.airbnb.com/users/show/{_d(r,9)}", f"https://x.com/{g}{f[:2]}{r.randint(1,99)}",
                     f"bit.ly/{_L(r,7,'abcdefghijkmnpqrstuvwxyz0123456789')}?ref={ref}"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def dob(r):
    y, m, d = r.randint(1942, 2006), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m-1]} {y}",
                     f"{MONTHS[m-1][:3]} {d}, {y}", f"{d:02d}-{MONTHS[m-1][:3].upper()}-{y % 100:02d}", f"{d}/{m}/{y % 100:02d}",
                     f"{d}{MONTHS[m-1][:3].upper()}{y % 100:02d}"])

# ---- PEOPLE ----
TITLES = {"gulf": ["Mr", "Mr.", "Sheikh", "Sheikha", "Ms", "Dr."], "egypt": ["Mr", "Mrs", "Eng.", "Dr", "Ustaz", "Madam"],
          "in_north": ["Mr", "Mrs", "Ms", "Dr.", "Sir", "Madam"], "in_south": ["Mr", "Mrs.", "Dr", "Sir", "Madam"],
          "lanka": ["Mr", "Mrs", "Ms", "Dr"], "china": ["Mr", "Ms", "Mrs", "Dr"], "korea": ["Mr.", "Ms.", "Mrs"],
          "phil": ["Mr", "Ms", "Engr.", "Atty.", "Ma'am", "Sir"], "indo": ["Pak", "Bu", "Bapak", "Ibu", "Mr", "Mrs"],
          "brazil": ["Sr.", "Sra.", "Dona", "Dr.", "Mr"], "mexico": ["Sr.", "Sra.", "Lic.", "Don", "Doña", "Ing."],
          "spain": ["Sr.", "Sra.", "D.", "Dña.", "Mr"], "italy": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Mr"],
          "germany": ["Herr", "Frau", "Dr.", "Mr", "Mrs"], "russia": ["Mr", "Ms", "Mrs", "Dr"],
          "turkey": ["Mr", "Mrs", "Ms", "Dr."], "nigeria": ["Mr", "Mrs", "Chief", "Dr.", "Alhaji", "Hajiya", "Engr."],
          "kenya": ["Mr", "Mrs", "Ms", "Dr", "Hon."], "ethiopia": ["Ato", "W/ro", "Mr", "Ms", "Dr"],
          "australia": ["Mr", "Mrs", "Ms", "Miss", "Dr"], "greece": ["Mr", "Mrs", "Kyrie", "Kyria", "Dr"]}
AFTER_TITLES = {"in_north": ["ji", "sir", "madam", "bhai"], "in_south": ["sir", "garu", "anna", "madam"],
                "turkey": ["Bey", "Hanım", "bey", "hanim"], "phil": ["po"], "egypt": ["bey", "pasha"],
                "kenya": ["boss"], "australia": ["mate"]}
HONOR_BEFORE = ["auntie", "Aunty", "uncle", "Ate", "Kuya", "Tita", "Mama", "Baba", "Abang", "Mbak", "Mas", "Habibi"]
FEMALE_TITLES = {"Sheikha", "Ms", "Mrs", "Madam", "Ma'am", "Bu", "Ibu", "Sra.", "Dona", "Doña", "Dña.", "Sig.ra", "Dott.ssa",
                 "Frau", "Ms.", "Mrs.", "Hajiya", "W/ro", "Miss", "Kyria"}
MALE_TITLES = {"Mr", "Mr.", "Sheikh", "Sir", "Pak", "Bapak", "Sr.", "Don", "D.", "Sig.", "Herr", "Chief", "Alhaji", "Ato", "Kyrie", "Ustaz"}
_SYL = ["ka", "lo", "mi", "ra", "ven", "to", "su", "dor", "el", "ni", "bar", "tu", "zo", "ye", "qua", "fen", "ix", "mar"]


class Namer:
    def __init__(self, listed):
        self.listed = listed
        self.pools = {}
        allm, allf, allfam = [], [], []
        for k, c in CULTURES.items():
            p = {key: [n for n in c.get(key, []) if self.ok(n)] for key in ("m", "f", "fam", "pat_m", "pat_f")}
            self.pools[k] = p
            allm += p["m"]; allf += p["f"]; allfam += p["fam"]
        self.fallback = {"m": allm, "f": allf, "fam": allfam}

    def ok(self, name):
        return not any(part in self.listed for part in name_parts(name))

    def pick(self, r, culture, key):
        pool = self.pools[culture].get(key) or self.fallback.get(key)
        if pool:
            return r.choice(pool)
        for _ in range(200):  # invent a name not in listed
            n = "".join(r.choice(_SYL) for _ in range(r.randint(2, 3))).capitalize()
            if self.ok(n):
                return n
        return "Qzyx"

    def person(self, r, culture=None):
        culture = culture or r.choice(list(CULTURES))
        sex = r.choice("mf")
        p = dict(cul=culture, cc=CULTURES[culture]["cc"], sex=sex,
                 given=self.pick(r, culture, sex), fam=self.pick(r, culture, "fam"))
        if culture in ("spain", "mexico") and r.random() < 0.4:
            p["fam"] = p["fam"] + " " + self.pick(r, culture, "fam")
        if culture == "russia" and r.random() < 0.4:
            p["pat"] = self.pick(r, culture, "pat_" + sex)
        if culture == "gulf" and r.random() < 0.3:
            p["mid"] = ("bin " if sex == "m" else "bint ") + self.pick(r, culture, "m")
        if culture == "russia" and sex == "f" and p["fam"].endswith("v"):
            p["fam"] = p["fam"] + "a"
        return p


def title_for(r, p):
    ts = TITLES[p["cul"]]
    want = FEMALE_TITLES if p["sex"] == "f" else MALE_TITLES
    good = [t for t in ts if t in want] or ts
    return r.choice(good)


def name_segs(r, p, form=None):
    """Segments for a person's name in a random (or given) form."""
    N, O = "name", "o"
    g, f = p["given"], p["fam"]
    fam_first = p["cul"] in ("china", "korea")
    forms = ["given", "full", "full", "title_fam", "crm", "title_full", "after"]
    if fam_first:
        forms += ["famfirst", "famfirst", "famfirst_caps"]
    if "pat" in p:
        forms += ["given_pat", "fam_given_pat"]
    if "mid" in p:
        forms += ["mid"]
    if p["cul"] in ("indo", "phil", "kenya", "nigeria"):
        forms += ["honor"]
    form = form or r.choice(forms)
    if form == "given":
        return [(g, N)]
    if form == "full":
        return [(f"{g} {f}", N)]
    if form == "famfirst":
        return [(f"{f} {g}", N)]
    if form == "famfirst_caps":
        return [(f"{f.upper()} {g}", N)]
    if form == "title_fam":
        t = title_for(r, p)
        return [(t, O), (" ", O), (f if not fam_first or r.random() < 0.7 else g, N)]
    if form == "title_full":
        return [(title_for(r, p), O), (" ", O), (f"{g} {f}", N)]
    if form == "crm":
        if r.random() < 0.6:
            return [(f"{f.upper()}, {g}", N)] if r.random() < 0.5 else [(f.upper(), N), (", ", O), (g, N)]
        return [(f.lower(), N), (", ", O), (g.lower(), N)] if r.random() < 0.5 else [(f"{f}/{g}", N), (" " + r.choice(["MR", "MRS", "MS"]), O)]
    if form == "after":
        a = AFTER_TITLES.get(p["cul"])
        if not a:
            return [(f"{g} {f}", N)]
        return [(g if r.random() < 0.6 else f, N), (" " + r.choice(a), O)]
    if form == "given_pat":
        return [(f"{g} {p['pat']}", N)]
    if form == "fam_given_pat":
        return [(f"{f} {g} {p['pat']}", N)]
    if form == "mid":
        return [(f"{g} {p['mid']} {f}", N)]
    if form == "honor":
        return [(r.choice(HONOR_BEFORE), O), (" ", O), (g, N)]
    raise KeyError(form)

# ---- KEPT VOCABULARY (all "o") ----
VOC = {
    "AIR": ["Emirates", "Qatar Airways", "Etihad", "flydubai", "PAL", "Cebu Pacific", "IndiGo", "Air India", "Vistara",
            "SriLankan", "Lufthansa", "Condor", "Qantas", "Jetstar", "Virgin Australia", "Kenya Airways", "Ethiopian",
            "Turkish Airlines", "Pegasus", "Aeromexico", "Volaris", "Iberia", "Vueling", "ITA Airways", "TAP", "LATAM",
            "Garuda", "AirAsia", "Korean Air", "Asiana", "China Southern", "Aegean", "EgyptAir", "Air Peace", "Saudia"],
    "HTL": ["Marriott", "JW Marriott", "Hilton", "Conrad", "Hyatt Regency", "Atlantis The Palm", "Jumeirah", "Rotana",
            "Taj", "ITC Grand Chola", "Oberoi", "Shangri-La", "Accor", "Novotel", "ibis", "Sofitel", "IHG", "Crowne Plaza",
            "Holiday Inn Express", "Radisson Blu", "Four Seasons", "Meliá", "NH Collection", "Mövenpick", "Serena", "Sarova"],
    "CAR": ["Hertz", "Avis", "Europcar", "Sixt", "Budget", "Enterprise", "Thrifty", "Dollar", "Alamo", "Localiza", "Zoomcar"],
    "OTA": ["Booking.com", "Expedia", "Agoda", "MakeMyTrip", "Trip.com", "Traveloka", "Despegar", "eDreams", "Cleartrip",
            "Yatra", "Wego", "Hotels.com", "Kiwi.com", "Klook", "Tiket.com", "Webjet"],
    "RAIL": ["Eurostar", "Deutsche Bahn", "DB", "ICE", "Renfe AVE", "Trenitalia Frecciarossa", "Italo", "IRCTC", "SGR Madaraka Express", "Gautrain"],
    "CRU": ["MSC", "Royal Caribbean", "Costa", "Celebrity", "Norwegian", "AIDA", "Carnival", "Princess"],
    "APT": ["DXB", "DWC", "AUH", "MNL", "CEB", "BLR", "MAA", "DEL", "BOM", "COK", "CMB", "LIS", "OPO", "MEX", "CUN", "GDL",
            "NBO", "MBA", "ADD", "SYD", "MEL", "BNE", "FRA", "MUC", "IST", "SAW", "MAD", "BCN", "FCO", "MXP", "ATH",
            "CAI", "HRG", "LOS", "ABV", "ICN", "PEK", "PVG", "CGK", "DPS", "GRU", "GIG", "DOH", "JED"],
    "FARE": ["Economy Saver", "Flex Plus", "Business Saver", "Eco Light", "Basic Economy", "Premium Economy", "Y class",
             "J class", "Saver fare", "Value fare", "Comfort Plus", "non-ref", "Semi-Flex", "Classic", "GoLight"],
    "ROOM": ["Deluxe King", "Superior Twin", "Junior Suite", "Club Room", "Family Room", "Sea View Deluxe", "Executive Suite",
             "Premier Room", "Standard Double", "Ocean Villa", "Burj View Room"],
    "TIER": ["Skywards Gold", "Privilege Club Silver", "Etihad Guest Platinum", "Miles&Smiles Elite", "Bonvoy Titanium",
             "Hilton Honors Diamond", "World of Hyatt Globalist", "Qantas Platinum", "Miles & More Senator", "Mabuhay Miles",
             "Flying Returns", "ShebaMiles", "Asante Rewards", "Club Premier", "Iberia Plus Oro", "ALL Accor Gold"],
    "TEAM": ["Refunds", "Reissue desk", "Baggage Services", "Loyalty Ops", "Tier 2", "Escalations", "Premium Desk",
             "Group Desk", "Special Assistance", "Revenue Integrity", "Disruption Mgmt", "Chargebacks", "Social Care",
             "Night Shift", "Arabic queue", "Hindi queue", "Spanish queue", "VIP Line", "QA", "WFM"],
    "HUB": ["Dubai", "Manila", "Bangalore", "Lisbon", "Mexico City", "Nairobi", "Sydney", "Frankfurt"],
    "TOOL": ["Amadeus", "Sabre", "Galileo", "Salesforce", "Zendesk", "Genesys", "Opera PMS", "Freshdesk", "the GDS", "Altea", "Teams"],
    "CAB": ["business", "economy", "first", "premium eco", "J", "Y"],
    "VEH": ["Toyota Corolla", "Nissan Sunny", "Kia Sportage", "VW Golf", "Hyundai Creta", "Toyota Fortuner", "BMW 3 Series",
            "Mitsubishi Xpander", "Fiat 500", "Mercedes C-Class", "Suzuki Swift"],
    "AC": ["A380", "B777-300ER", "A350", "B787-9", "A321neo", "B737 MAX 8", "ATR 72", "A330"],
    "CUR": ["AED", "USD", "EUR", "INR", "PHP", "AUD", "KES", "MXN", "ETB", "TRY", "EGP", "BRL", "SAR"],
    "WIN": ["cust super happy", "gave 10/10 CSAT", "NPS 10", "left 5* review", "said best agent ever", "saved the booking",
            "no escalation needed", "cx thanked us twice", "avoided a chargeback", "retained the booking", "upsold lounge access",
            "resolved on first contact", "FCR achieved", "customer calmed down", "complaint withdrawn"],
}
FLIGHT_PFX = ["EK", "QR", "EY", "FZ", "PR", "5J", "6E", "AI", "UL", "LH", "QF", "KQ", "ET", "TK", "AM", "IB", "AZ", "TP", "GA", "KE", "MS", "A3"]


class Ctx:
    def __init__(self, r, namer, cust, col, other):
        self.r, self.namer, self.cust, self.col, self.other = r, namer, cust, col, other
        self.cc = cust["cc"]
        self.ref = pnr(r)

    def seg(self, key):
        r, p, cc = self.r, self.cust, self.cc
        if key in VOC:
            return [(r.choice(VOC[key]), "o")]
        simple = {
            "FLT": lambda: f"{r.choice(FLIGHT_PFX)}{r.choice(['', ' '])}{r.randint(1, 2999)}",
            "AMT": lambda: r.choice([f"{r.choice(VOC['CUR'])} {r.randint(40, 9800):,}", f"${r.randint(20, 2500)}", f"€{r.randint(20, 1900)}",
                                     f"{r.randint(5, 99)},000 miles", f"{r.randint(2, 80)}k pts"]),
            "TIME": lambda: r.choice([f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45', '05', '50'])}", f"{r.randint(1, 12)}{r.choice(['am', 'pm', ' AM', ' PM'])}", f"{r.randint(0, 23):02d}{r.choice(['00', '30', '45'])}hrs"]),
            "DATE": lambda: r.choice([f"{r.randint(1, 28)} {r.choice(MONTHS)[:3]}", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}", f"{r.randint(1, 28)}{r.choice(MONTHS)[:3].upper()}",
                                      r.choice(["tmrw", "tomorrow", "next Fri", "Sunday", "this wknd", "Monday"])]),
            "SEAT": lambda: f"{r.randint(1, 62)}{r.choice('ABCDEFHJK')}",
            "GATE": lambda: f"{r.choice('ABCDF')}{r.randint(1, 40)}",
            "TERM": lambda: f"T{r.randint(1, 3)}",
            "NUM": lambda: str(r.randint(2, 9)),
            "MIN": lambda: str(r.choice([5, 8, 12, 15, 20, 25, 40])),
            "KG": lambda: f"{r.choice([7, 20, 23, 25, 30, 32, 40])}kg",
            "CITY": lambda: r.choice(CITIES[cc]),
            "CTRY": lambda: COUNTRY[cc],
            "PCT": lambda: f"{r.choice([10, 15, 20, 25, 30, 50])}%",
            # personal data
            "EMAIL": lambda: (email(r, cc, p["given"], p["fam"].split()[-1]), "email"),
            "PHONE": lambda: (phone(r, cc), "phone"),
            "CARD": lambda: (card(r), "card"),
            "PASS": lambda: (passport(r, cc), "id"),
            "NID": lambda: (natid(r, cc), "id"),
            "DL": lambda: (licence(r, cc), "id"),
            "FF": lambda: (loyalty(r), "id"),
            "PNR": lambda: (self.ref, "id"),
            "PNR2": lambda: (pnr(r), "id"),
            "ETKT": lambda: (etkt(r), "id"),
            "HCONF": lambda: (hotel_conf(r), "id"),
            "RCONF": lambda: (rental_conf(r), "id"),
            "CASE": lambda: (case_no(r), "id"),
            "BKG": lambda: (rail_cruise(r), "id"),
            "VCH": lambda: (voucher(r), "id"),
            "USER": lambda: (username(r, p["given"], p["fam"]), "id"),
            "PC": lambda: (postcode(r, cc), "postcode"),
            "IP": lambda: (ip(r), "ip"),
            "URL": lambda: (url(r, p["given"], p["fam"].split()[-1], self.ref), "url"),
            "IBAN": lambda: (iban(r, cc), "iban"),
            "DOB": lambda: (dob(r), "dob"),
        }
        if key in simple:
            v = simple[key]()
            return [v] if isinstance(v, tuple) else [(v, "o")]
        if key == "ADDR":
            return address(r, cc)
        if key == "N":
            return name_segs(r, p)
        if key == "G":
            return [(p["given"], "name")]
        if key == "FULL":
            return name_segs(r, p, "full")
        if key == "TN":
            return name_segs(r, p, r.choice(["title_fam", "title_full"]))
        if key == "CRM":
            return name_segs(r, p, "crm")
        if key == "POSS":
            return name_segs(r, p, r.choice(["given", "full", "title_fam"])) + [("'s", "o")]
        if key == "Q":
            q = r.choice(['"', "'"])
            return [(q, "o"), (p["given"], "name"), (q, "o")]
        if key == "COL":
            c = self.col
            return r.choice([[(c["given"], "name")], [(c["given"], "name")], [(f"{c['given']} {c['fam'][:1]}.", "name")], [(f"{c['given']} {c['fam']}", "name")]])
        if key == "AT":
            return [("@", "o"), (self.col["given"], "name")]
        if key == "N2":
            return name_segs(r, self.other, r.choice(["given", "full", "title_fam", "full"]))
        raise KeyError(key)


_TOK = re.compile(r"\{([A-Z0-9]+)\}")


def render(ctx, tpl):
    segs = []
    pos = 0
    for m in _TOK.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], "o"))
        segs.extend(ctx.seg(m.group(1)))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], "o"))
    out = []
    for t, l in segs:  # merge adjacent "o"
        if out and l == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        elif t:
            out.append((t, l))
    return out

# ---- TEMPLATES (filled below) ----

PD_TEMPLATES = [
    "cust {N} called re {AIR} {FLT} {APT}-{APT} cancelled, rebooked on {FLT} same day, PNR {PNR}, {WIN}",
    "cx {G} wanted upgrade to {CAB}, used {AMT} from {TIER} acct {FF}, done in {MIN} mins",
    "Spoke to {TN} about refund of {AMT} to card {CARD}, refund ref {CASE} raised w {TEAM}",
    "{CRM} - pax name mismatch on e-tkt {ETKT}, fixed via {TOOL}, no ADC, cust happy",
    "caller {N} lost bag on {FLT} ex {APT}, delivered to {ADDR} next morning, {WIN}",
    "big thanks to {COL} from {TEAM} for helping w/ {POSS} visa issue at {APT}",
    "{HTL} guest {N} booked {ROOM} via {OTA} conf {HCONF}, wrong dates, amended free of charge",
    "customer {FULL} dob {DOB} passport {PASS} added to APIS for {FLT}, checked in ok",
    "Rental pickup {CAR} {APT}: {N} forgot licence, verified DL no {DL} by photo, car released {VEH}",
    "kuya {G} called from {CITY}, sobrang happy kasi na-refund na yung {AMT}, ref {PNR} - salamat {COL}",
    "cx said \"ask for {G}\" next time lol, {COL} handled the {OTA} double charge {CARD} like a pro",
    "{N} ka booking {PNR} reissue ho gaya, new e-ticket {ETKT} sent to {EMAIL}",
    "sr. {G} muy contento, cambio de vuelo {FLT} sin costo, confirm {PNR}, tel {PHONE}",
    "cust in {CTRY} couldnt log in, username {USER}, ip {IP} blocked by fraud tool, unblocked after {MIN} min",
    "Updated contact for {N}: mob {PHONE}, email {EMAIL}, booking {PNR}",
    "{TN} from {CITY} complained on IG, profile {URL}, DM'd and offered {AMT} voucher {VCH}",
    "refund to IBAN {IBAN} for {N} approved by {COL}, {AMT}, 7-10 bdays",
    "caller {N} ({DOB} dob) wanted to add infant to {PNR}, done, {AIR} infant fare {AMT}",
    "{COL} saved the day!! {N} stranded at {APT} {TERM}, got hotel voucher + meal, rebooked {FLT}",
    "cruise pax {N}, {CRU} booking {BKG}, cabin change approved, email sent {EMAIL}",
    "{POSS} loyalty no {FF} was not crediting miles since {DATE}, merged duplicate profile, {AMT} credited",
    "mr {G} from {CTRY} nationl id {NID} for hotel regs, {HTL} front desk accepted it",
    "customer {N} wanted invoice sent to {ADDR}, done and copy to {EMAIL}",
    "{AT} pls see {POSS} case {CASE}, he was super patient w/ the {AIR} IRROPS",
    "called back {N} on {PHONE} at {TIME} as promised, {WIN}",
    "{N} and {N2} on same PNR {PNR}, split booking so {N2} can fly {DATE}, no fee",
    "rail tkt {RAIL} for {N}, booking {BKG}, reissued after strike, seat {SEAT} coach {NUM}",
    "postcode {PC} was wrong on {POSS} billing addr so {CARD} kept failing, fixed, payment went through",
    "{COL} from {TEAM} 🙌 helped me with the {OTA} chargeback {CASE} for {FULL}",
    "passenger {CRM} travelling w/ service dog, SSR added on {PNR}, {AIR} approved",
    "guest {N} left phone in room, courier to {ADDR}, tracking {CASE}",
    "habibi {G} called 3x abt {FLT} delay, finally gave lounge pass, shukran {COL}",
    "bhai {G} ne bola flight change karo, done {PNR}, fare diff {AMT} paid by {CARD}",
    "mteja {N} wa {CITY} ameshukuru sana, bag found {APT}, tracing ref {CASE}",
    "a Sra. {G} ligou sobre reembolso {AMT}, cpf {NID}, resolvido com {COL}",
    "Frau {G} {PC} {CITY} - Umbuchung {FLT} erledigt, sehr zufrieden, ref {PNR}",
    "{N} dob {DOB}, ff {FF}, req to merge with old acct, approved by {COL}",
    "visa on arrival q from {N}, passport {PASS}, told to check {CTRY} embassy, cust appreciated",
    "{G} is a {TIER} member, comp upgrade {ROOM} at {HTL}, conf {HCONF}",
    "chat w/ {N}, shared link {URL} to verify identity, all good, {WIN}",
    "agent {COL} handled irate cx {N}, turned it around, got {AMT} goodwill approved",
    "{TN} {PHONE} - wants callback re group booking for {NUM} pax to {APT} {DATE}",
    "cust {G} typo in surname on {ETKT}, {AIR} allowed name correction, NID {NID} verified",
    "Sent e-tkt {ETKT} and itinerary to {EMAIL} for {N}, payment via {CARD}",
    "lease car {CAR} damage dispute for {N}, rental agr {RCONF}, waived after photos, {WIN}",
    "spoke w/ {N} re wheelchair at {APT}, WCHR added, contact {PHONE}",
    "{N} birthday {DOB} is today so {HTL} sent cake to {ROOM}, cx loved it",
    "{CRM} | {PNR} | refund {AMT} | {TEAM} | closed",
    "pax {N} seat {SEAT} broken recline on {FLT}, {AMT} miles to {FF}",
    "delivered delayed bag for {N} to {ADDR}, signed by guest, {WIN}",
    "{CAR} chauffeur pickup for {TN} from {ADDR} at {TIME}, driver on time, cx rated 5*",
]
NOPD_TEMPLATES = [
    "{AIR} {FLT} {APT}-{APT} delayed {NUM}h, rebooked pax via {TOOL}, {WIN}",
    "{TEAM} cleared the backlog before {TIME}, great teamwork {HUB} shift",
    "explained {FARE} rules vs {FARE}, cx chose upgrade for {AMT}, {WIN}",
    "{HTL} {ROOM} overbooked, walked guest to {HTL} at our cost, {WIN}",
    "{OTA} rate parity issue resolved, price matched at {AMT} per night",
    "baggage allowance {KG} on {AIR} {CAB}, cx thought it was {KG}, explained nicely, no complaint",
    "{CAR} {APT} counter had no {VEH}, upgraded to {VEH} free, {WIN}",
    "schedule change on {FLT} {DATE}, offered {FLT} or refund, cx took the earlier flight",
    "ok so {AIR} system down {MIN} mins, used manual reissue in {TOOL}, all good now",
    "{RAIL} strike {DATE}, moved everyone to next train, only {NUM} complaints",
    "{CRU} shore excursion refund {AMT} processed, {WIN}",
    "lounge access at {APT} {TERM} sold as add-on, {AMT}, first upsell this week!",
    "{TIER} status match explained, cx will apply online, {WIN}",
    "wifi voucher for {FLT} {AC} not working, refunded {AMT}",
    "gate changed to {GATE} at {APT}, informed via app push, no misconnects",
    "hotel in {HUB} asked abt late checkout {TIME}, approved by {HTL} duty mgr",
    "chat volume up {PCT} due to {AIR} IRROPS at {APT}, {TEAM} helped with overflow",
    "cx asked about {CTRY} visa rules, sent official link, {WIN}",
    "{OTA} app crash on payment page, workaround via desktop, raised with {TEAM}",
    "meal request VGML/AVML added, {AIR} {CAB}, no charge",
    "customer praised {HUB} team on Trustpilot, {NUM} stars mention of {TEAM}",
    "pet in cabin policy {AIR} max {KG}, cx ok w/ it",
    "group of {NUM} to {APT} on {DATE}, group desk quote {AMT}, sent to {TEAM}",
    "{FARE} to {FARE} fare diff {AMT}, waived under waiver code for {APT} weather",
    "seat {SEAT} on {AC} has no window lol, moved cx to {SEAT}, happy",
    "{CAR} one-way fee {APT} to {APT} {AMT}, waived as goodwill",
    "taxi from {APT} to hotel reimbursed {AMT} after {AIR} misconnect",
    "{HTL} pool closed for maint, offered spa credit {AMT}, {WIN}",
    "ETA {TIME} for delayed {FLT}, updated in {TOOL}, no further action",
    "AHT down to {MIN} min today on {TEAM} queue, QA score {PCT} improvement",
    "{CRU} port change {APT} due to weather, cx informed, {AMT} onboard credit",
    "yalla done, {AIR} refund queue cleared, mabrook {TEAM} team",
    "grabe ang dami ng calls sa {TEAM} today, pero {WIN}",
    "bahut achha feedback mila for {HTL} {HUB}, {WIN}",
    "todo bien con el cambio {FLT} {APT}-{APT}, {WIN}",
    "hakuna shida, {AIR} {FLT} to {APT} on time, cx relaxed",
    "mtg w/ {TEAM} at {TIME} re {OTA} commission, new SOP from {DATE}",
    "travel insurance claim via {OTA} form, {AMT} covered, {WIN}",
    "{APT} transit w/o visa ok for {CTRY} passport holders under {NUM}h, confirmed by {AIR}",
    "cx used {NUM} stopovers on {AIR} award, {AMT} tax only, happy",
    "rooms at {HTL} {HUB} sold out {DATE}, moved booking to {HTL}, {WIN}",
]


def _words(segs):
    return len("".join(t for t, _ in segs).split())


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    rng = random.Random(SEED)
    namer = Namer(frozenset(fold(w) for w in listed))
    cultures = list(CULTURES)
    kinds = [True] * 550 + [False] * 450  # True = has personal data
    rng.shuffle(kinds)
    notes: list[list[tuple[str, str]]] = []
    seen = set()
    for i, has_pd in enumerate(kinds):
        for _ in range(200):
            cul = cultures[(i + rng.randint(0, 1)) % len(cultures)]
            cust = namer.person(rng, cul)
            col = namer.person(rng)
            other = namer.person(rng, cul if rng.random() < 0.6 else None)
            other["cc"] = cust["cc"]
            ctx = Ctx(rng, namer, cust, col, other)
            tpl = rng.choice(PD_TEMPLATES if has_pd else NOPD_TEMPLATES)
            segs = render(ctx, tpl)
            if rng.random() < 0.28:
                segs = [(t.lower(), l) for t, l in segs]
            text = "".join(t for t, _ in segs)
            if "\n" in text or not 5 <= _words(segs) <= 45 or text in seen:
                continue
            seen.add(text)
            notes.append(segs)
            break
        else:
            raise RuntimeError("could not build note")
    return notes


def _selfcheck() -> None:
    sample = frozenset({"mohammed", "maria", "wang", "kim", "singh", "silva", "muller", "ivanov", "grace", "jose", "ali"})
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    texts = set()
    counts = {l: 0 for l in LABELS}
    lower = nopd = 0
    for segs in a:
        text = "".join(t for t, _ in segs)
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts
        texts.add(text)
        for t, l in segs:
            assert l in LABELS, l
            if l != "o":
                assert t == t.strip() and t, repr(t)
            if l == "name":
                for part in name_parts(t):
                    assert part not in sample, (part, text)
            counts[l] += 1
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in segs):
            nopd += 1
    print("notes:", len(a))
    for l in LABELS:
        print(f"  {l:9s} {counts[l]}")
    print(f"all-lower-case share: {lower / len(a):.3f}")
    print(f"no-personal-data share: {nopd / len(a):.3f}")
    print("templates with PD:", len(PD_TEMPLATES), "without:", len(NOPD_TEMPLATES))
    print("naming cultures (pools):", len(CULTURES))
    print("selfcheck OK")


if __name__ == "__main__":
    _selfcheck()
