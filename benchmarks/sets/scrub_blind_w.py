"""Blind evaluation set: gaming / software / streaming / electronics support chat notes."""
import random
import re
import unicodedata

SEED = 20240611
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
N_NOTES = 1000

# ---- NAME POOLS ----  (underscore = space inside one name)
_RAW = {
 "br": (
  "João Pedro Lucas Gabriel Matheus Rafael Gustavo Thiago Felipe Bruno Leonardo Rodrigo Diego Vinícius Caio "
  "Eduardo Guilherme Henrique Murilo Otávio Renan Wellington Anderson Cleiton Jefferson Adriano Márcio "
  "Reinaldo Davi Enzo Heitor Josué Valdir Edvaldo Gilmar",
  "Ana Juliana Fernanda Larissa Camila Beatriz Letícia Gabriela Amanda Bruna Jéssica Thaís Vitória Yasmin Luana "
  "Priscila Tatiane Aline Daniela Raquel Simone Cláudia Rayssa Kauane Débora Elaine Francisca Sabrina Isadora "
  "Helena Josiane Lucimara Rosângela Valdirene",
  "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida "
  "Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes "
  "Freitas Cardoso Teixeira Cavalcanti Araújo Bezerra Magalhães Brandão",
  "Juninho Zé Dudu Bia Nanda Gabi Tati Carol Rafa Gui Lulu Fefê"),
 "pl": (
  "Krzysztof Grzegorz Tomasz Paweł Michał Marcin Łukasz Piotr Bartosz Wojciech Jakub Mateusz Kamil Dawid Szymon "
  "Przemysław Zbigniew Mirosław Radosław Sławomir Jarosław Wiesław Bogdan Janusz Kacper Filip Maciej Adrian "
  "Damian Dariusz Leszek Ireneusz Bogusław Czesław",
  "Agnieszka Małgorzata Katarzyna Joanna Magdalena Aleksandra Monika Ewelina Dorota Beata Justyna Paulina "
  "Karolina Weronika Zuzanna Oliwia Natalia Grażyna Bożena Halina Jadwiga Urszula Renata Iwona Sylwia Marta "
  "Kinga Wioletta Edyta Żaneta Milena Bogumiła Genowefa",
  "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
  "Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawłowski Michalski Nowicki Adamczyk "
  "Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Stępień Górski Sikora "
  "Przybylski Szczepaniak Chmielewski",
  "Kasia Gosia Tomek Bartek Kuba Asia Ola Madzia Grzesiek Michałek Zbyszek Jacek"),
 "de": (
  "Jürgen Uwe Dieter Klaus Wolfgang Hans-Peter Karl-Heinz Matthias Tobias Florian Maximilian Lukas Jonas Leon "
  "Finn Niklas Sebastian Dominik Stefan Thorsten Holger Sven Dirk Jens Björn Malte Timo Hendrik Volker Rüdiger "
  "Gerhard Ulrich Bernd Torsten Detlef",
  "Ursula Gisela Brigitte Sabine Petra Monika Claudia Anja Katrin Silke Heike Nicole Stefanie Melanie Jana Lena "
  "Leonie Hannah Mia Emilia Johanna Franziska Lisa Annika Svenja Birgit Gudrun Waltraud Ines Carola Dörte "
  "Frauke Hiltrud Roswitha",
  "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein "
  "Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Lehmann "
  "Köhler Großmann Schwarzkopf Eichhorn Böhm Hübner Kaltenbrunner Vogelsang",
  "Steffi Basti Flo Jojo Micha Katti Uli Sanni Mali Benni"),
 "se": (
  "Lars Anders Johan Erik Karl Per Nils Mikael Björn Olof Gustav Axel Oskar Viktor Linus Emil Hugo Elias Albin "
  "Sixten Ture Ragnar Torbjörn Stig Göran Håkan Ulf Mats Sune Kjell Leif Sten Folke",
  "Anna Eva Karin Kristina Lena Ingrid Birgitta Margareta Elin Ebba Wilma Saga Alva Astrid Maja Linnéa Frida "
  "Tove Sigrid Agneta Gunilla Ulrika Solveig Märta Annika Malin Sanna Josefin Britt Majken Siv Inga",
  "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson "
  "Jansson Hansson Bengtsson Lindberg Lindström Lindqvist Lundgren Berglund Bergström Sandberg Forsberg Sjöberg "
  "Wallin Engström Holmberg Ekström Åkesson Lundqvist Nyström Hedlund Söderberg Fjällström",
  "Lasse Kalle Janne Nisse Lotta Pelle Micke Fia Bosse"),
 "ru": (
  "Aleksandr Dmitry Dmitriy Sergey Andrey Alexey Ivan Maksim Nikolai Vladimir Mikhail Yevgeny Artyom Kirill "
  "Denis Roman Oleg Igor Vadim Stanislav Vyacheslav Gennady Arkady Timofey Yaroslav Gleb Matvey Rostislav "
  "Boris Pavel Anatoly Konstantin Vsevolod",
  "Yekaterina Anastasia Olga Tatyana Natalya Irina Svetlana Yelena Marina Yulia Ksenia Darya Polina Alyona "
  "Viktoria Lyudmila Galina Valentina Nadezhda Vera Lyubov Zoya Inna Alla Oksana Kristina Vasilisa Varvara "
  "Ulyana Yevgenia Margarita Snezhana",
  "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev "
  "Lebedev Semenov Yegorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Zakharov Zaitsev Solovyov "
  "Borisov Yakovlev Grigoriev Romanov Vorobyov Sergeev Belousov Tikhonov",
  "Sasha Dima Seryozha Lyosha Vanya Natasha Katya Masha Nastya Zhenya Tolik Vovka"),
 "ua": (
  "Taras Bohdan Oleksandr Oleksiy Mykola Mykhailo Vasyl Yurii Andrii Serhii Dmytro Volodymyr Ostap Yaroslav "
  "Maksym Nazar Orest Roman Stepan Petro Ivan Hryhorii Vitalii Ihor Oleh Denys Artem Levko Zenovii Yevhen "
  "Marko Bohdan Myroslav",
  "Oksana Olena Nataliia Iryna Tetiana Yuliia Kateryna Khrystyna Solomiia Oleksandra Halyna Mariia Daryna "
  "Zlata Yaryna Bohdana Lesia Ulyana Nadiia Liudmyla Svitlana Viktoriia Anastasiia Sofiia Vira Zoriana "
  "Roksolana Myroslava Hanna Larysa Inna",
  "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Boiko Melnyk Kovalchuk Oliinyk Shevchuk Polishchuk "
  "Lysenko Marchenko Savchenko Rudenko Moroz Koval Tkachuk Kravets Ponomarenko Hnatiuk Zinchenko Petrenko "
  "Yaremchuk Pavlenko Levchenko Kharchenko Sydorenko Humeniuk Dovzhenko Karpenko Vlasenko Hrytsenko",
  "Sashko Tarasyk Oksanka Yurko Mykolka Levko Ivanko Halia"),
 "tr": (
  "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Volkan Oğuz Kerem Barış Cem Can Onur "
  "Ufuk Tolga Selim Yusuf Eren Berk Arda Kaan Efe Alper Batuhan Gökhan Tuncay Ertuğrul Doğukan",
  "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Gizem Tuğba Ebru Özlem Derya Sibel Gül Cansu Ece Defne "
  "İrem Yağmur Ceren Damla Pınar Nur Selin Aslı Songül Hülya Dilek Sevgi Berna",
  "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç "
  "Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Kaplan Tekin Bulut Güler Bozkurt Avcı Karaca Uçar Acar",
  "Memo Ayşem Gülüm Cano Bero Tuğçe"),
 "eg": (
  "Mohamed Ahmed Mahmoud Mostafa Ibrahim Hossam Karim Amr Tarek Sherif Hany Walid Ayman Khaled Osama Ashraf "
  "Hesham Wael Mina Girgis Ramy Sameh Tamer Yasser Shady Ehab Emad Bassem Magdy Reda Medhat Fathy Sayed",
  "Mona Nour Heba Dina Rania Aya Salma Yasmin Shaimaa Doaa Marwa Eman Rehab Ghada Nesma Reem Mai Hagar Basma "
  "Nermeen Sahar Samah Mariam Hend Amira Radwa Menna Nada Engy Fatma Shereen Hanan",
  "Abdelrahman ElSayed El-Sayed Hassan Mansour Fahmy Shehata Abdelaziz Ragab Soliman Abdallah Farouk Gamal "
  "Khalil Naguib Saad Tawfik Sabry Zaki Hegazy Ashour Lotfy Youssef Morsy Badawi Shawky Barakat Hamdy Wahba "
  "ElShazly Abdelfattah Salama Metwally",
  "Hamada Mido Zizo Tota Mimi Bosy Lolo Soso Hamo"),
 "sa": (
  "Abdullah Faisal Fahad Sultan Turki Bandar Nasser Saud Khalid Majed Mishal Nawaf Rayan Yazeed Abdulaziz Saad "
  "Talal Waleed Hamad Mansour Omar Ziyad Saleh Ibrahim Mohammed Meshari Thamer Muath Osama Rakan Hazem Badr",
  "Noura Sara Reem Lama Jawaher Haya Latifa Maha Hessa Sheikha Abeer Afnan Dana Ghadah Shahad Raghad Wejdan "
  "Hanan Joud Razan Lulwa Munira Arwa Bashayer Nouf Asma Taif Amal Hind Rawan Alanoud Hadeel",
  "Al-Otaibi Al-Qahtani Al-Ghamdi Al-Zahrani Al-Harbi Al-Shehri Al-Dosari Al-Mutairi Al-Anazi Al-Shammari "
  "Al-Subaie Al-Rashidi Al-Malki Al-Omari Al-Juhani Al-Balawi Al-Sudairi Al-Rasheed Al-Amri Al-Asmari Al-Yami "
  "Al-Hazmi Al-Qurashi Al-Hajri Al-Shahrani Al-Tamimi Al-Dossary Al-Khaldi Al-Mehmadi Al-Salem Alotaibi "
  "Alqahtani Alghamdi",
  "Abood Fofo Nono Dodi Hamoodi Sasa"),
 "kr": (
  "Min-jun Seo-jun Do-yun Ji-ho Ha-jun Joon-young Seung-woo Hyun-woo Jae-hyun Dong-hyun Sung-min Tae-yang "
  "Jin-woo Woo-jin Kyung-soo Sang-hoon Young-ho Jung-hoon Min-ho Ji-hoon Yong-jun Jae-won Chan-yeol Dae-sung "
  "Eun-woo Si-woo Ye-jun Joo-won Gun-woo Hyun-seok Minjun Jihoon",
  "Seo-yeon Ji-woo Ha-eun Min-seo Ji-yoo Seo-yun Su-ah Ji-min Yu-na Soo-jin Hye-jin Eun-ji Ji-eun Mi-kyung "
  "Young-hee Min-ji Da-eun Ye-eun Na-yeon Chae-won So-yeon Hyo-jin Bo-ra Seul-gi Yeon-woo Ga-eun Hae-won "
  "Jin-hee Eun-bi Su-bin Ha-neul Seoyeon",
  "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko Moon "
  "Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo",
  "Minnie Jay Jinnie Sunny Yoonie Kyu"),
 "jp": (
  "Haruto Yuto Sota Riku Hinata Kaito Takumi Ren Daiki Kenta Shota Yusuke Daisuke Takeshi Hiroshi Kazuki "
  "Ryota Shun Naoki Tatsuya Kohei Yuki Sho Kenji Masato Tomoya Haruki Koji Akira Satoshi Junpei Shinji",
  "Yui Aoi Sakura Hina Mio Rin Yuna Mei Haruka Misaki Ayaka Nanami Asuka Kaori Yoko Megumi Naomi Emi Chihiro "
  "Saki Mana Airi Kana Natsuki Miyu Rina Shiori Tomoko Keiko Noriko Akane Honoka",
  "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi "
  "Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Fujita Okada Goto "
  "Hasegawa Murakami Kondo Ishii Saito Sakamoto",
  "Taku Hiro Nana Yucchan Kenchan Mii"),
 "ph": (
  "Jose Juan Mark_Angelo John_Paul Jerome Rommel Reynaldo Rodel Arnel Jomar Jhun Dindo Ronaldo Eduardo "
  "Ferdinand Carlo Marvin Jayson Kristoffer Rafael Ramon Emmanuel Danilo Rogelio Efren Jericho Aldrin Jomari "
  "Jhonrey Rodrigo Ariel Noel",
  "Maricel Rowena Lovely Princess Cherry Mary_Grace Jocelyn Marites Rosalie Analyn Rhea Jonalyn Kristine_Joy "
  "Lorna Divina Teresita Imelda Cristina Rachelle Ma._Luisa Jhoanna Shiela Aiza Kathryn Angelica Camille Trixie "
  "Bea Marife Leilani Precious Mylene",
  "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Castro "
  "Rivera Aquino Navarro Salazar Mercado Dela_Cruz De_Leon Santiago Soriano Lacson Macaraeg Dimaculangan "
  "Magsaysay Pangilinan Manalo Gatchalian Dizon Panganiban Buenaventura Cabrera Tolentino",
  "Jun Bong Nonoy Inday Nene Dodong Jojo Tintin Bebe Jun-Jun"),
 "id": (
  "Budi Agus Bambang Joko Eko Dwi Adi Rizky Fajar Dimas Arief Hendra Yudi Wahyu Teguh Andi Bayu Iwan Rudi "
  "Slamet Sugeng Hadi Putra Gilang Ilham Reza Rangga Aditya Bagus Yoga Satria Wisnu",
  "Siti Dewi Sri Ayu Putri Indah Rina Fitri Wulan Ratna Lestari Nur Intan Kartika Anisa Dian Novi Yuni Maya "
  "Citra Nurul Rahmawati Kurniasih Fransiska Melati Bunga Sekar Tiara Ratih Puspita Endah Wati",
  "Santoso Wijaya Hidayat Saputra Kusuma Pratama Setiawan Gunawan Susanto Halim Tanoto Siregar Nasution "
  "Simanjuntak Harahap Lubis Sitompul Pangaribuan Wibowo Hartono Sutanto Kurniawan Suryadi Purnomo Nugroho "
  "Rahman Firmansyah Prasetyo Utomo Hakim Sembiring Ginting",
  "Ucok Yanto Tono Neng Ujang Butet Iin"),
 "th": (
  "Somchai Somsak Prasert Anan Chaiyaphon Kittisak Nattapong Thanawat Wichai Sakda Surachai Narong Apichat "
  "Pongsakorn Teerapat Worawit Chatchai Kriangsak Preecha Phichit Thanakorn Supachai Weerapong Jakkrit Boonmee "
  "Sombat Kasem Tanawat Pakorn Thawatchai Sarawut Nopparat",
  "Siriporn Malee Suda Kanya Pimchanok Nattaya Ratana Wipawee Orathai Kulap Pornthip Chanida Sasithorn "
  "Supaporn Arunee Duangjai Jintana Kanokwan Thidarat Warunee Nongnuch Chutima Pranee Sukanya Rattana Wilai "
  "Phimphaka Kamonwan Achara Busaba Sirinya Benjamas",
  "Saetang Srisuk Chaiyaporn Wongsawat Rattanakorn Thongchai Boonyarit Suwannarat Charoenpol Kittikhun "
  "Phongphan Sukprasert Jantarasuk Sombatphun Intharasuk Kaewmanee Chaiwong Boonsong Saelim Sangthong "
  "Limthong Nakpradit Srisawat Prasertsak Wongchai Phromma Sirikul Yimyam Thanomsak Pholsri Saengthong",
  "Ploy Nok Bee Ton Ning Aom Golf Beer Mint Bank Pond Fon Toon Nut Gift"),
 "vn": (
  "Minh Tuấn Hùng Dũng Quang Huy Khánh Long Nam Phúc Thắng Hải Đức Hoàng Trung Sơn Toàn Việt Bảo Khoa Thành "
  "Vinh Lộc Hiếu Tài Nhân Cường Duy Phong Quân Đạt",
  "Lan Hương Mai Linh Ngọc Thảo Trang Huyền Phương Hà Thu Nhung Hạnh Yến Vy Nhi Ánh Châu Diệp Quỳnh Uyên Thủy "
  "Hằng Tuyết Oanh Loan Nga Trinh Giang Kim My",
  "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Trịnh Lương Mai Tạ Cao "
  "Lưu Châu Tô La Thái Quách Văn Triệu Kiều",
  "Bé Tí Tèo Bin Su Bông Cún Mít"),
 "mx": (
  "José_Luis Juan_Carlos Miguel_Ángel Jesús Alejandro Francisco Javier Fernando Ricardo Arturo Héctor Raúl "
  "Sergio Jorge Rogelio Armando Gerardo Ulises Octavio Emiliano Santiago Mateo Leonel Rigoberto Joaquín "
  "Efraín Abraham Humberto Isidro Cuauhtémoc Benito Gael",
  "Guadalupe María_José Ximena Valeria Fernanda Daniela Mariana Alejandra Gabriela Patricia Verónica Leticia "
  "Rocío Araceli Yolanda Brenda Karla Itzel Citlali Nayeli Dulce Esmeralda Paloma Marisol Elvira Socorro "
  "Rosario Xóchitl Montserrat Renata Regina",
  "Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez Morales Vázquez "
  "Reyes Jiménez Torres Díaz Gutiérrez Ruiz Mendoza Aguilar Ortiz Moreno Castillo Romero Álvarez Méndez "
  "Chávez Juárez Domínguez Herrera Medina Castañeda Zúñiga Villalobos Arellano",
  "Lupita Lupe Chuy Paco Pepe Nacho Lalo Chava Lulú Memo"),
 "ar": (
  "Matías Santiago Facundo Nicolás Agustín Tomás Lautaro Franco Joaquín Ezequiel Gonzalo Federico Leandro "
  "Maximiliano Julián Ignacio Martín Emiliano Pablo Hernán Gastón Sebastián Damián Cristian Marcelo Germán "
  "Diego Rodrigo Bautista Thiago Mariano Esteban",
  "Sofía Valentina Martina Camila Lucía Florencia Agustina Micaela Milagros Rocío Julieta Antonella Belén "
  "Carolina Luciana Romina Daiana Jimena Celeste Brenda Abril Candela Catalina Delfina Guadalupe Malena Pilar "
  "Solange Noelia Vanina Yanina Marisa",
  "González Rodríguez Gómez Fernández López Díaz Martínez Pérez García Sánchez Romero Sosa Álvarez Torres Ruiz "
  "Ramírez Flores Acosta Benítez Medina Herrera Suárez Aguirre Giménez Gutiérrez Pereyra Rossi Ferrari Russo "
  "Bianchi Romano Colombo Ricci Lombardi Quiroga Ojeda",
  "Facu Agus Nico Tincho Flor Juli Maxi Fede Cami Pato"),
 "us": (
  "James Michael Robert David William Christopher Joshua Tyler Brandon Justin Austin Kevin Kyle Cody Dustin "
  "Travis Brett Chase Hunter Logan Mason Colton Bryce Jaxon Tanner Garrett Wyatt Darnell DeShawn Tyrone Marcus "
  "Trevor Zachary",
  "Jennifer Jessica Ashley Brittany Amanda Stephanie Megan Heather Lauren Kayla Madison Taylor Hailey Brooke "
  "Savannah Kaitlyn Destiny Aaliyah Jasmine Shaniqua Tiffany Crystal Amber Kelsey Courtney Whitney Paisley "
  "Harper Avery Mackenzie Raelynn Brianna",
  "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson "
  "White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter "
  "Mitchell Turner Parker Collins",
  "Mike Bobby Chris Josh Jen Jess Ash Katie Bri Zach Deshawn_aka_Shawn"),
 "gb": (
  "Oliver Harry George Jack Charlie Alfie Freddie Archie Oscar Theo Callum Connor Liam Declan Rhys Owen Gareth "
  "Dylan Jamie Ross Craig Euan Fraser Niall Rory Angus Alistair Nigel Clive Graham Barry Trevor Dean Kieran",
  "Olivia Amelia Isla Poppy Ava Emily Sophie Chloe Charlotte Jessica Lucy Ellie Freya Imogen Rosie Abigail "
  "Bethany Gemma Kirsty Siobhan Niamh Ffion Carys Eilidh Morag Hayley Stacey Leanne Karen Tracey Jodie Zoe",
  "Smith Jones Williams Taylor Davies Evans Thomas Roberts Walker Wright Robinson Thompson Hughes Edwards Green "
  "Lewis Wood Harris Clarke Jackson Turner Hill Cooper Ward Morgan Baker Patel Khan Griffiths Lloyd Pritchard "
  "Campbell MacDonald Fletcher Ashworth Whitfield Pemberton Barlow",
  "Gaz Baz Shaz Lou Jonno Kev Bex Fliss Robbo"),
 "ng": (
  "Chinedu Emeka Obinna Chukwuemeka Ikenna Tunde Babatunde Oluwaseun Segun Femi Ayodele Kunle Adewale Olamide "
  "Tobi Damilare Musa Ibrahim Abubakar Usman Sani Yusuf Aminu Uchenna Chidi Nnamdi Kelechi Ifeanyi Somto Efe "
  "Osagie Ehis Godspower",
  "Ngozi Chioma Adaeze Amaka Nneka Ifeoma Chiamaka Ebere Uchechi Folake Funmilayo Yetunde Bukola Titilayo "
  "Omolara Adunni Temitope Damilola Aisha Hadiza Zainab Halima Fatima Amina Blessing Precious Favour Chinonso "
  "Ese Osas Oghenekaro Kemi Ronke",
  "Okafor Okonkwo Nwosu Eze Obi Chukwu Nwachukwu Okeke Onyeka Adeyemi Adebayo Ogunleye Oladipo Afolabi Balogun "
  "Bakare Olawale Adeleke Ajayi Ogunbiyi Abubakar Bello Danjuma Musa Lawal Garba Aliyu Ibekwe Uzor Anyanwu "
  "Oyelaran Igwe Ekwueme Idowu Akinola",
  "Emy Seun Ada Chi Nkem Tolu Bisi Tobi Dami"),
}
_RAW["us"] = _RAW["us"][:3] + ("Mike Bobby Chris Josh Jen Jess Ash Katie Bri Zach",)

CULTURES = tuple(_RAW)
NAMES = {c: {k: list(dict.fromkeys(x.replace("_", " ") for x in v.split()))
             for k, v in zip(("m", "f", "fam", "nick"), t)}
         for c, t in _RAW.items()}
PATRONYMIC = {
    "ru": ("Ivanovich Sergeyevich Aleksandrovich Dmitrievich Nikolaevich Petrovich Mikhailovich Vladimirovich "
           "Borisovich Olegovich Igorevich Andreyevich".split(),
           "Ivanovna Sergeyevna Aleksandrovna Dmitrievna Nikolaevna Petrovna Mikhailovna Vladimirovna "
           "Borisovna Olegovna Igorevna Andreyevna".split()),
    "ua": ("Ivanovych Petrovych Mykolaiovych Vasylovych Tarasovych Stepanovych Bohdanovych Serhiiovych "
           "Andriiovych Yuriiovych".split(),
           "Ivanivna Petrivna Mykolaivna Vasylivna Tarasivna Stepanivna Bohdanivna Serhiivna Andriivna "
           "Yuriivna".split()),
}
VN_MIDDLE = {"m": "Văn Đức Minh Quốc Hữu Thanh".split(), "f": "Thị Ngọc Thanh Thu Kim Mỹ".split()}

TITLES = {  # (before, after)
    "br": (["Sr.", "Sra.", "Dona", "Seu", "Dr."], []), "pl": (["Pan", "Pani", "p.", "Dr"], []),
    "de": (["Herr", "Frau", "Hr.", "Fr.", "Dr."], []), "se": (["Dr."], []),
    "ru": (["Mr", "Ms", "g-n", "g-zha"], []), "ua": (["pan", "pani", "Mr"], []),
    "tr": (["Sn.", "Dr."], ["Bey", "Hanım", "Hanim", "hocam"]), "eg": (["Ustaz", "Ostaz", "Mr", "Dr."], ["Pasha", "Basha"]),
    "sa": (["Sheikh", "Mr.", "Ms.", "Eng."], []), "kr": (["Mr.", "Ms."], ["ssi", "nim"]),
    "jp": (["Mr.", "Ms."], ["-san", "-sama", "san"]), "ph": (["Ate", "Kuya", "Sir", "Ma'am", "Mr."], []),
    "id": (["Pak", "Bu", "Kak", "Mas", "Mbak"], []), "th": (["Khun", "K.", "P'"], []),
    "vn": (["anh", "chị", "Mr.", "Ms."], []), "mx": (["Sr.", "Sra.", "Srta.", "Don", "Doña", "Lic.", "Ing."], []),
    "ar": (["Sr.", "Sra.", "Dr."], []), "us": (["Mr.", "Mrs.", "Ms.", "Dr."], []),
    "gb": (["Mr", "Mrs", "Ms", "Miss", "Dr"], []), "ng": (["Mr", "Mrs", "Chief", "Aunty", "Oga", "Madam"], []),
}
EMAIL_DOM = {
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.com"], "pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"], "se": ["telia.com", "gmail.com", "hotmail.se", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "gmail.com", "list.ru"], "ua": ["ukr.net", "i.ua", "gmail.com", "meta.ua"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"], "eg": ["gmail.com", "yahoo.com", "hotmail.com"],
    "sa": ["gmail.com", "hotmail.com", "outlook.sa", "icloud.com"], "kr": ["naver.com", "daum.net", "kakao.com", "gmail.com"],
    "jp": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com", "ezweb.ne.jp"], "ph": ["gmail.com", "yahoo.com.ph", "yahoo.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"], "th": ["gmail.com", "hotmail.co.th", "hotmail.com"],
    "vn": ["gmail.com", "yahoo.com.vn", "outlook.com"], "mx": ["hotmail.com", "gmail.com", "prodigy.net.mx", "live.com.mx"],
    "ar": ["hotmail.com.ar", "gmail.com", "yahoo.com.ar", "fibertel.com.ar"], "us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com"],
    "gb": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com", "outlook.com"], "ng": ["gmail.com", "yahoo.com", "outlook.com"],
}
H_ADJ = "dark shadow silent crazy lazy toxic frosty epic salty mighty night pixel turbo lucky sneaky cosmic neon rogue tiny grumpy".split()
H_NOUN = "wolf ninja sniper panda dragon knight reaper ghost potato gamer noob tiger falcon viper kitsune samurai goat bunny slayer wizard".split()
_SYL = {"a": "ka lo mi ra se tu na vi do re za ki mu pa le jo".split()}


def _leet(w, r):
    tr = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
    return "".join(tr[c] if c in tr and r.random() < 0.5 else c for c in w)


def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _luhn(prefix, length, r):
    nums = prefix + _d(r, length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(nums)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        tot += v
    return nums + str((10 - tot % 10) % 10)


class Gen:
    def __init__(self, rng, listed):
        self.r = rng
        self.listed = listed
        self.pool = {}
        for c in CULTURES:
            for k, v in NAMES[c].items():
                self.pool[(c, k)] = [n for n in v if self.ok(n)]

    def ok(self, name):
        return all(_fold(p) not in self.listed for p in _parts(name))

    def synth(self):
        while True:
            n = "".join(self.r.choice(_SYL["a"]) for _ in range(self.r.randint(2, 3))).capitalize()
            if self.ok(n):
                return n

    def pick(self, c, k):
        for kk in (k, {"m": "f", "f": "m", "nick": "m", "fam": "fam"}[k]):
            if self.pool[(c, kk)]:
                return self.r.choice(self.pool[(c, kk)])
        others = [x for x in CULTURES if self.pool[(x, k)]]
        return self.r.choice(self.pool[(self.r.choice(others), k)]) if others else self.synth()

    # ---- people ----
    def person(self, c, sex=None):
        r = self.r
        sex = sex or r.choice("mf")
        g, fam = self.pick(c, sex), self.pick(c, "fam")
        if c == "ru" and sex == "f" and fam.endswith(("ov", "ev", "in")):
            fam += "a"
        if c == "pl" and sex == "f" and fam.endswith("ki"):
            fam = fam[:-1] + "a"
        if not self.ok(fam):
            fam = self.pick(c, "fam")
        return {"c": c, "sex": sex, "given": g, "fam": fam, "nick": self.pick(c, "nick")}

    def full(self, p):
        n = self._full(p)
        return n if self.ok(n) else f"{p['given']} {p['fam']}"

    def _full(self, p):
        c, r = p["c"], self.r
        if c in ("kr", "vn") or (c == "jp" and r.random() < 0.5):
            if c == "vn" and r.random() < 0.6:
                mid = r.choice(VN_MIDDLE[p["sex"]])
                return f"{p['fam']} {mid} {p['given']}" if self.ok(mid) else f"{p['fam']} {p['given']}"
            return f"{p['fam']} {p['given']}"
        if c in PATRONYMIC and r.random() < 0.35:
            pat = r.choice(PATRONYMIC[c][0 if p["sex"] == "m" else 1])
            if self.ok(pat):
                return f"{p['given']} {pat} {p['fam']}"
        if c in ("br", "mx", "ar") and r.random() < 0.35:
            return f"{p['given']} {p['fam']} {self.pick(c, 'fam')}"
        if c == "br" and r.random() < 0.3:
            return f"{p['given']} {r.choice(['da', 'dos', 'de'])} {p['fam']}"
        if c == "sa" and r.random() < 0.4:
            return f"{p['given']} bin {self.pick(c, 'm')} {p['fam']}"
        if c == "eg" and r.random() < 0.5:
            return f"{p['given']} {self.pick(c, 'm')} {p['fam']}"
        return f"{p['given']} {p['fam']}"

    def handle(self, p=None):
        r = self.r
        k = r.randint(0, 7)
        base = (p["nick"] if r.random() < 0.4 else p["given"]).split()[0] if p else None
        if base and k < 4:
            b = _fold(base).replace("-", "")
            return r.choice([f"{b}_{r.choice(H_NOUN)}{_d(r, 2)}", f"{b}.plays", f"ttv_{b}{_d(r, 3)}",
                             f"{b}{r.choice(['gg', 'xd', '_br', 'pl', '777', 'yt'])}", f"x{b}x{_d(r, 2)}"])
        a, n = r.choice(H_ADJ), r.choice(H_NOUN)
        return r.choice([f"xX_{_leet(a, r).capitalize()}{n.capitalize()}_Xx", f"{a.capitalize()}{n.capitalize()}{_d(r, r.randint(2, 4))}",
                         f"{_leet(a + n, r)}{_d(r, 2)}", f"{a}_{n}_{_d(r, 3)}", f"{a.capitalize()}{n.capitalize()}#{_d(r, 4)}",
                         f"{n.capitalize()}{r.choice(['Main', 'Slayer', 'Lord', 'King'])}{_d(r, 2)}"])

    def email(self, p):
        r = self.r
        g, f = _fold(p["given"].split()[0]).replace("-", ""), _fold(p["fam"].split()[-1]).replace("-", "")
        local = r.choice([f"{g}.{f}", f"{g}{f[:1]}{_d(r, 2)}", f"{g}_{f}{_d(r, 4)}", f"{f}.{g}", self.handle(p).replace("#", "").lower(),
                          f"{g}{_d(r, 4)}"])
        return f"{local}@{r.choice(EMAIL_DOM[p['c']])}"

    # ---- local formats ----
    def phone(self, c):
        r, d = self.r, lambda n: _d(self.r, n)
        f = {
            "br": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"119{d(8)}", f"(31) 9 {d(4)}-{d(4)}"],
            "pl": [f"+48 5{d(2)} {d(3)} {d(3)}", f"6{d(2)}-{d(3)}-{d(3)}", f"7{d(8)}"],
            "de": [f"+49 151 {d(8)}", f"0171 {d(3)} {d(4)}", f"030 {d(8)}", f"0176/{d(8)}"],
            "se": [f"+46 70 {d(3)} {d(2)} {d(2)}", f"073-{d(3)} {d(2)} {d(2)}", f"07{d(8)}"],
            "ru": [f"+7 916 {d(3)}-{d(2)}-{d(2)}", f"8 (925) {d(3)}-{d(2)}-{d(2)}", f"8903{d(7)}"],
            "ua": [f"+380 67 {d(3)} {d(4)}", f"050 {d(3)} {d(2)} {d(2)}", f"+38093{d(7)}"],
            "tr": [f"+90 532 {d(3)} {d(2)} {d(2)}", f"0544 {d(3)} {d(2)} {d(2)}", f"0505{d(7)}"],
            "eg": [f"+20 10 {d(4)} {d(4)}", f"0122{d(7)}", f"0111 {d(3)} {d(4)}"],
            "sa": [f"+966 50 {d(3)} {d(4)}", f"055 {d(3)} {d(4)}", f"05{d(8)}"],
            "kr": [f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"010{d(8)}"],
            "jp": [f"090-{d(4)}-{d(4)}", f"+81 80-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}"],
            "ph": [f"0917 {d(3)} {d(4)}", f"+63 918 {d(3)} {d(4)}", f"0995{d(7)}"],
            "id": [f"0812-{d(4)}-{d(4)}", f"+62 813 {d(4)} {d(4)}", f"0857{d(8)}"],
            "th": [f"081-{d(3)}-{d(4)}", f"+66 89 {d(3)} {d(4)}", f"09{d(8)}"],
            "vn": [f"090 {d(3)} {d(4)}", f"+84 91 {d(3)} {d(4)}", f"098{d(7)}"],
            "mx": [f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"],
            "ar": [f"11 15-{d(4)}-{d(4)}", f"+54 9 11 {d(4)}-{d(4)}", f"(0351) 15-{d(3)}-{d(4)}"],
            "us": [f"({r.randint(201, 989)}) {d(3)}-{d(4)}", f"+1 {r.randint(201, 989)} {d(3)} {d(4)}", f"{r.randint(201, 989)}-{d(3)}-{d(4)}"],
            "gb": [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"020 {d(4)} {d(4)}"],
            "ng": [f"0803 {d(3)} {d(4)}", f"+234 806 {d(3)} {d(4)}", f"0816{d(7)}"],
        }[c]
        return r.choice(f)

    def postcode(self, c):
        r, d = self.r, lambda n: _d(self.r, n)
        L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(n))
        return {
            "br": f"{d(5)}-{d(3)}", "pl": f"{d(2)}-{d(3)}", "de": f"{r.randint(10, 99)}{d(3)}", "se": f"{r.randint(100, 984)} {d(2)}",
            "ru": f"1{d(5)}", "ua": f"0{d(4)}", "tr": f"34{d(3)}", "eg": f"1{d(4)}", "sa": f"1{d(4)}", "kr": f"0{d(4)}",
            "jp": f"{d(3)}-{d(4)}", "ph": f"1{d(3)}", "id": f"1{d(4)}", "th": f"10{d(3)}", "vn": f"70{d(4)}",
            "mx": f"0{d(4)}", "ar": f"C1{d(3)}{L(3)}", "us": r.choice([f"{d(5)}", f"{d(5)}-{d(4)}"]),
            "gb": r.choice([f"{L(2)}{r.randint(1, 20)} {d(1)}{L(2)}", f"{L(1)}{r.randint(1, 9)} {d(1)}{L(2)}", f"SW1A {d(1)}AA"]),
            "ng": f"1{d(5)}",
        }[c]

    def address(self, c):
        """Returns segments: street address, then city (~) and postcode in local order."""
        r = self.r
        n = r.randint(1, 250)
        pc = self.postcode(c)
        A = {
            "br": ([f"Rua {r.choice(['Augusta', 'das Flores', 'Oscar Freire', 'Haddock Lobo', 'XV de Novembro'])}, {n}, apto {r.randint(11, 1204)}",
                    f"Av. {r.choice(['Paulista', 'Brasil', 'Atlântica'])} {n} bloco B ap {r.randint(11, 99)}"], ["São Paulo", "Rio de Janeiro", "Curitiba", "BH"], "a-p"),
            "pl": ([f"ul. {r.choice(['Marszałkowska', 'Piotrkowska', 'Długa', 'Floriańska', 'Mickiewicza'])} {n}/{r.randint(1, 60)}",
                    f"os. {r.choice(['Tysiąclecia', 'Słoneczne'])} {n} m. {r.randint(1, 80)}"], ["Warszawa", "Łódź", "Kraków", "Gdańsk"], "a-pc"),
            "de": ([f"{r.choice(['Hauptstraße', 'Bahnhofstr.', 'Lindenallee', 'Goethestraße', 'Am Markt'])} {n}{r.choice(['', 'a', 'b'])}"],
                   ["Berlin", "München", "Köln", "Hamburg", "Leipzig"], "a-pc"),
            "se": ([f"{r.choice(['Drottninggatan', 'Storgatan', 'Kungsgatan', 'Vasagatan'])} {n}, lgh {r.randint(1001, 1404)}"],
                   ["Stockholm", "Göteborg", "Malmö", "Uppsala"], "a-pc"),
            "ru": ([f"ul. {r.choice(['Tverskaya', 'Lenina', 'Sadovaya', 'Profsoyuznaya'])}, d. {n}, kv. {r.randint(1, 300)}",
                    f"pr-t Mira, d. {n}, korp. 2, kv. {r.randint(1, 300)}"], ["Moskva", "Sankt-Peterburg", "Kazan", "Novosibirsk"], "p-c-a"),
            "ua": ([f"vul. {r.choice(['Khreshchatyk', 'Sumska', 'Deribasivska', 'Shevchenka'])}, {n}, kv. {r.randint(1, 200)}"],
                   ["Kyiv", "Lviv", "Kharkiv", "Odesa"], "a-cp"),
            "tr": ([f"{r.choice(['Caferağa', 'Bağdat', 'Atatürk', 'Cumhuriyet'])} Mah. {r.choice(['Moda', 'İnönü', 'Gazi'])} Cad. No:{n} D:{r.randint(1, 30)}",
                    f"{r.choice(['Barbaros', 'Ihlamur'])} Sk. No: {n}/{r.randint(1, 20)}"], ["Kadıköy/İstanbul", "Ankara", "İzmir", "Beşiktaş"], "a-pc"),
            "eg": ([f"{n} {r.choice(['El Tahrir St', 'Shehab St', 'Abbas El Akkad St', 'Gameat El Dowal'])}, apt {r.randint(1, 40)}",
                    f"Bldg {n}, {r.choice(['El Nasr St', 'Makram Ebeid'])}, floor {r.randint(1, 12)}"], ["Nasr City", "Giza", "Cairo", "Alexandria"], "a-cp"),
            "sa": ([f"Bldg {r.randint(1000, 9999)}, {r.choice(['King Fahd Rd', 'Olaya St', 'Prince Sultan St', 'Tahlia St'])}, Al {r.choice(['Olaya', 'Malqa', 'Rawdah', 'Nuzha'])} Dist.",
                    f"{r.randint(1000, 9999)} {r.choice(['Al Imam Saud', 'Anas Ibn Malik'])} Rd, unit {r.randint(1, 40)}"], ["Riyadh", "Jeddah", "Dammam"], "a-cp"),
            "kr": ([f"{n} {r.choice(['Teheran-ro', 'Gangnam-daero', 'Sejong-daero', 'Hongik-ro'])}, {r.choice(['Gangnam-gu', 'Mapo-gu', 'Jung-gu'])}, apt {r.randint(101, 1504)}"],
                   ["Seoul", "Busan", "Incheon"], "a-cp"),
            "jp": ([f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Jingumae', 'Shibuya', 'Nishi-Shinjuku', 'Umeda'])}, {r.choice(['Shibuya-ku', 'Shinjuku-ku', 'Kita-ku'])} #{r.randint(101, 905)}"],
                   ["Tokyo", "Osaka", "Yokohama"], "a-cp"),
            "ph": ([f"Unit {r.randint(1, 30)}{r.choice('ABCD')}, {n} {r.choice(['Ayala Ave', 'Katipunan Ave', 'Mabini St'])}, Brgy. {r.choice(['San Lorenzo', 'Loyola Heights', 'Poblacion'])}",
                    f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)} Phase {r.randint(1, 5)}, {r.choice(['Camella Homes', 'Villa Verde Subd.'])}"], ["Makati City", "Quezon City", "Cebu City", "Pasig"], "a-cp"),
            "id": ([f"Jl. {r.choice(['Sudirman', 'Gatot Subroto', 'Melati', 'Kebon Jeruk Raya'])} No. {n}, RT {r.randint(1, 15):02d}/RW {r.randint(1, 12):02d}",
                    f"Perum {r.choice(['Griya Asri', 'Taman Indah'])} Blok C{r.randint(1, 20)} No. {n}"], ["Jakarta Selatan", "Bandung", "Surabaya", "Bekasi"], "a-cp"),
            "th": ([f"{n}/{r.randint(1, 99)} Moo {r.randint(1, 12)}, Soi Sukhumvit {r.randint(1, 101)}, {r.choice(['Khlong Toei', 'Watthana', 'Bang Na'])}",
                    f"{n} {r.choice(['Ratchadaphisek Rd', 'Phahonyothin Rd'])}, Condo {r.choice(['Lumpini', 'Ideo'])} room {r.randint(101, 3020)}"], ["Bangkok", "Chiang Mai", "Nonthaburi"], "a-cp"),
            "vn": ([f"{n} {r.choice(['Nguyễn Huệ', 'Lê Lợi', 'Hai Bà Trưng', 'Trần Hưng Đạo'])}, Phường {r.randint(1, 15)}, Quận {r.randint(1, 12)}",
                    f"Số {n} ngõ {r.randint(1, 200)} {r.choice(['Xuân Thủy', 'Cầu Giấy'])}"], ["TP.HCM", "Hà Nội", "Đà Nẵng"], "a-c"),
            "mx": ([f"Av. {r.choice(['Insurgentes Sur', 'Reforma', 'Revolución'])} {n} int. {r.randint(1, 30)}, Col. {r.choice(['Roma Norte', 'Del Valle', 'Narvarte'])}",
                    f"Calle {r.choice(['Morelos', 'Hidalgo', 'Juárez'])} #{n}, Col. Centro"], ["CDMX", "Guadalajara", "Monterrey", "Puebla"], "a-Cpc"),
            "ar": ([f"Av. {r.choice(['Corrientes', 'Santa Fe', 'Rivadavia', 'Cabildo'])} {r.randint(100, 5999)}, {r.randint(1, 15)}° {r.choice('ABCD')}",
                    f"{r.choice(['Thames', 'Gorriti', 'Humboldt'])} {r.randint(100, 2999)} PB {r.randint(1, 4)}"], ["CABA", "Córdoba", "Rosario", "La Plata"], "a-pc"),
            "us": ([f"{r.randint(100, 9999)} {r.choice(['Maple St', 'Oak Ave', 'Sunset Blvd', 'W 34th St', 'Elm Dr'])} {r.choice(['Apt 4B', 'Unit 12', '#305', ''])}".strip(),
                    f"PO Box {r.randint(100, 99999)}"], ["Austin, TX", "Columbus, OH", "Fresno, CA", "Tampa, FL"], "a-cp"),
            "gb": ([f"Flat {r.randint(1, 40)}, {n} {r.choice(['Kingsley Road', 'Station Rd', 'Victoria Street', 'Church Lane'])}",
                    f"{n} {r.choice(['Mill Lane', 'Park Avenue', 'The Crescent'])}"], ["Leeds", "Manchester", "Bristol", "Glasgow"], "a-cp"),
            "ng": ([f"{n} {r.choice(['Adeola Odeku St', 'Allen Avenue', 'Awolowo Rd', 'Admiralty Way'])}, {r.choice(['Victoria Island', 'Ikeja', 'Lekki Phase 1', 'Ikoyi'])}",
                    f"Plot {n}, {r.choice(['Aminu Kano Crescent', 'Ademola Adetokunbo St'])}, Wuse 2"], ["Lagos", "Abuja", "Port Harcourt"], "a-cp"),
        }[c]
        street, city, order = r.choice(A[0]), r.choice(A[1]), A[2]
        if order == "a-p":
            return [(street, "address"), (" - ", "o"), (city, "~"), (", CEP ", "o"), (pc, "postcode")]
        if order == "a-pc":
            return [(street, "address"), (", ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
        if order == "p-c-a":
            return [(pc, "postcode"), (", ", "o"), (city, "~"), (", ", "o"), (street, "address")]
        if order == "a-c":
            return [(street, "address"), (", ", "o"), (city, "~")]
        if order == "a-Cpc":
            return [(street, "address"), (", C.P. ", "o"), (pc, "postcode"), (", ", "o"), (city, "~")]
        return [(street, "address"), (", ", "o"), (city, "~"), (" ", "o"), (pc, "postcode")]

    def natid(self, c):
        r, d = self.r, lambda n: _d(self.r, n)
        return {
            "br": ("CPF", f"{d(3)}.{d(3)}.{d(3)}-{d(2)}"), "pl": ("PESEL", f"{d(11)}"), "de": ("Ausweisnr.", f"L{d(2)}X{d(5)}"),
            "se": ("personnr", f"{r.randint(60, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{d(4)}"), "ru": ("passport", f"{d(2)} {d(2)} {d(6)}"),
            "ua": ("ID card", f"00{d(7)}"), "tr": ("TC kimlik", f"{r.randint(1, 9)}{d(10)}"), "eg": ("national ID", f"{r.choice('23')}{d(13)}"),
            "sa": ("iqama", f"2{d(9)}"), "kr": ("RRN", f"{r.randint(70, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.choice('12')}******"),
            "jp": ("My Number", f"{d(4)} {d(4)} {d(4)}"), "ph": ("PhilSys", f"{d(4)}-{d(4)}-{d(4)}-{d(4)}"), "id": ("NIK", f"3{d(15)}"),
            "th": ("citizen ID", f"1-{d(4)}-{d(5)}-{d(2)}-{d(1)}"), "vn": ("CCCD", f"0{d(11)}"), "mx": ("CURP", f"{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(4))}{d(6)}H{r.choice(['DF', 'JC', 'NL'])}{''.join(r.choice('BCDFGHJKLMNPRSTVXZ') for _ in range(3))}0{d(1)}"),
            "ar": ("DNI", f"{r.randint(20, 45)}.{d(3)}.{d(3)}"), "us": ("SSN last4", d(4)), "gb": ("NI no", f"{r.choice(['QQ', 'AB', 'JT', 'NH'])} {d(2)} {d(2)} {d(2)} {r.choice('ABCD')}"),
            "ng": ("NIN", d(11)),
        }[c]

    def ref(self, kind=None):
        r, d = self.r, lambda n: _d(self.r, n)
        U = lambda n: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))
        opts = {
            "order": [f"#{d(3)}-{d(7)}-{d(7)}", f"ORD-{d(8)}", f"PS{d(10)}", f"MS-{U(8)}", f"#{d(9)}", f"GP.{d(4)}-{d(4)}-{d(4)}-{d(5)}"],
            "ticket": [f"INC{d(7)}", f"TKT-{d(6)}", f"#{d(8)}", f"CS{d(7)}", f"case {d(8)}".split()[1]],
            "rma": [f"RMA-{d(6)}", f"RMA{d(8)}", f"R{d(3)}-{U(5)}"],
            "track": [f"1Z{U(6)}{d(10)}", f"JD{d(16)}", f"RR{d(9)}{r.choice(['DE', 'PL', 'SE', 'GB'])}", f"{d(12)}", f"LP{d(14)}"],
            "serial": [f"S01F{d(11)}", f"XAW{d(11)}", f"C02{U(8)}", f"R5C{U(8)}", f"{d(3)}{U(3)}{d(6)}", f"0{d(11)}"],
            "imei": [f"35{d(13)}"],
            "acct": [f"7656119{d(10)}", f"UID {d(9)}".split()[1], f"{''.join(r.choice('0123456789abcdef') for _ in range(32))}", f"ACC-{d(7)}"],
            "sub": [f"SUB-{U(10)}", f"GPA.{d(4)}-{d(4)}-{d(4)}-{d(5)}", f"{U(3)}-{U(3)}-{U(3)}"],
        }
        kind = kind or r.choice(list(opts))
        return r.choice(opts[kind])

    def card(self):
        r = self.r
        k = r.randint(0, 5)
        if k == 0:
            n = _luhn(r.choice(["4", "51", "55", "22"]), 16, r)
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))
        if k == 1:
            return _luhn("4", 16, r)
        if k == 2:
            return f"**** **** **** {_d(r, 4)}"
        if k == 3:
            return f"{_d(r, 4)}-XXXX-XXXX-{_d(r, 4)}"
        if k == 4:
            return f"xxxx{_d(r, 4)}"
        return f"{_d(r, 6)}******{_d(r, 4)}"

    def iban(self, c):
        r = self.r
        spec = {"br": ("BR", 25), "pl": ("PL", 24), "de": ("DE", 18), "se": ("SE", 20), "ua": ("UA", 25), "tr": ("TR", 22),
                "eg": ("EG", 25), "sa": ("SA", 20), "gb": ("GB", 18)}
        cc, n = spec.get(c, r.choice(list(spec.values())))
        if cc == "GB":
            bban = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _d(r, 14)
        else:
            bban = _d(r, n)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        iban = f"{cc}{98 - int(num) % 97:02d}{bban}"
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if r.random() < 0.6 else iban

    def ip(self):
        r = self.r
        if r.random() < 0.2:
            return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"
        return f"{r.choice([31, 46, 78, 85, 89, 95, 103, 112, 123, 151, 177, 179, 186, 187, 189, 201, 203])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def url(self, p):
        r = self.r
        h = self.handle(p).replace("#", "")
        U = lambda n: "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))
        return r.choice([f"https://steamcommunity.com/id/{h}", f"steamcommunity.com/profiles/7656119{_d(r, 10)}",
                         f"https://www.twitch.tv/{h.lower()}", f"twitch.tv/{h.lower()}/clip/{U(12)}", f"https://youtube.com/@{h}",
                         f"https://www.youtube.com/watch?v={U(11)}", f"https://imgur.com/a/{U(7)}", f"https://drive.google.com/file/d/{U(28)}/view",
                         f"x.com/{h}", f"https://www.instagram.com/{h.lower()}/", f"https://www.tiktok.com/@{h.lower()}",
                         f"https://medal.tv/games/valorant/clips/{U(9)}", f"https://store.playstation.com/share/{U(10)}",
                         f"https://discord.com/users/{_d(r, 18)}", f"https://account.xbox.com/profile?gamertag={h}"])

    def dob(self, c):
        r = self.r
        y, m, dd = r.randint(1965, 2011), r.randint(1, 12), r.randint(1, 28)
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
        full = "January February March April May June July August September October November December".split()[m - 1]
        loc = {"br": f"{dd} de {['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'][m - 1]} de {y}",
               "de": f"{dd}. {['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][m - 1]} {y}",
               "mx": f"{dd}/{m:02d}/{y}", "ar": f"{dd}/{m}/{y % 100:02d}", "jp": f"{y}/{m:02d}/{dd:02d}", "kr": f"{y}.{m:02d}.{dd:02d}",
               "us": f"{m}/{dd}/{y}", "ru": f"{dd:02d}.{m:02d}.{y}", "ua": f"{dd:02d}.{m:02d}.{y}", "pl": f"{dd:02d}.{m:02d}.{y}"}
        return r.choice([loc.get(c, f"{dd:02d}/{m:02d}/{y}"), f"{y}-{m:02d}-{dd:02d}", f"{dd} {mon} {y}", f"{full} {dd}, {y}",
                         loc.get(c, f"{dd}/{m}/{y}")])

# ---- KEEP-ME VOCABULARY (all label o) ----
FILL = {
    "PROD": ["PS5 Slim", "PS5 Pro", "DualSense Edge", "Xbox Series X", "Xbox Series S 1TB", "Switch OLED", "Joy-Con (L)", "Steam Deck OLED 512GB",
             "Meta Quest 3", "Galaxy S24 Ultra", "iPhone 15 Pro Max", "AirPods Pro 2", "Pixel 8a", "ROG Ally X", "Legion Go", "RTX 4070 Ti Super",
             "Ryzen 7 7800X3D", "LG C3 OLED", "Fire TV Stick 4K Max", "Chromecast w/ Google TV", "Roku Ultra", "Apple TV 4K", "Razer BlackShark V2 Pro",
             "Logitech G Pro X Superlight", "HyperX Cloud III", "Galaxy Buds2 Pro", "MacBook Air M3", "Xiaomi Redmi Note 13", "Kindle Paperwhite"],
    "GAME": ["Fortnite", "Valorant", "League of Legends", "Genshin Impact", "Honkai: Star Rail", "Minecraft", "Roblox", "EA FC 25", "Warzone",
             "Apex Legends", "CS2", "Dota 2", "PUBG Mobile", "Mobile Legends", "Free Fire", "Elden Ring", "Baldur's Gate 3", "GTA Online",
             "Diablo IV", "Overwatch 2", "Rocket League", "Lost Ark", "MapleStory", "FFXIV", "Tekken 8", "Helldivers 2", "Palworld", "Zenless Zone Zero"],
    "APP": ["Steam", "Epic Games Store", "Battle.net", "EA app", "Ubisoft Connect", "Discord", "Twitch", "YouTube Premium", "Netflix", "Spotify",
            "Disney+", "Crunchyroll", "Prime Video", "Max", "Deezer", "Apple Music", "Google Play", "App Store", "Microsoft 365", "Adobe Creative Cloud",
            "NordVPN", "Kaspersky", "OBS Studio", "GeForce Experience", "Riot Client", "HoYoPlay", "Xbox app", "PS App", "Nintendo Switch Online"],
    "PLAT": ["PS5", "PS4", "Xbox", "Switch", "PC", "Android", "iOS", "Steam Deck", "macOS Sonoma", "Windows 11 23H2", "Android 14", "iOS 17.5", "Tizen", "webOS"],
    "PLAN": ["Premium Family", "Premium Duo", "Student plan", "Basic with ads", "Standard", "Game Pass Ultimate", "Game Pass Core", "PS Plus Extra",
             "PS Plus Deluxe", "NSO + Expansion Pack", "Nitro", "Nitro Basic", "Turbo", "Mega Fan", "Premium Individual", "annual plan", "Pro tier"],
    "QUEUE": ["Tier 2", "T1", "L2", "Billing", "Payments", "Trust & Safety", "Account Recovery", "RMA desk", "Hardware EMEA", "APAC Chat", "LATAM queue",
              "Escalations", "Fraud Review", "Refunds", "Tech PL", "Warranty", "VIP Care", "Chargebacks", "Night shift", "DACH team", "MENA desk", "KR/JP pod"],
    "ERR": ["CE-108255-1", "0x80070005", "E-8210604A", "NW-102650-3", "VAN 68", "error 4000", "0x87DD0006", "WS-116521-3", "code 2-0123",
            "BLZ51900001", "error 0xc00007b", "VAL 43", "ERR_CONNECTION_RESET", "error 1017", "code 403", "0x80a40019", "E102"],
    "AMT": ["R$ 349,90", "129 zł", "69,99 €", "599 kr", "1 499 ₽", "799 UAH", "1.299 TL", "EGP 450", "SAR 299", "₩55,000", "¥6,980", "₱1,499",
            "Rp 150.000", "฿1,290", "250.000đ", "$1,299 MXN", "ARS 15.000", "$59.99", "£49.99", "₦25,000", "USD 9.99", "€14.99/mo"],
    "TIME": ["14:30", "9pm", "21h", "10:15 GMT+3", "yesterday", "since Tue", "2 days ago", "this morning", "around 3am", "last week", "at 18:00 BRT",
             "Monday", "after the 2.3 patch", "since the last update", "over the weekend", "7:45 KST", "20:00 ICT"],
    "CITY": ["São Paulo", "Warsaw", "Berlin", "Stockholm", "Moscow", "Kyiv", "Istanbul", "Cairo", "Riyadh", "Seoul", "Tokyo", "Manila", "Jakarta",
             "Bangkok", "Ho Chi Minh City", "Mexico City", "Buenos Aires", "Texas", "London", "Lagos", "Frankfurt DC", "EU-West", "NA-East", "Singapore server"],
    "FIX": ["power cycled", "cleared cache", "reinstalled the client", "rebuilt the database", "swapped HDMI port", "updated firmware",
            "reset network settings", "unlinked & relinked acct", "disabled VPN", "signed out all devices", "rolled back driver",
            "verified game files", "changed NAT to open", "toggled 2FA", "factory reset", "re-synced licenses", "switched to 5GHz band"],
    "SHORT": ["ty", "tnx", "np", "lmk", "fyi", "ASAP", "rn", "idk", "w/e", "btw", "afaik", "gg", "ez", "tbh", "imo", "ftw"],
    "WIN": ["cx super happy", "resolved on first contact", "closed w/ 5 stars", "FCR", "CSAT 5/5", "left a 10/10 NPS", "said we saved their weekend",
            "sent a thank-you", "cancelled the churn", "upgraded on the spot", "gg no escalation needed", "win!!", "happy customer", "big W",
            "kudos in survey", "no callback needed"],
}
LOCAL = {"br": ["valeu", "obrigado!!", "resolvido", "top demais", "deu certo"], "pl": ["dzięki", "super, działa", "zwrot ok", "git"],
         "de": ["danke", "erledigt", "läuft wieder", "passt"], "se": ["tack så mycket", "fixat", "toppen"], "ru": ["spasibo", "vsyo ok", "rabotaet"],
         "ua": ["diakuiu", "vse pratsiuie", "super"], "tr": ["teşekkürler", "tamam", "çözüldü", "eyvallah"], "eg": ["shokran", "tamam ya3ni", "mafeesh moshkela"],
         "sa": ["yatik al3afia", "inshallah", "mashallah"], "kr": ["gamsahamnida", "daebak", "ok ok"], "jp": ["arigatou", "yokatta", "sumimasen"],
         "ph": ["salamat po", "ayos na", "sige po", "keri na"], "id": ["makasih kak", "udah beres", "mantap"], "th": ["khob khun krub", "ok na ka", "sabai"],
         "vn": ["cảm ơn", "ok r", "xong rồi"], "mx": ["gracias", "ya quedó", "qué padre", "listo"], "ar": ["gracias che", "re contento", "joya", "listo"],
         "us": ["awesome", "all set", "super stoked"], "gb": ["cheers", "sorted", "ta", "brilliant"], "ng": ["no wahala", "well done o", "abeg thanks"]}

# ---- TEMPLATES ----
# {KEY} = generated segment(s); [a|b] = random literal choice. Templates in PII_TEMPLATES always yield personal data.
PII_TEMPLATES = [
    "cust {GIVEN} couldnt log into {APP} after {ERR}, {FIX} and {WIN}",
    "cx {FULL} reported {GAME} crashing on {PLAT} {TIME}; {FIX}, working now {SHORT}",
    "spoke to {TNAME} re double charge of {AMT} on {PLAN}, refunded to card {CARD}, {WIN}",
    "{CRM} - {PROD} drift, RMA {RMA} raised, ship to {ADDR}",
    "caller {GIVEN} ph {PHONE} asked abt {PLAN} downgrade, kept on plan w/ promo, {WIN}",
    "{POSS} {PROD} arrived DOA, replacement order {ORDER} tracking {TRACK}, {LOCAL}",
    "thanks to {COLL} from [Billing|Payments|Refunds] we got {POSS} {AMT} back same day",
    "acct recovery for {USER} - email on file {EMAIL}, verified via last 4 of card {CARD}, {WIN}",
    "{GIVEN} ({USER}) got hacked, login from {IP} in {CITY}, secured acct + {FIX}",
    "user @{USER} said [ty|thx|tysm] after we restored {GAME} skins, ticket {TICKET}",
    "cx sent clip {URL} showing the bug, escalated to {QUEUE} {SHORT}",
    "{FULL} DOB {DOBV} needed for age gate on {APP}, verified and unlocked {WIN}",
    "[born|d.o.b|bday] {DOBV} per cx {GIVEN}, parental controls reset on {PLAT}",
    "refund to {IBAN} approved for {GIVEN}, {AMT} for {GAME} preorder, {LOCAL}",
    "{NICK} on chat again lol, {PROD} serial {SERIAL} under warranty, swap approved",
    "pls callback {TNAME} on {PHONE} {TIME} re {ERR} on {PROD}",
    "new address for RMA {RMA}: {ADDR} - cx {GIVEN} confirmed",
    "{FULL} and {FULL2} share {PLAN}, moved {GIVEN2} to own acct, both happy",
    "escalated by {COLLF} ({QUEUE}), cx {GIVEN} got {AMT} credit for outage",
    "KYC for chargeback: {NATIDC} matched, {CRM}, case {TICKET} closed",
    "{GIVEN} from {CITY} [loved|liked] the fix for {GAME} on {PLAT}, profile {URL}",
    "imei {IMEI} blocked by carrier, told {TNAME} to contact them, {WIN}",
    "{USER} banned by mistake in {GAME}, appeal {TICKET} approved by {COLL}, {LOCAL}",
    "\"{GIVEN}\" (real name {FULL}) wanted invoice for {AMT}, sent to {EMAIL}",
    "order {ORDER} stuck in customs, updated addr {ADDR}, cx {NICK} happy",
    "{TNAME} was angry abt {ERR} but ended with {WIN} {SHORT}",
    "steam id {ACCT} - gift card redeemed twice, fixed for {GIVEN}, {WIN}",
    "{GIVEN} {SHORT} said {LOCAL}, {PROD} firmware issue gone after {FIX}",
    "caller gave phone {PHONE} and email {EMAIL} for {PLAN} family invite",
    "big thx to {COLL} for covering my chat w/ {FULL} re {GAME} crossplay",
    "{FAMU} {GIVEN} [llamó|ligou|called] about {APP} billing, {AMT} refunded, {LOCAL}",
    "sub {SUB} cancelled by mistake, restored for {GIVEN}, same renewal date",
    "cx's kid used {CARD} on {GAME} gems, {AMT} refunded once, parent {FULL} grateful",
    "{GIVEN} hit {ERR} on {PLAT}, ip {IP}, not banned just NAT, {FIX}, {WIN}",
    "handed over from {COLL} to {COLL2}, cx {TNAME} ok w/ it, {WIN}",
    "postcode {PC} outside courier zone, arranged pickup for {GIVEN} at partner store",
    "{GIVEN} [wants|asked for] receipt, acct {ACCT}, {PLAN}, resent {SHORT}",
    "[Kunde|Kundin] {TNAME} {PHONE}, {PROD} reparatur {RMA} ok, {LOCAL}",
    "cliente {GIVEN} {FAM} wpp {PHONE} troca do {PROD} aprovada, pedido {ORDER}",
    "klient {FULL} zgłosił {ERR}, {FIX}, zwrot {AMT} na {IBAN}",
    "{TNAME} asked to delete data, {EMAIL} + {USER}, GDPR req {TICKET} logged",
    "tagging {COLL} - {POSS} Discord {USER} got nitro refund, {WIN}",
    "{GIVEN} wrote from {EMAIL}, {GAME} purchase on wrong region, moved to {CITY} store",
    "[mr|ms] {FAM} called re {PROD} delivery to {ADDR}, courier ETA {TIME}",
    "{NICK} aka {USER} streams at {URL}, wanted {PLAN} promo code, sent",
    "livestream link {URL} was flagged, cx {GIVEN} appeal ok after review, {LOCAL}",
    "{FULL} - {NATIDC} - verified for {APP} payout, {AMT} released",
]


def _fold(w):
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c)).lower()


def _parts(name):
    return [p for p in re.split(r"[\s\-'\u2019.]+", name) if p]


CLEAN_TEMPLATES = [
    "{GAME} on {PLAT} kept crashing {TIME}, {FIX} and {WIN}",
    "{PROD} not pairing w/ {PLAT}, {FIX}, works now {SHORT}",
    "billing q on {PLAN} - explained proration, {AMT} diff, {WIN}",
    "{ERR} when launching {APP}, known issue, shared workaround, {WIN}",
    "moved from {PLAN} to {PLAN2}, saved {AMT}/yr, cx happy",
    "{APP} buffering in {CITY} {TIME}, CDN issue on our side, credited {AMT}",
    "escalated to {QUEUE} then back to {QUEUE2}, solved in 20 min {SHORT}",
    "lag spikes on {CITY} server in {GAME}, {FIX}, ping down to 28ms",
    "{PROD} {ERR} after update, {FIX}, {LOCAL}",
    "[gift card|voucher|promo code] for {APP} not applying, reissued, {WIN}",
    "cx bought {GAME} on wrong platform, refund within 14 days policy, {AMT} back",
    "{PLAT} controller disconnects, {FIX}, sent link to {APP} guide {SHORT}",
    "{QUEUE} said outage in {CITY} resolved {TIME}, all good",
    "helped set up {PLAN} family sharing on {PLAT}, {LOCAL}",
    "{GAME} season pass missing, {FIX}, items showed up {SHORT} {WIN}",
    "warranty check on {PROD} - still in period, RMA process explained",
    "{APP} 4K not working on {PROD}, HDCP issue, {FIX}",
    "cx upgraded to {PROD} after chat, {AMT} w/ trade-in, {WIN}",
    "2FA lockout on {APP}, backup codes worked, {WIN}",
    "{ERR} on {PLAT} = NAT type strict, {FIX}, {LOCAL}",
    "subtitles out of sync on {APP}, {FIX}, fine now",
    "explained {PLAN} vs {PLAN2} for {APP}, cx chose annual",
    "preorder bonus for {GAME} missing, regranted via {QUEUE}",
    "cross-progression {GAME} {PLAT} to {PLAT2} sorted {SHORT}",
    "{PROD} battery drain since {TIME}, {FIX}, {WIN}",
    "[DNS|router|wifi] issue not ours, walked cx thru {FIX}, {LOCAL}",
    "price in {CITY} store {AMT} vs {AMT2}, explained regional pricing",
    "parental controls on {PLAT} set up, screen time 2h, {WIN}",
    "{APP} wont open on {PLAT}, {FIX}, {SHORT} {LOCAL}",
    "{GAME} voice chat dead, mic perms on {PLAT}, fixed",
    "refund policy for {APP} explained, no refund but {AMT} credit, cx ok",
    "queue {QUEUE} busy, handled myself, {WIN}",
    "{PROD} overheating, {FIX}, temps ok now, FCR",
    "cx confused abt {PLAN} renewal {TIME}, showed billing page, {WIN}",
    "{GAME} {ERR} loop, {FIX} + {FIX2}, finally in game gg",
    "tv app {APP} logged out on {PROD}, re-signed, {LOCAL}",
    "download stuck at 99% on {PLAT} for {GAME}, {FIX}, done",
    "bundle {PROD} + {GAME} promo applied, {AMT}, {WIN}",
]

_TOK = re.compile(r"\{([A-Z0-9]+)\}")
_ALT = re.compile(r"\[([^\[\]]*)\]")


class Note:
    def __init__(self, g, c):
        self.g, self.c, self.r = g, c, g.r
        self.p = g.person(c)
        self.p2 = g.person(self.r.choice(CULTURES) if self.r.random() < 0.5 else c)
        self.col = g.person(self.r.choice(CULTURES))
        self.col2 = g.person(self.r.choice(CULTURES))

    def title(self, name, p):
        r = self.r
        bef, aft = TITLES[p["c"]]
        if aft and (not bef or r.random() < 0.6):
            t = r.choice(aft)
            return [(name, "name"), (t if t.startswith("-") else " " + t, "o")]
        t = r.choice(bef)
        return [(t + ("" if t.endswith("'") else " "), "o"), (name, "name")]

    def nm(self, p, form):
        g, r = self.g, self.r
        if form == "GIVEN":
            k = r.random()
            if k < 0.15:
                return [(p["nick"], "name")]
            return [(p["given"], "name")]
        if form == "FULL":
            return [(g.full(p), "name")]
        if form == "TNAME":
            return self.title(r.choice([p["fam"], p["given"], g.full(p)]), p)
        if form == "CRM":
            f = p["fam"].upper() if r.random() < 0.6 else p["fam"]
            return [(f, "name"), (",", "o"), (" " if r.random() < 0.8 else "", "o"), (p["given"], "name")]
        if form == "POSS":
            return [(r.choice([p["given"], p["nick"], g.full(p)]), "name"), ("'s", "o")]
        raise KeyError(form)

    def seg(self, k):
        g, r, c, p = self.g, self.r, self.c, self.p
        if k in ("GIVEN", "FULL", "TNAME", "CRM", "POSS"):
            return self.nm(p, k)
        if k in ("GIVEN2", "FULL2"):
            return self.nm(self.p2, k[:-1])
        if k == "NICK":
            return [(p["nick"], "name")]
        if k == "FAM":
            return [(p["fam"], "name")]
        if k == "FAMU":
            return [(p["fam"].upper(), "name")]
        if k == "COLL":
            return [(self.col["given"], "name")]
        if k == "COLL2":
            return [(self.col2["given"], "name")]
        if k == "COLLF":
            return [(g.full(self.col), "name")]
        if k == "EMAIL":
            return [(g.email(p), "email")]
        if k == "PHONE":
            return [(g.phone(c), "phone")]
        if k == "ADDR":
            return g.address(c)
        if k == "PC":
            return [(g.postcode(c), "postcode")]
        if k == "NATIDC":
            cue, v = g.natid(c)
            return [(cue + " ", "o"), (v, "id")]
        if k in ("ORDER", "TICKET", "RMA", "TRACK", "SERIAL", "IMEI", "ACCT", "SUB"):
            return [(g.ref({"ORDER": "order", "TICKET": "ticket", "RMA": "rma", "TRACK": "track", "SERIAL": "serial",
                            "IMEI": "imei", "ACCT": "acct", "SUB": "sub"}[k]), "id")]
        if k == "USER":
            return [(g.handle(p if r.random() < 0.35 else None), "id")]
        if k == "CARD":
            return [(g.card(), "card")]
        if k == "IBAN":
            return [(g.iban(c), "iban")]
        if k == "IP":
            return [(g.ip(), "ip")]
        if k == "URL":
            return [(g.url(p), "url")]
        if k == "DOBV":
            return [(g.dob(c), "dob")]
        if k == "LOCAL":
            return [(r.choice(LOCAL[c]), "o")]
        base = k.rstrip("2")
        return [(r.choice(FILL[base]), "o")]

    def render(self, tpl):
        tpl = _ALT.sub(lambda m: self.r.choice(m.group(1).split("|")), tpl)
        out, pos = [], 0
        for m in _TOK.finditer(tpl):
            if m.start() > pos:
                out.append((tpl[pos:m.start()], "o"))
            out.extend(self.seg(m.group(1)))
            pos = m.end()
        if pos < len(tpl):
            out.append((tpl[pos:], "o"))
        return out


def _typo(text, r):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return text
    i = r.choice(idx)
    w = words[i]
    j = r.randrange(len(w) - 1)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if r.random() < 0.6 else w[:j] + w[j + 1:]
    return " ".join(words)


def _merge(segs):
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and out[-1][1] == l == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    r = random.Random(SEED)
    listed = frozenset(_fold(w) for w in listed)
    g = Gen(r, listed)
    n_clean = N_NOTES * 45 // 100
    flags = [False] * n_clean + [True] * (N_NOTES - n_clean)
    r.shuffle(flags)
    cults = [CULTURES[i % len(CULTURES)] for i in range(N_NOTES)]
    r.shuffle(cults)
    notes, seen = [], set()
    for i in range(N_NOTES):
        pii, c = flags[i], cults[i]
        tpls = PII_TEMPLATES if pii else CLEAN_TEMPLATES
        for _attempt in range(200):
            tpl = tpls[(i + _attempt) % len(tpls)] if _attempt < 3 and r.random() < 0.5 else r.choice(tpls)
            segs = Note(g, c).render(tpl)
            if r.random() < 0.3:
                segs = [(t, l) for t, l in segs]
                segs = [(_typo(t, r), l) if l == "o" and r.random() < 0.4 else (t, l) for t, l in segs]
            if r.random() < 0.3:
                segs = [(t.lower(), l) for t, l in segs]
            segs = _merge(segs)
            text = "".join(t for t, _ in segs)
            nw = len(text.split())
            if 5 <= nw <= 45 and "\n" not in text and text not in seen:
                break
        seen.add(text)
        notes.append(segs)
    return notes


def _selfcheck():
    sample = frozenset({"maria", "kim", "lee", "john", "mohamed", "anna", "jose", "smith", "nguyen", "ali", "garcia", "silva", "ivan", "sato"})
    a, b = blind_notes(sample), blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    texts = set()
    counts = {l: 0 for l in LABELS}
    lower = clean = 0
    for note in a:
        text = "".join(t for t, _ in note)
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts, text
        texts.add(text)
        for t, l in note:
            assert l in LABELS, l
            if l != "o":
                assert t == t.strip() and t, repr(t)
            if l == "name":
                for part in _parts(t):
                    assert _fold(part) not in sample, t
            counts[l] += 1
        lower += text == text.lower()
        clean += all(l in ("o", "~") for _, l in note)
    print("notes", len(a))
    for l in LABELS:
        print(f"  {l:9s} {counts[l]}")
    print(f"all-lower-case share {lower / len(a):.3f}")
    print(f"no-personal-data share {clean / len(a):.3f}")
    print("cultures", len(CULTURES), "pii templates", len(PII_TEMPLATES), "clean templates", len(CLEAN_TEMPLATES))


if __name__ == "__main__":
    _selfcheck()
