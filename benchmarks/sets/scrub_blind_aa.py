"""Blind evaluation set: chat-support customer-win notes (fintech, crypto,
marketplaces, food delivery), worldwide naming cultures.

Standard library only, deterministic.
"""
import random
import re
import unicodedata

SEED = 20240611

LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

N_NOTES = 1000


def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def _name_ok(name, listed):
    for part in _SPLIT.split(name):
        if part and _fold(part) in listed:
            return False
    return True


# ---- NAME POOLS ----
# each culture: (country code, male given, female given, family); "_" = space
CULTURES = {
    "yoruba": ("NG",
        "Adebayo Oluwaseun Babatunde Olumide Ayodele Kayode Femi Tunde Segun Damilola "
        "Olusegun Adewale Gbenga Kunle Akintunde Oladipo Ayomide Tobiloba Oluwatobi Jide "
        "Abiodun Olakunle Bolaji Dapo Kolawole Ademola Oyewole Wale Temitope Ibukun",
        "Folake Funmilayo Adunni Yetunde Titilayo Omolara Bukola Morenike Abimbola Adenike "
        "Oluwakemi Ronke Bisola Modupe Ifeoluwa Toyin Kehinde Ajoke Iyabo Motunrayo "
        "Omowunmi Olufunke Aramide Simisola Tolulope Yewande Adeola Opeyemi Busayo Feyisara",
        "Adeyemi Ogunleye Balogun Adebayo Okonjo Afolabi Oyelaran Akinola Adeleke Ogundipe "
        "Olawale Bamidele Oladele Fashola Adesanya Ogunbiyi Alabi Akande Oyebanji Adeniran "
        "Ajayi Oyinlola Olatunji Ayodeji Adekunle Odutola Omotosho Babalola Akinyemi Adegoke"),
    "igbo": ("NG",
        "Chinedu Emeka Obinna Chukwuemeka Ikenna Nnamdi Uchenna Chidi Kelechi Ifeanyi "
        "Chibuike Ebuka Somtochukwu Kenechukwu Tochukwu Onyekachi Chijioke Nonso Ugochukwu Ebere "
        "Chukwudi Izuchukwu Obiora Okechukwu Azubuike Ejike Nkem Ikechukwu Chimaobi Odinaka",
        "Ngozi Chiamaka Adaeze Nneka Chidinma Ifeoma Uchechi Chinwe Amarachi Obiageli "
        "Ogechi Nkechi Ijeoma Chioma Ebele Kosisochukwu Chinyere Onyinye Nkiruka Ugochi "
        "Adanna Ifunanya Chinenye Oluchi Ezinne Somadina Njideka Chisom Ozioma Akunna",
        "Okafor Okonkwo Nwosu Eze Obi Nwachukwu Okeke Onyeka Chukwu Nwankwo "
        "Ibekwe Anyanwu Okoro Nnadi Ezeh Uzor Onuoha Nwabueze Igwe Okoye "
        "Ogbonna Chukwuma Emenike Ekwueme Iwu Mbah Nwafor Odoemelam Agu Obiechina"),
    "hausa": ("NG",
        "Abubakar Usman Ibrahim Musa Aliyu Sani Yusuf Bashir Garba Lawal "
        "Kabiru Nasiru Shehu Haruna Idris Tijjani Suleiman Danjuma Auwal Umar "
        "Murtala Jibril Salisu Bello Mustapha Habibu Ahmadu Isa Nuhu Balarabe",
        "Aisha Fatima Hauwa Zainab Hadiza Amina Maryam Rukayya Halima Hafsat "
        "Bilkisu Sadiya Zulaihat Khadija Asma'u Safiya Ummi Jamila Hajara Binta "
        "Rahma Nafisa Salamatu Maimuna Hassana Husseina Saratu Lubabatu Fiddausi Ramatu",
        "Abdullahi Mohammed Bello Yakubu Danladi Shuaibu Inuwa Gambo Dikko Maikudi "
        "Tanko Jibrin Kurfi Dantata Baba Sadiq Rimi Bichi Gwarzo Kano "
        "Adamu Lamido Ringim Tsafe Zubairu Sambo Bappa Maitama Dauda Yahaya"),
    "ghana": ("GH",
        "Kwame Kofi Kwabena Kwaku Yaw Kojo Kwasi Ekow Fiifi Nana "
        "Kwadwo Kobina Yao Elikem Selorm Delali Edem Nii Nortey Ato "
        "Kweku Paa Mawuli Senyo Kafui Kwesi Kekeli Komla Kpakpo Akwasi",
        "Ama Akosua Abena Adwoa Afua Yaa Efua Akua Esi Adjoa "
        "Afia Ekua Araba Aba Dzidzor Enyonam Esinam Mawusi Sedinam Naa "
        "Dede Korkor Adoma Serwaa Nhyira Maame Akosuah Aseye Elorm Fafa",
        "Mensah Owusu Boateng Asante Osei Amoah Appiah Agyeman Ofori Darko "
        "Ansah Tetteh Quaye Acheampong Antwi Adjei Frimpong Nkrumah Gyamfi Amponsah "
        "Sarpong Bonsu Asamoah Kuffour Yeboah Opoku Quarcoo Nartey Dogbe Agbeko"),
    "kenya": ("KE",
        "Otieno Kamau Mwangi Kiprop Kipruto Odhiambo Kipchoge Njoroge Onyango Kibet "
        "Kiprono Mutua Mwenda Ochieng Wekesa Barasa Cheruiyot Koech Kimani Maina "
        "Ouma Juma Omondi Musyoka Kiplagat Githinji Macharia Nyaga Wafula Rotich",
        "Wanjiku Achieng Njeri Akinyi Chebet Wambui Nyambura Atieno Jepkosgei Mumbi "
        "Wairimu Nyokabi Awino Adhiambo Jeptoo Cherono Moraa Kerubo Nekesa Makena "
        "Kawira Mwende Nduta Wangari Wangui Auma Jelagat Chepkemoi Naliaka Muthoni",
        "Kariuki Mwangi Otieno Ndungu Kiprotich Wanyama Okoth Kamau Njoroge Ruto "
        "Odinga Kenyatta Mugo Gitau Muriuki Ngugi Kiplimo Langat Korir Chepkwony "
        "Omollo Owino Oduya Mbugua Wachira Kimathi Mutiso Kioko Nzioka Wambugu"),
    "india": ("IN",
        "Rahul Amit Vikram Arjun Rohan Sanjay Pradeep Karthik Suresh Rajesh "
        "Aditya Vivek Anand Manoj Deepak Nikhil Harish Venkatesh Srinivas Abhishek "
        "Gaurav Prakash Siddharth Ravi Ajay Harsh Varun Jitendra Murali Arvind",
        "Priya Ananya Kavya Divya Sneha Pooja Lakshmi Meera Deepika Shruti "
        "Aishwarya Nandini Swati Neha Anjali Revathi Bhavana Sunita Geeta Pallavi "
        "Ritika Shalini Madhuri Harini Keerthana Sowmya Aparna Nisha Tanvi Ishita",
        "Sharma Patel Iyer Reddy Nair Gupta Singh Kumar Menon Rao "
        "Joshi Mehta Chatterjee Banerjee Mukherjee Deshpande Kulkarni Pillai Naidu Agarwal "
        "Verma Chauhan Bhat Krishnan Subramanian Gowda Shetty Desai Malhotra Kapoor"),
    "pakistan": ("PK",
        "Muhammad Ahmed Ali Hassan Bilal Usman Hamza Zain Faisal Imran "
        "Kashif Adnan Waqas Shahzad Tariq Junaid Asad Fahad Danish Saad "
        "Umer Shoaib Naveed Rizwan Babar Arslan Zeeshan Haris Talha Owais",
        "Ayesha Fatima Sana Hira Mahnoor Iqra Zara Maryam Sadia Nimra "
        "Amna Rabia Saba Mehwish Anum Kiran Sidra Aiman Laiba Rida "
        "Farah Bushra Naila Sobia Uzma Huma Shazia Fariha Areeba Hafsa",
        "Khan Malik Qureshi Chaudhry Butt Sheikh Siddiqui Abbasi Raza Hussain "
        "Awan Mirza Bhatti Javed Rana Gondal Cheema Warraich Niazi Khattak "
        "Baig Akhtar Iqbal Rehman Shah Ansari Zaidi Kazmi Jatoi Memon"),
    "bangladesh": ("BD",
        "Rafiq Shafiq Kamal Jamal Tanvir Sabbir Rakib Nayeem Mahmud Arif "
        "Sajid Rubel Shakil Mamun Faruk Jahid Shohel Rasel Imtiaz Touhid "
        "Ashraful Mizanur Habibur Monir Shahin Sumon Parvez Anisur Fahim Nazmul",
        "Nusrat Farzana Sumaiya Tasnim Sharmin Nasrin Rumana Afsana Shirin Mitu "
        "Jannatul Sadia Tania Popy Shathi Munni Rokeya Taslima Fahmida Lamia "
        "Sabrina Rehana Shamima Nazia Moushumi Ishrat Rupa Tahmina Shanta Oishee",
        "Rahman Hossain Islam Ahmed Chowdhury Uddin Miah Sarkar Talukder Bhuiyan "
        "Akter Begum Khatun Sikder Mollah Howlader Mondal Biswas Das Saha "
        "Haque Kabir Alam Karim Majumder Paul Roy Barua Mridha Shikder"),
    "vietnam": ("VN",
        "Minh Tuan Huy Duc Quang Khoa Long Phuc Thanh Hieu "
        "Nam Dung Hung Bao Vinh Tai Trung Khang Dat Son "
        "Hoang Thang Cuong Loc Nghia Toan Phong Quan Hai Kien",
        "Lan Huong Mai Linh Trang Ngoc Thao Hoa Thu Anh "
        "Phuong Yen Nhung Hanh Tuyet Diem Quynh Vy Nhi Hang "
        "Uyen Trinh Xuan Kim Thuy Oanh Nga Giang Chau Hien",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng "
        "Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lâm Mai "
        "Tô Cao Tạ Quách Lưu Châu Hà Kiều Triệu Vương"),
    "indonesia": ("ID",
        "Budi Agus Joko Bambang Hendra Rizky Fajar Dimas Arief Eko "
        "Wahyu Yoga Andi Teguh Bayu Dwi Gilang Rendy Irfan Hafiz "
        "Slamet Sutrisno Hartono Purnomo Yudha Adi Ilham Rangga Satrio Bagus",
        "Siti Dewi Sri Ayu Putri Rina Wulan Indah Fitri Ratna "
        "Nurul Intan Lestari Yuliana Retno Kartika Anisa Dian Maya Nadia "
        "Endang Wati Tari Citra Melati Ningsih Puspita Safitri Rahayu Astuti",
        "Santoso Wijaya Pratama Saputra Hidayat Kusuma Setiawan Gunawan Susanto Nugroho "
        "Siregar Nasution Harahap Simanjuntak Sinaga Lubis Tanjung Wibowo Purnama Halim "
        "Hakim Sulistyo Permana Suryadi Firmansyah Kurniawan Ramadhan Prasetyo Utomo Hutapea"),
    "philippines": ("PH",
        "Jose Juan Mark Jericho Paolo Miguel Carlo Rommel Rodel Arnel "
        "Jomar Ronaldo Emmanuel Jayson Kristoffer Reynaldo Dindo Bong Nonoy Efren "
        "Ramil Joel Ariel Danilo Ferdinand Jun Marlon Raffy Enrique Angelo",
        "Maria Kristine Maricel Jocelyn Rowena Lovely Princess Cherry Rhea Mylene "
        "Marites Jhen Joanna Divina Lorna Grace Angelica Camille Analyn Rosalie "
        "Mary_Joy Rizza Aileen Liezl Shiela Jonalyn Katrina Niña Mae Bea",
        "Santos Reyes Cruz Bautista Garcia Mendoza Dela_Cruz Villanueva Ramos Aquino "
        "Castillo Manalo Dimaculangan Macapagal Panganiban Soriano Tolentino Magbanua Pascual Lacson "
        "Salvador Dizon Ocampo Tan Lim Delos_Santos Mercado Gatdula Sison Dumalagan"),
    "turkey": ("TR",
        "Mehmet Mustafa Ahmet Ali Hüseyin Emre Burak Murat Oğuz Serkan "
        "Cem Kerem Barış Onur Tolga Volkan Uğur Eren Yusuf Kaan "
        "Hakan Furkan Berk Çağrı Selim Levent Tuncay Gökhan Alper Arda",
        "Ayşe Fatma Zeynep Elif Emine Merve Büşra Esra Gizem Selin "
        "Derya Ebru Sibel Özlem Gülşen Tuğba Damla Ceren İrem Dilek "
        "Nazlı Pınar Seda Hülya Aslı Yasemin Cansu Berfin Şule Melike",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir "
        "Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek "
        "Polat Erdoğan Güneş Aksoy Karataş Bulut Tekin Ünal Korkmaz Avcı"),
    "ukraine": ("UA",
        "Oleksandr Andriy Mykola Dmytro Serhiy Taras Bohdan Yaroslav Volodymyr Ivan "
        "Oleh Vasyl Petro Yuriy Maksym Artem Denys Ihor Roman Vitaliy "
        "Mykhailo Stepan Ostap Nazar Pavlo Yevhen Anatoliy Vadym Rostyslav Hryhoriy",
        "Olena Oksana Iryna Nataliya Tetiana Yuliya Kateryna Halyna Svitlana Mariya "
        "Liudmyla Anastasiia Khrystyna Solomiya Daryna Viktoriia Yana Zoriana Nadiya Lesya "
        "Olha Larysa Inna Alina Valentyna Sofiia Myroslava Bohdana Ulyana Vira",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Koval Oliynyk Shevchuk "
        "Polishchuk Lysenko Marchenko Rudenko Savchenko Petrenko Moroz Kovalchuk Tkachuk Hrytsenko "
        "Pavlenko Sydorenko Yaremchuk Levchenko Zinchenko Honcharuk Kuzmenko Dovzhenko Fedorenko Hnatyuk"),
    "poland": ("PL",
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Grzegorz Łukasz Jakub Mateusz "
        "Wojciech Kamil Bartosz Szymon Rafał Dawid Przemysław Maciej Sebastian Adrian "
        "Jarosław Zbigniew Mirosław Janusz Witold Konrad Damian Filip Radosław Wiesław",
        "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika "
        "Dorota Justyna Beata Zofia Weronika Karolina Natalia Paulina Iwona Grażyna "
        "Agata Marta Sylwia Urszula Halina Kinga Jadwiga Wiktoria Bożena Renata",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski "
        "Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski"),
    "brazil": ("BR",
        "João Gabriel Lucas Matheus Guilherme Rafael Felipe Thiago Bruno Gustavo "
        "Leonardo Rodrigo Vinícius Caio Diego Eduardo Marcelo Otávio Renato Wellington "
        "Anderson Cleiton Washington Jefferson Luan Kauã Davi Heitor Enzo Igor",
        "Ana Juliana Mariana Fernanda Camila Beatriz Larissa Letícia Gabriela Aline "
        "Patrícia Vanessa Tatiane Jéssica Bruna Thaís Priscila Raquel Luana Daniela "
        "Francisca Adriana Simone Rosângela Kátia Débora Yasmin Isadora Lívia Giovana",
        "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes "
        "Ribeiro Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias "
        "Nascimento Moreira Cardoso Teixeira Cavalcanti Azevedo Monteiro Moura Araújo Machado"),
    "argentina": ("AR",
        "Santiago Mateo Facundo Joaquín Nicolás Agustín Tomás Lautaro Gonzalo Matías "
        "Ezequiel Leandro Maximiliano Federico Sebastián Hernán Julián Emiliano Franco Ramiro "
        "Gastón Mariano Pablo Fernando Lisandro Thiago Bautista Ignacio Marcos Cristian",
        "Sofía Valentina Martina Camila Lucía Florencia Agustina Micaela Julieta Milagros "
        "Rocío Belén Antonella Carolina Guadalupe Lorena Romina Daiana Natalia Macarena "
        "Abril Candela Brenda Jimena Paula Celeste Noelia Vanesa Marisol Lourdes",
        "González Rodríguez Gómez Fernández López Díaz Martínez Pérez Romero Sosa "
        "Álvarez Torres Ruiz Ramírez Flores Benítez Acosta Medina Herrera Aguirre "
        "Giménez Molina Castro Ortiz Silva Rojas Ferrari Bianchi Pereyra Quiroga"),
    "mexico": ("MX",
        "José_Luis Juan_Carlos Miguel_Ángel Alejandro Ricardo Arturo Jesús Raúl Héctor Armando "
        "Francisco Javier Eduardo Alfredo Rogelio Gerardo Octavio Ulises Rodrigo Emiliano "
        "Iván Saúl Efraín Jorge Óscar Víctor Cuauhtémoc Guillermo Adrián Édgar",
        "Guadalupe María_José Ximena Fernanda Daniela Itzel Alejandra Verónica Leticia Brenda "
        "Karla Mónica Rocío Gabriela Araceli Yolanda Citlali Paola Dulce Maribel "
        "Andrea Jazmín Esmeralda Nayeli Claudia Lizbeth Marisol Regina Xóchitl Berenice",
        "Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz "
        "Flores Gómez Morales Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz "
        "Mendoza Aguilar Ortiz Moreno Castillo Romero Chávez Rivera Juárez Villalobos"),
    "spain": ("ES",
        "Antonio Manuel Javier David Daniel Carlos Pablo Sergio Álvaro Adrián "
        "Jorge Alberto Iñaki Íñigo Xavier Jordi Pau Aitor Unai Rubén "
        "Raúl Fernando Ignacio Gonzalo Borja Marcos Víctor Mario Hugo Asier",
        "María Carmen Lucía Laura Marta Paula Elena Cristina Nuria Montserrat "
        "Pilar Rocío Ainhoa Itziar Nerea Irene Alba Sara Silvia Beatriz "
        "Inmaculada Amparo Begoña Raquel Noelia Leire Aroa Mireia Núria Consuelo",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín "
        "Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez "
        "Navarro Torres Domínguez Vázquez Ramos Gil Serrano Blanco Molina Etxeberria"),
    "italy": ("IT",
        "Giuseppe Giovanni Francesco Alessandro Andrea Lorenzo Matteo Marco Luca Davide "
        "Simone Federico Riccardo Stefano Salvatore Antonio Vincenzo Gennaro Massimo Fabio "
        "Emanuele Domenico Pietro Tommaso Leonardo Raffaele Gianluca Nicola Enrico Claudio",
        "Giulia Francesca Chiara Sara Martina Alessia Valentina Federica Silvia Elisa "
        "Giorgia Ilaria Roberta Paola Serena Antonella Rosaria Carmela Teresa Lucia "
        "Beatrice Arianna Ludovica Noemi Veronica Simona Daniela Benedetta Gaia Concetta",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco "
        "Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti "
        "Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone"),
    "france": ("FR",
        "Jean Pierre Nicolas Julien Thomas Antoine Maxime Alexandre Romain Guillaume "
        "Mathieu Sébastien Christophe Olivier Laurent François Benoît Théo Hugo Clément "
        "Jean-Baptiste Loïc Yannick Cédric Baptiste Quentin Arnaud Jérôme Étienne Gaël",
        "Marie Camille Léa Manon Chloé Emma Julie Sophie Claire Aurélie "
        "Céline Élodie Isabelle Nathalie Sandrine Margaux Inès Océane Pauline Mathilde "
        "Anaïs Émilie Justine Laetitia Amélie Clémence Solène Agathe Maëlle Héloïse",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau "
        "Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier "
        "Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Faure"),
    "germany": ("DE",
        "Lukas Maximilian Jonas Felix Leon Florian Tobias Sebastian Stefan Andreas "
        "Matthias Jürgen Uwe Dieter Klaus Wolfgang Thorsten Dirk Markus Niklas "
        "Jan Tim Moritz Fabian Benedikt Kai Sven Ralf Björn Hendrik",
        "Anna Lena Laura Julia Katharina Sarah Lisa Hannah Sophie Marie "
        "Anja Sabine Petra Ute Birgit Claudia Heike Stefanie Kerstin Nicole "
        "Jana Franziska Johanna Luisa Mia Charlotte Greta Frauke Annika Dörte",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
        "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann "
        "Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann"),
    "us": ("US",
        "James Michael Robert David William Christopher Matthew Joshua Tyler Brandon "
        "Justin Kevin Ryan Jason Eric Kyle Cody Austin Dylan Jeremy "
        "Travis Derek Marcus Darnell DeShawn Tyrone Chase Hunter Logan Brody",
        "Jennifer Jessica Ashley Amanda Brittany Megan Lauren Emily Hannah Madison "
        "Taylor Kayla Courtney Heather Amber Tiffany Crystal Shaniqua Keisha Latoya "
        "Brianna Destiny Kaitlyn Savannah Morgan Mckenzie Paige Haley Shelby Jasmine",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor "
        "Thomas Moore Jackson White Harris Thompson Robinson Walker Young Allen "
        "King Wright Hill Scott Green Baker Nelson Carter Mitchell Washington"),
}

_POOLS = {}
for _c, (_cc, _m, _f, _fam) in CULTURES.items():
    def _sp(x):
        out = []
        for w in x.split():
            w = w.replace("_", " ")
            if w not in out:
                out.append(w)
        return out
    _POOLS[_c] = (_cc, _sp(_m), _sp(_f), _sp(_fam))

# ---- GENERATORS ----
def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _nz(r, n):
    return str(r.randint(1, 9)) + _d(r, n - 1)


def _L(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _phone(r, cc):
    c = r.choice
    f = {
        "NG": lambda: c([f"+234 {c(['803','806','813','816','703','706','810','905','802','708'])} {_d(r,3)} {_d(r,4)}",
                         f"0{c(['803','806','813','903','701','811','907'])}{_d(r,7)}",
                         f"0{c(['80','81','90','70'])}{_d(r,1)} {_d(r,3)} {_d(r,4)}"]),
        "GH": lambda: c([f"+233 {c(['24','54','55','20','50','27'])} {_d(r,3)} {_d(r,4)}",
                         f"0{c(['24','54','55','20','26'])}{_d(r,7)}", f"0{c(['24','59'])} {_d(r,3)} {_d(r,4)}"]),
        "KE": lambda: c([f"+254 7{_d(r,2)} {_d(r,3)} {_d(r,3)}", f"07{_d(r,2)} {_d(r,6)}",
                         f"07{_d(r,8)}", f"+2541{_d(r,8)}"]),
        "IN": lambda: c([f"+91 {c('6789')}{_d(r,4)} {_d(r,5)}", f"{c('6789')}{_d(r,4)}-{_d(r,5)}",
                         f"0{c('6789')}{_d(r,9)}", f"{c('6789')}{_d(r,9)}"]),
        "PK": lambda: c([f"+92 3{_d(r,2)} {_d(r,7)}", f"03{_d(r,2)}-{_d(r,7)}", f"03{_d(r,9)}"]),
        "BD": lambda: c([f"+880 1{c('3456789')}{_d(r,2)}-{_d(r,6)}", f"01{c('3456789')}{_d(r,8)}",
                         f"01{c('789')}{_d(r,2)} {_d(r,6)}"]),
        "VN": lambda: c([f"+84 {c(['91','90','98','97','38','35','70','79'])}{_d(r,1)} {_d(r,3)} {_d(r,3)}",
                         f"0{c(['91','98','97','86','33'])}{_d(r,1)} {_d(r,3)} {_d(r,3)}", f"09{_d(r,8)}"]),
        "ID": lambda: c([f"+62 8{c(['12','13','21','52','57','77','95'])}-{_d(r,4)}-{_d(r,4)}",
                         f"08{c(['12','13','21','57'])} {_d(r,4)} {_d(r,4)}", f"08{_d(r,10)}"]),
        "PH": lambda: c([f"+63 9{_d(r,2)} {_d(r,3)} {_d(r,4)}", f"09{_d(r,2)}-{_d(r,3)}-{_d(r,4)}",
                         f"09{_d(r,9)}", f"(02) 8{_d(r,3)} {_d(r,4)}"]),
        "TR": lambda: c([f"+90 5{_d(r,2)} {_d(r,3)} {_d(r,2)} {_d(r,2)}", f"05{_d(r,2)} {_d(r,3)} {_d(r,2)} {_d(r,2)}",
                         f"05{_d(r,9)}", f"0 (5{_d(r,2)}) {_d(r,3)} {_d(r,2)} {_d(r,2)}"]),
        "UA": lambda: c([f"+380 {c(['67','50','63','66','68','93','97','99'])} {_d(r,3)} {_d(r,4)}",
                         f"0{c(['67','50','93'])} {_d(r,3)} {_d(r,2)} {_d(r,2)}", f"+380{c(['67','95'])}{_d(r,7)}"]),
        "PL": lambda: c([f"+48 {c('5678')}{_d(r,2)} {_d(r,3)} {_d(r,3)}", f"{c('5678')}{_d(r,2)}-{_d(r,3)}-{_d(r,3)}",
                         f"{c('5678')}{_d(r,2)} {_d(r,3)} {_d(r,3)}"]),
        "BR": lambda: c([f"+55 {c(['11','21','31','41','51','61','71','81','85'])} 9{_d(r,4)}-{_d(r,4)}",
                         f"({c(['11','21','19','48','62'])}) 9{_d(r,4)}-{_d(r,4)}", f"{c(['11','21'])}9{_d(r,8)}"]),
        "AR": lambda: c([f"+54 9 11 {_d(r,4)}-{_d(r,4)}", f"11 15-{_d(r,4)}-{_d(r,4)}",
                         f"+54 9 {c(['351','341','261'])} {_d(r,3)}-{_d(r,4)}", f"011 15 {_d(r,4)} {_d(r,4)}"]),
        "MX": lambda: c([f"+52 {c(['55','33','81'])} {_d(r,4)} {_d(r,4)}", f"{c(['55','33','81'])} {_d(r,4)} {_d(r,4)}",
                         f"+52 1 {c(['222','442','998'])} {_d(r,3)} {_d(r,4)}", f"55{_d(r,8)}"]),
        "ES": lambda: c([f"+34 6{_d(r,2)} {_d(r,2)} {_d(r,2)} {_d(r,2)}", f"6{_d(r,2)} {_d(r,3)} {_d(r,3)}",
                         f"7{_d(r,8)}", f"+34 91 {_d(r,3)} {_d(r,2)} {_d(r,2)}"]),
        "IT": lambda: c([f"+39 3{_d(r,2)} {_d(r,3)} {_d(r,4)}", f"3{_d(r,2)} {_d(r,7)}", f"3{_d(r,2)}.{_d(r,3)}.{_d(r,4)}",
                         f"+39 02 {_d(r,4)} {_d(r,4)}"]),
        "FR": lambda: c([f"+33 {c('67')} {_d(r,2)} {_d(r,2)} {_d(r,2)} {_d(r,2)}", f"0{c('67')} {_d(r,2)} {_d(r,2)} {_d(r,2)} {_d(r,2)}",
                         f"0{c('67')}.{_d(r,2)}.{_d(r,2)}.{_d(r,2)}.{_d(r,2)}", f"0{c('67')}{_d(r,8)}"]),
        "DE": lambda: c([f"+49 15{_d(r,1)} {_d(r,8)}", f"01{c(['51','52','60','62','70','76'])} {_d(r,4)} {_d(r,4)}",
                         f"0176/{_d(r,8)}", f"+49 30 {_d(r,8)}"]),
        "US": lambda: c([f"({_nz(r,3)}) 555-0{_d(r,3)}", f"+1 {_nz(r,3)}-{_nz(r,3)}-{_d(r,4)}",
                         f"{_nz(r,3)}.{_nz(r,3)}.{_d(r,4)}", f"{_nz(r,3)}-{_nz(r,3)}-{_d(r,4)}"]),
    }
    return f[cc]()


def _postcode(r, cc):
    c = r.choice
    f = {
        "NG": lambda: c(["1", "9", "5", "7"]) + c(["0", "1", "3"]) + _d(r, 4),
        "GH": lambda: f"{c(['GA','GE','AK','GT','GS','CC'])}-{_d(r,3)}-{_d(r,4)}",
        "KE": lambda: c(["00", "40", "80", "20", "30"]) + _d(r, 3),
        "IN": lambda: c([f"{c('1456')}{_d(r,5)}", f"{c('456')}{_d(r,2)} {_d(r,3)}"]),
        "PK": lambda: c(["54", "74", "44", "46", "25"]) + _d(r, 3),
        "BD": lambda: c(["12", "13", "40", "36"]) + _d(r, 2),
        "VN": lambda: c(["10", "70", "55", "50"]) + _d(r, 4),
        "ID": lambda: c(["10", "12", "40", "60", "80", "55"]) + _d(r, 3),
        "PH": lambda: c(["12", "11", "16", "60", "17"]) + _d(r, 2),
        "TR": lambda: c(["34", "06", "35", "16", "07"]) + _d(r, 3),
        "UA": lambda: c(["01", "02", "04", "61", "65", "79"]) + _d(r, 3),
        "PL": lambda: f"{c(['00','02','30','31','50','80','60'])}-{_d(r,3)}",
        "BR": lambda: c([f"0{_d(r,4)}-{_d(r,3)}", f"{c('2345789')}{_d(r,4)}-{_d(r,3)}", f"{_nz(r,5)}{_d(r,3)}"]),
        "AR": lambda: c([f"C{_nz(r,4)}{_L(r,3)}", f"{c(['B','X','S'])}{_nz(r,4)}{_L(r,3)}", _nz(r, 4)]),
        "MX": lambda: c(["0", "1", "4", "6"]) + _d(r, 4),
        "ES": lambda: c(["28", "08", "41", "46", "29", "48"]) + _d(r, 3),
        "IT": lambda: c(["00", "20", "10", "80", "40", "50"]) + _d(r, 3),
        "FR": lambda: c(["75", "69", "13", "33", "31", "59"]) + c(["0", "1"]) + _d(r, 2),
        "DE": lambda: c(["10", "20", "50", "60", "80", "01"]) + _d(r, 3),
        "US": lambda: c([_nz(r, 5), f"{_nz(r,5)}-{_d(r,4)}"]),
    }
    return f[cc]()


# country -> (cities, street builder, layout) ; layout: "SPC" street, postcode city / "SCP" street, city postcode
def _street(r, cc):
    c = r.choice
    n = str(r.randint(1, 240))
    f = {
        "NG": lambda: c([f"{n} {c(['Adeola Odeku Street','Allen Avenue','Awolowo Road','Admiralty Way','Ogunlana Drive','Herbert Macaulay Way','Aminu Kano Crescent'])}",
                         f"Flat {r.randint(1,12)}, {n} {c(['Bode Thomas St','Opebi Rd','Ahmadu Bello Way'])}",
                         f"Plot {n}, {c(['Block C','Block 4'])}, {c(['Lekki Phase 1 Estate Road','Gwarinpa 3rd Avenue'])}"]),
        "GH": lambda: c([f"House No. {n}, {c(['Oxford Street','Ring Road East','Spintex Road','Liberation Road'])}",
                         f"Hse {n} {c(['Lagos Avenue','Ablade Road','Boundary Rd'])}"]),
        "KE": lambda: c([f"Apt {r.randint(1,9)}{c('ABCD')}, {c(['Kindaruma Rd','Ngong Road','Argwings Kodhek Rd','Lenana Road'])}",
                         f"P.O. Box {r.randint(100,99999)}", f"Hse {n}, {c(['Moi Avenue','Kenyatta Ave','Thika Rd'])}"]),
        "IN": lambda: c([f"Flat {r.randint(1,12)}0{r.randint(1,9)}, {c(['Sai Residency','Prestige Lakeside','Green Park Apts','Shanti Niwas'])}, {c(['14th Main Road','4th Cross','MG Road','Link Road'])}",
                         f"H.No. {r.randint(1,20)}-{r.randint(1,9)}-{n}, {c(['Road No. 12','Nehru Street','Station Road'])}",
                         f"#{n}, {r.randint(1,30)}th Cross, {c(['2nd Stage','3rd Block'])}"]),
        "PK": lambda: c([f"House {n}, Street {r.randint(1,40)}, {c(['Block C','Block J','Phase 2'])}",
                         f"Flat {r.randint(1,20)}, {c(['Gulberg Heights','Clifton Towers'])}, {c(['Main Boulevard','Shahrah-e-Faisal'])}"]),
        "BD": lambda: c([f"House {n}, Road {r.randint(1,30)}, Block {c('ABCDEF')}",
                         f"Flat {r.randint(1,9)}{c('ABC')}, House {n}, Road {r.randint(1,20)}"]),
        "VN": lambda: c([f"Số {n} ngõ {r.randint(1,300)} {c(['Phố Huế','Kim Mã','Láng Hạ','Trần Duy Hưng'])}",
                         f"{n} {c(['Nguyễn Huệ','Lê Lợi','Điện Biên Phủ','Võ Văn Tần'])}, P.{r.randint(1,15)}",
                         f"{n}/{r.randint(1,40)} {c(['Cách Mạng Tháng 8','Nguyen Trai','Hai Ba Trung'])}"]),
        "ID": lambda: c([f"Jl. {c(['Sudirman','Gatot Subroto','Kemang Raya','Dago','Malioboro','Pemuda'])} No. {n}, RT {r.randint(1,15):02d}/RW {r.randint(1,12):02d}",
                         f"Jl. {c(['Melati','Kenanga','Anggrek'])} Blok {c('ABCDE')}{r.randint(1,20)} No. {r.randint(1,40)}"]),
        "PH": lambda: c([f"Unit {r.randint(1,40)}{c('ABCD')}, {n} {c(['Ayala Ave','Shaw Blvd','Katipunan Ave','EDSA'])}",
                         f"Blk {r.randint(1,30)} Lot {r.randint(1,40)}, {c(['Sampaguita St','Mabini St','Rizal St'])}",
                         f"{n} {c(['Aurora Blvd','Taft Ave','Osmeña Blvd'])}, Brgy. {c(['San Isidro','Poblacion','Malinis'])}"]),
        "TR": lambda: c([f"{c(['Atatürk','Bağdat','İstiklal','Cumhuriyet'])} Cad. No: {n} D: {r.randint(1,20)}",
                         f"{c(['Gül','Lale','Papatya'])} Sok. No:{n}/{r.randint(1,12)}",
                         f"{c(['Moda','Fenerbahçe','Bahçelievler'])} Mah. {c(['Çiçek','Şair Nefi'])} Sk. No {n} Daire {r.randint(1,15)}"]),
        "UA": lambda: c([f"vul. {c(['Khreshchatyk','Shevchenka','Lesi Ukrainky','Sumska','Derybasivska'])}, {n}, kv. {r.randint(1,120)}",
                         f"вул. {c(['Хрещатик','Шевченка','Франка'])}, {n}, кв. {r.randint(1,90)}",
                         f"prosp. {c(['Peremohy','Nauky'])} {n}/{r.randint(1,9)}"]),
        "PL": lambda: c([f"ul. {c(['Marszałkowska','Piotrkowska','Długa','Floriańska','Grunwaldzka'])} {n}/{r.randint(1,60)}",
                         f"ul. {c(['Lipowa','Polna','Leśna'])} {n} m. {r.randint(1,40)}",
                         f"al. {c(['Jerozolimskie','Niepodległości'])} {n}"]),
        "BR": lambda: c([f"Rua {c(['Augusta','Oscar Freire','das Flores','XV de Novembro','Voluntários da Pátria'])}, {n}, apto {r.randint(11,204)}",
                         f"Av. {c(['Paulista','Brasil','Atlântica'])}, {n}{c(['',' - bloco B',' - casa 2'])}",
                         f"R. {c(['Tiradentes','Sete de Setembro'])} {n}"]),
        "AR": lambda: c([f"Av. {c(['Corrientes','Santa Fe','Cabildo','Rivadavia'])} {r.randint(100,5999)}, {r.randint(1,15)}° {c('ABCD')}",
                         f"{c(['Thames','Gurruchaga','Honduras','Bolívar'])} {r.randint(100,3000)} PB {r.randint(1,4)}",
                         f"Calle {r.randint(1,60)} N° {r.randint(100,1500)}"]),
        "MX": lambda: c([f"Av. {c(['Insurgentes Sur','Reforma','Revolución','Chapultepec'])} {r.randint(10,3000)}, Int. {r.randint(1,30)}",
                         f"Calle {c(['Durango','Tonalá','Orizaba','Amsterdam'])} #{n}, Depto. {r.randint(101,804)}",
                         f"{c(['Hidalgo','Morelos','Juárez'])} {n} Col. {c(['Centro','Del Valle','Roma Norte'])}"]),
        "ES": lambda: c([f"C/ {c(['Gran Vía','Mayor','Alcalá','Aribau','Serrano'])} {n}, {r.randint(1,8)}º {r.randint(1,4)}ª",
                         f"Avda. {c(['Diagonal','de la Constitución','del Puerto'])} {n}, {c(['bajo','ático','1ºB'])}",
                         f"Calle {c(['Luna','Sol','Fuencarral'])}, {n}, esc. {c('AB')}"]),
        "IT": lambda: c([f"Via {c(['Roma','Garibaldi','Mazzini','Toledo','dei Mille','Cavour'])} {n}{c(['',', int. 4',', scala B','/A'])}",
                         f"Corso {c(['Buenos Aires','Vittorio Emanuele II','Francia'])} {n}",
                         f"P.za {c(['Navona','Duomo','Garibaldi'])} {r.randint(1,30)}"]),
        "FR": lambda: c([f"{n} rue {c(['de Rivoli','Oberkampf','de la République','Sainte-Catherine','du Faubourg Saint-Antoine'])}",
                         f"{n} bis, avenue {c(['Jean Jaurès','Foch','de la Liberté'])}",
                         f"Bât. {c('ABC')}, apt {r.randint(1,80)}, {n} bd {c(['Voltaire','Haussmann'])}"]),
        "DE": lambda: c([f"{c(['Hauptstraße','Bahnhofstr.','Lindenallee','Schillerstraße','Goethestr.','Torstraße'])} {n}{c(['','a','b'])}",
                         f"{c(['Am Markt','Kastanienweg','Rosenweg'])} {r.randint(1,40)}, {c(['3. OG','Hinterhaus','WE 12'])}"]),
        "US": lambda: c([f"{r.randint(100,9999)} {c(['Elm St','Maple Ave','Oak Street','Sunset Blvd','W 45th St','Peachtree Rd NE'])}{c(['',' Apt 5B',', Unit 210',' #12'])}",
                         f"PO Box {r.randint(100,9999)}"]),
    }
    return f[cc]()


CITIES = {
    "NG": ["Lagos", "Abuja", "Ibadan", "Kano", "Enugu", "Port Harcourt", "Kaduna"],
    "GH": ["Accra", "Kumasi", "Tema", "Takoradi", "Cape Coast"],
    "KE": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"],
    "IN": ["Bengaluru", "Mumbai", "Hyderabad", "Chennai", "Pune", "New Delhi", "Kolkata"],
    "PK": ["Lahore", "Karachi", "Islamabad", "Rawalpindi", "Faisalabad"],
    "BD": ["Dhaka", "Chattogram", "Sylhet", "Khulna"],
    "VN": ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hai Phong", "Can Tho"],
    "ID": ["Jakarta Selatan", "Bandung", "Surabaya", "Yogyakarta", "Medan"],
    "PH": ["Makati City", "Quezon City", "Cebu City", "Pasig", "Davao City"],
    "TR": ["Kadıköy/İstanbul", "Çankaya/Ankara", "İzmir", "Bursa", "Antalya"],
    "UA": ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro"],
    "PL": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Gdańsk", "Poznań"],
    "BR": ["São Paulo - SP", "Rio de Janeiro - RJ", "Belo Horizonte/MG", "Curitiba - PR", "Recife"],
    "AR": ["CABA", "Córdoba", "Rosario", "La Plata", "Mendoza"],
    "MX": ["CDMX", "Guadalajara, Jal.", "Monterrey, N.L.", "Puebla", "Querétaro"],
    "ES": ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Málaga"],
    "IT": ["Milano", "Roma", "Napoli", "Torino", "Bologna", "Firenze"],
    "FR": ["Paris", "Lyon", "Marseille", "Bordeaux", "Toulouse", "Lille"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Leipzig"],
    "US": ["Austin, TX", "Brooklyn, NY", "Chicago, IL", "Oakland, CA", "Atlanta, GA"],
}
# postcode before city / after city / none
_PC_ORDER = {"NG": "city_pc", "GH": "pc_only", "KE": "pc_city", "IN": "city_pc", "PK": "city_pc",
             "BD": "city_pc", "VN": "city_pc", "ID": "city_pc", "PH": "city_pc", "TR": "pc_city",
             "UA": "pc_city", "PL": "pc_city", "BR": "pc_city", "AR": "pc_city", "MX": "pc_city",
             "ES": "pc_city", "IT": "pc_city", "FR": "pc_city", "DE": "pc_city", "US": "city_pc"}


def _address(r, cc, with_pc=True):
    """returns list of segments for a full delivery address"""
    st = _street(r, cc)
    city = r.choice(CITIES[cc])
    pc = _postcode(r, cc)
    order = _PC_ORDER[cc]
    segs = [(st, "address")]
    if not with_pc or r.random() < 0.15:
        return segs + [(", ", "o"), (city, "~")]
    if order == "pc_only":
        return segs + [(", ", "o"), (city, "~"), (r.choice([", GPS ", " ", ", "]), "o"), (pc, "postcode")]
    if cc == "KE" and st.startswith("P.O."):
        return segs + [(" - ", "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
    if order == "pc_city":
        sep = {"MX": ", C.P. ", "BR": ", CEP ", "AR": ", CP "}.get(cc, ", ")
        return segs + [(sep, "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
    sep = r.choice([" - ", " ", ", "]) if cc in ("IN", "BD", "PK") else " "
    return segs + [(", ", "o"), (city, "~"), (sep, "o"), (pc, "postcode")]


def _luhn_fill(prefix, length):
    digits = [int(x) for x in prefix]
    while len(digits) < length - 1:
        digits.append(0)
    return digits


def _card(r):
    pre = r.choice(["4", "5" + str(r.randint(1, 5)), "2221", "37", "6011", "5061"])
    ln = 15 if pre == "37" else 16
    body = pre + _d(r, ln - len(pre) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    full = body + str((10 - tot % 10) % 10)
    last = full[-4:]
    return r.choice([" ".join(full[i:i + 4] for i in range(0, len(full), 4)), full,
                     f"**** **** **** {last}", f"xxxx-xxxx-xxxx-{last}", f"****{last}",
                     f"{full[:6]}******{last}", f"XXXX{last}", f"{full[:4]} **** **** {last}"])


_IBAN_FMT = {"TR": ("TR", 22), "UA": ("UA", 25), "PL": ("PL", 24), "BR": ("BR", 25), "ES": ("ES", 20),
             "IT": ("IT", 23), "FR": ("FR", 23), "DE": ("DE", 18), "PK": ("PK", 20)}


def _iban(r, cc):
    code, blen = _IBAN_FMT[cc]
    if cc in ("IT",):
        bban = _L(r, 1) + _d(r, 10) + _d(r, 12)
    elif cc == "PK":
        bban = r.choice(["SCBL", "HABB", "MEZN", "UNIL"]) + _d(r, 16)
    elif cc == "BR":
        bban = _d(r, 23) + "C1"
    else:
        bban = _d(r, blen)
    num = "".join(str(int(ch, 36)) for ch in bban + code + "00")
    chk = 98 - int(num) % 97
    ib = f"{code}{chk:02d}{bban}"
    if r.random() < 0.5:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def _natid(r, cc):
    """returns (cue, value) for a national / tax id"""
    c = r.choice
    f = {
        "NG": lambda: c([("BVN", _nz(r, 11)), ("NIN", _nz(r, 11)), ("bvn", "22" + _d(r, 9))]),
        "GH": lambda: c([("Ghana Card", f"GHA-{_nz(r,9)}-{_d(r,1)}"), ("ghana card no", f"GHA{_nz(r,9)}{_d(r,1)}")]),
        "KE": lambda: c([("ID no", _nz(r, 8)), ("KRA PIN", f"A{_d(r,9)}{_L(r,1)}"), ("natl id", _nz(r, 7))]),
        "IN": lambda: c([("Aadhaar", f"{_nz(r,4)} {_d(r,4)} {_d(r,4)}"), ("aadhar", _nz(r, 12)),
                         ("PAN", f"{_L(r,3)}P{_L(r,1)}{_d(r,4)}{_L(r,1)}"), ("pan card", f"{_L(r,5).lower()}{_d(r,4)}{_L(r,1).lower()}")]),
        "PK": lambda: c([("CNIC", f"{c(['35202','42101','61101','37405'])}-{_d(r,7)}-{_d(r,1)}"), ("cnic", f"{_nz(r,13)}")]),
        "BD": lambda: c([("NID", _nz(r, 10)), ("nid no", _nz(r, 17)), ("smart card", _nz(r, 10))]),
        "VN": lambda: c([("CCCD", "0" + _d(r, 11)), ("cccd so", "0" + _d(r, 11)), ("CMND", _nz(r, 9))]),
        "ID": lambda: c([("NIK", c(["31", "32", "35", "33"]) + _d(r, 14)), ("no KTP", "3" + _d(r, 15))]),
        "PH": lambda: c([("PhilSys", f"{_d(r,4)}-{_d(r,4)}-{_d(r,4)}-{_d(r,4)}"), ("TIN", f"{_d(r,3)}-{_d(r,3)}-{_d(r,3)}-000"),
                         ("UMID", f"{_d(r,4)}-{_d(r,7)}-{_d(r,1)}")]),
        "TR": lambda: c([("TC kimlik", _nz(r, 10) + c("02468")), ("TCKN", _nz(r, 11))]),
        "UA": lambda: c([("RNOKPP", _nz(r, 10)), ("IPN", _nz(r, 10)), ("passport", f"{_L(r,2)}{_d(r,6)}"), ("ID-card", _nz(r, 9))]),
        "PL": lambda: c([("PESEL", f"{r.randint(60,99)}{r.randint(1,12):02d}{r.randint(1,28):02d}{_d(r,5)}"), ("dowód", f"{_L(r,3)} {_d(r,6)}")]),
        "BR": lambda: c([("CPF", f"{_d(r,3)}.{_d(r,3)}.{_d(r,3)}-{_d(r,2)}"), ("cpf", _d(r, 11)), ("RG", f"{_d(r,2)}.{_d(r,3)}.{_d(r,3)}-{_d(r,1)}")]),
        "AR": lambda: c([("DNI", f"{r.randint(20,45)}.{_d(r,3)}.{_d(r,3)}"), ("CUIL", f"{c(['20','27','23'])}-{r.randint(20,45)}{_d(r,6)}-{_d(r,1)}"),
                         ("dni", f"{r.randint(20,45)}{_d(r,6)}")]),
        "MX": lambda: c([("CURP", f"{_L(r,4)}{r.randint(60,99)}{r.randint(1,12):02d}{r.randint(1,28):02d}{c('HM')}{c(['DF','JC','NL','PL','MC'])}{_L(r,3)}{_d(r,2)}"),
                         ("RFC", f"{_L(r,4)}{_d(r,6)}{_L(r,2)}{_d(r,1)}"), ("INE", _nz(r, 13))]),
        "ES": lambda: c([("DNI", f"{_d(r,8)}{_L(r,1)}"), ("NIE", f"{c('XYZ')}{_d(r,7)}{_L(r,1)}"), ("dni", f"{_d(r,8)}-{_L(r,1)}")]),
        "IT": lambda: c([("codice fiscale", f"{_L(r,6)}{_d(r,2)}{c('ABCDEHLMPRST')}{_d(r,2)}{_L(r,1)}{_d(r,3)}{_L(r,1)}"),
                         ("CF", f"{_L(r,6)}{_d(r,2)}{c('ABCDEH')}{_d(r,2)}{_L(r,1)}{_d(r,3)}{_L(r,1)}".lower())]),
        "FR": lambda: c([("n° sécu", f"{c('12')} {_d(r,2)} {r.randint(1,12):02d} {_d(r,2)} {_d(r,3)} {_d(r,3)} {_d(r,2)}"),
                         ("NIR", f"{c('12')}{_d(r,14)}")]),
        "DE": lambda: c([("Steuer-ID", f"{_nz(r,2)} {_d(r,3)} {_d(r,3)} {_d(r,3)}"), ("steuer id", _nz(r, 11)),
                         ("Perso-Nr", f"L{_L(r,2)}{_d(r,6)}")]),
        "US": lambda: c([("SSN", f"{r.randint(100,665)}-{_d(r,2)}-{_d(r,4)}"), ("ssn", f"{r.randint(100,665)}{_d(r,6)}"),
                         ("DL#", f"{_L(r,1)}{_d(r,7)}")]),
    }
    return f[cc]()


def _txid(r):
    c = r.choice
    hx = "0123456789abcdef"
    return c([
        ("order", f"#{_nz(r,8)}"), ("order no", f"{_L(r,2)}{_d(r,9)}"), ("ord", _nz(r, 10)),
        ("txn", "".join(c(hx) for _ in range(r.choice([12, 16])))),
        ("tx hash", "0x" + "".join(c(hx) for _ in range(r.choice([16, 24])))),
        ("wallet", "0x" + "".join(c(hx + "ABCDEF") for _ in range(20))),
        ("TRC20 addr", "T" + "".join(c("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(33))),
        ("ticket", f"#{_nz(r,6)}"), ("ticket", f"TKT-{_nz(r,7)}"), ("ref", f"{_L(r,3)}{_d(r,8)}"),
        ("acct no", _nz(r, 10)), ("acc", f"{_d(r,4)}{_nz(r,6)}"), ("tracking", f"{_L(r,2)}{_d(r,9)}{_L(r,2)}"),
        ("UID", _nz(r, 9)), ("user id", _nz(r, 8)), ("booking", _L(r, 6)), ("claim", f"CLM-{_d(r,6)}"),
        ("dispute", f"DSP{_nz(r,7)}"), ("P2P order", _nz(r, 19)), ("policy", f"POL/{_d(r,4)}/{_d(r,5)}"),
    ])


_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
_MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"]


def _dob(r, cc):
    y, m, d = r.randint(1952, 2005), r.randint(1, 12), r.randint(1, 28)
    c = r.choice
    if cc == "US":
        return c([f"{m:02d}/{d:02d}/{y}", f"{_MONTH[m-1]} {d}, {y}", f"{m}/{d}/{str(y)[2:]}"])
    if cc in ("MX", "ES", "AR"):
        return c([f"{d:02d}/{m:02d}/{y}", f"{d} de {_MES[m-1]} de {y}", f"{d}-{m}-{y}"])
    if cc in ("DE", "PL", "UA", "TR"):
        return c([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{str(y)[2:]}", f"{d:02d}/{m:02d}/{y}"])
    if cc in ("VN", "ID", "IN", "PK", "BD", "NG", "GH", "KE", "PH"):
        return c([f"{d:02d}/{m:02d}/{y}", f"{d} {_MON[m-1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
                  f"{d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'} {_MONTH[m-1]} {y}"])
    return c([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {_MON[m-1]} {y}"])


def _ip(r):
    if r.random() < 0.15:
        return "2001:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 65535):x}"
    a = r.choice([41, 102, 105, 197, 49, 103, 182, 113, 36, 112, 78, 176, 83, 177, 189, 181, 201, 88, 93, 79, 91, 73, 24])
    return f"{a}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"


_EMAIL_DOM = {"NG": ["gmail.com", "yahoo.com", "yahoo.co.uk"], "GH": ["gmail.com", "yahoo.com"],
              "KE": ["gmail.com", "yahoo.com"], "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com"],
              "PK": ["gmail.com", "hotmail.com"], "BD": ["gmail.com", "yahoo.com"], "VN": ["gmail.com", "yahoo.com.vn"],
              "ID": ["gmail.com", "yahoo.co.id"], "PH": ["gmail.com", "yahoo.com.ph"], "TR": ["gmail.com", "hotmail.com"],
              "UA": ["ukr.net", "gmail.com", "i.ua"], "PL": ["wp.pl", "o2.pl", "onet.pl", "gmail.com"],
              "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"], "AR": ["gmail.com", "hotmail.com.ar"],
              "MX": ["gmail.com", "hotmail.com", "outlook.com"], "ES": ["gmail.com", "hotmail.es"],
              "IT": ["libero.it", "gmail.com", "virgilio.it"], "FR": ["orange.fr", "gmail.com", "free.fr"],
              "DE": ["gmx.de", "web.de", "t-online.de"], "US": ["gmail.com", "icloud.com", "outlook.com", "aol.com"]}


def _slug(s):
    s = _fold(s)
    return re.sub(r"[^a-z0-9]", "", s)


def _email(r, cc, given, fam):
    g, f = _slug(given), _slug(fam)
    loc = r.choice([f"{g}.{f}", f"{g}{f}{r.randint(1,99)}", f"{g[:1]}{f}", f"{g}_{f}", f"{f}.{g}{r.randint(70,99)}",
                    f"{g}{r.randint(1990,2005)}"])
    return f"{loc}@{r.choice(_EMAIL_DOM[cc])}"


def _handle(r, given, fam):
    g, f = _slug(given), _slug(fam)
    return r.choice([f"{g}_{f[:3]}", f"{g}{r.randint(1,999)}", f"the_{g}", f"{f}.{g[:1]}", f"{g}x{f[:2]}",
                     f"{g}.{r.choice(['crypto','trader','eats','shop','btc'])}", f"{g}{f}"])


def _url(r, handle):
    c = r.choice
    return c([f"https://instagram.com/{handle}", f"t.me/{handle}", f"https://www.facebook.com/profile.php?id=1000{_d(r,11)}",
              f"linktr.ee/{handle}", f"https://x.com/{handle}", f"tiktok.com/@{handle}",
              f"https://shopee.co.id/{handle}", f"https://www.etsy.com/shop/{handle}",
              f"https://www.binance.com/en/my/referral?ref={_L(r,8)}", f"wa.me/{_nz(r,12)}",
              f"https://p2p.binance.com/en/advertiserDetail?advertiserNo={'s'+_d(r,12)}",
              f"https://www.linkedin.com/in/{handle}-{_d(r,4)}"])


TITLES_PRE = {"NG": ["Mr", "Mrs", "Alhaji", "Hajia", "Chief", "Engr.", "Aunty", "Oga", "Madam", "Dr"],
              "GH": ["Mr.", "Mrs", "Auntie", "Nana", "Madam", "Dr."], "KE": ["Mr", "Mrs", "Mama", "Dr", "Mzee"],
              "IN": ["Mr.", "Mrs.", "Dr.", "Shri", "Smt."], "PK": ["Mr", "Mrs", "Dr.", "Syed", "Ch."],
              "BD": ["Mr.", "Mrs.", "Dr.", "Md."], "VN": ["anh", "chị", "Mr", "Ms", "cô"],
              "ID": ["Pak", "Bu", "Mas", "Mbak", "Kak"], "PH": ["Kuya", "Ate", "Tita", "Sir", "Ma'am", "Mr."],
              "TR": ["Sn.", "Dr.", "Av."], "UA": ["pan", "pani", "p."], "PL": ["pan", "pani", "Pani", "Pan"],
              "BR": ["Sr.", "Sra.", "Dona", "Seu", "Dr."], "AR": ["Sr.", "Sra.", "Dr."],
              "MX": ["Sr.", "Sra.", "Lic.", "Ing.", "Don", "Doña"], "ES": ["Sr.", "Sra.", "D.", "Dña."],
              "IT": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa"], "FR": ["M.", "Mme", "Mlle", "Me"],
              "DE": ["Herr", "Frau", "Dr.", "Hr.", "Fr."], "US": ["Mr.", "Ms.", "Mrs.", "Dr."]}
TITLES_POST = {"NG": ["sir", "ma"], "IN": ["ji", "sir", "madam"], "PK": ["sahab", "sb", "bhai", "ji"],
               "BD": ["bhai", "apa", "vai"], "TR": ["Bey", "Hanım", "bey", "hanım"], "PH": ["po"],
               "KE": ["bro"], "GH": ["sir"], "VN": ["ạ"], "ID": ["kak"], "US": ["Jr.", "Sr."]}

NICKS = ["Bose", "Chichi", "Emy", "Tolu", "Kachi", "Dayo", "Ebby", "Nonny", "Jojo", "Kuku", "Bubu", "Pinky",
         "Bunny", "Tintin", "Pancho", "Paco", "Pepe", "Lalo", "Nacho", "Juanca", "Beppe", "Gigi", "Titi",
         "Gosia", "Kasia", "Sasha", "Tolik", "Dede", "Babs", "Ziggy", "Mimi", "Nando", "Tuti", "Bebe",
         "Wawa", "Popoy", "Bingbing", "Chuy", "Moni", "Ferchu"]

_SYL = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "da", "ko", "zu", "ye", "ba", "fe", "no", "ri"]


def _ok_pick(r, pool, listed):
    cands = [x for x in pool if _name_ok(x, listed)]
    if cands:
        return r.choice(cands)
    for _ in range(200):
        w = "".join(r.choice(_SYL) for _ in range(r.randint(2, 3))).capitalize()
        if _name_ok(w, listed):
            return w
    return "Xq" + "".join(r.choice("aeiou") for _ in range(3))


class _Person:
    def __init__(self, r, culture, listed):
        cc, male, female, fam = _POOLS[culture]
        self.cc, self.culture = cc, culture
        self.male = r.random() < 0.5
        self.given = _ok_pick(r, male if self.male else female, listed)
        self.fam = _ok_pick(r, fam, listed)
        self.extra = ""
        if culture in ("mexico", "spain") and r.random() < 0.45:
            self.extra = _ok_pick(r, fam, listed)
        if culture == "vietnam":
            self.mid = _ok_pick(r, ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc"], listed)
        if culture == "ukraine" and r.random() < 0.3:
            pat = _ok_pick(r, ["Oleksandrovych", "Petrivna", "Ivanivna", "Mykolaiovych", "Serhiivna", "Vasylovych"], listed)
            self.extra = pat
        if culture == "brazil" and r.random() < 0.3:
            self.fam = r.choice(["da ", "dos ", "de "]) + self.fam

    def full(self, r):
        if self.culture == "vietnam":
            return r.choice([f"{self.fam} {self.mid} {self.given}", f"{self.fam} {self.given}", self.given])
        if self.culture == "ukraine" and self.extra:
            return f"{self.given} {self.extra} {self.fam}"
        if self.extra:
            return f"{self.given} {self.fam} {self.extra}"
        if self.culture == "indonesia" and r.random() < 0.35:
            return self.given
        return f"{self.given} {self.fam}"

    def form(self, r):
        """returns segments for varied name forms"""
        k = r.random()
        if k < 0.42:
            return [(self.full(r), "name")]
        if k < 0.62:
            return [(self.given, "name")]
        if k < 0.70:
            return [(self.fam, "name")]
        if k < 0.78:
            t = r.choice(TITLES_PRE[self.cc])
            return [(t + " ", "o"), (r.choice([self.fam, self.given, self.full(r)]), "name")]
        if k < 0.86 and self.cc in TITLES_POST:
            return [(self.given, "name"), (" " + r.choice(TITLES_POST[self.cc]), "o")]
        if k < 0.93:
            return [(f"{self.given} {self.fam[:1]}", "name"), (".", "o")]
        return [(self.full(r), "name")]

    def crm(self, r):
        fam = self.fam + ((" " + self.extra) if self.extra and self.culture != "ukraine" else "")
        k = r.random()
        if k < 0.45:
            return [(fam.upper(), "name"), (", ", "o"), (self.given, "name")]
        if k < 0.7:
            return [(fam.lower(), "name"), (", ", "o"), (self.given.lower(), "name")]
        return [(fam, "name"), (r.choice([", ", " / "]), "o"), (self.given, "name")]


APPS = {"NG": ["Opay", "PalmPay", "Moniepoint", "Kuda", "Chowdeck", "Jumia", "Konga", "Quidax", "Jiji"],
        "GH": ["MTN MoMo", "Vodafone Cash", "Jumia Food", "Bolt Food", "Zeepay", "Hubtel"],
        "KE": ["M-Pesa", "Airtel Money", "Glovo", "Jiji", "Fuliza", "Luno", "Chipper Cash"],
        "IN": ["Paytm", "PhonePe", "GPay", "Swiggy", "Zomato", "Flipkart", "Meesho", "WazirX", "CoinDCX"],
        "PK": ["JazzCash", "Easypaisa", "foodpanda", "Daraz", "SadaPay", "NayaPay"],
        "BD": ["bKash", "Nagad", "Rocket", "Daraz", "foodpanda", "Pathao Food"],
        "VN": ["MoMo", "ZaloPay", "ShopeeFood", "Tiki", "GrabFood", "VNPay"],
        "ID": ["GoPay", "OVO", "DANA", "Tokopedia", "GoFood", "ShopeePay", "Indodax"],
        "PH": ["GCash", "Maya", "Lazada", "GrabFood", "foodpanda", "Coins.ph"],
        "TR": ["Papara", "Trendyol", "Getir", "Yemeksepeti", "Hepsiburada", "BtcTurk"],
        "UA": ["Monobank", "Privat24", "Rozetka", "Glovo", "OLX", "WhiteBIT", "Nova Poshta"],
        "PL": ["BLIK", "Allegro", "Pyszne.pl", "Wolt", "Revolut", "zondacrypto", "InPost"],
        "BR": ["Nubank", "PicPay", "iFood", "Mercado Livre", "Pix", "Mercado Pago", "99Food"],
        "AR": ["Mercado Pago", "Ualá", "PedidosYa", "Rappi", "Lemon Cash", "Belo"],
        "MX": ["Mercado Pago", "Rappi", "DiDi Food", "Bitso", "Clip", "Spin by OXXO", "Uber Eats"],
        "ES": ["Bizum", "Glovo", "Wallapop", "Just Eat", "Vinted", "Revolut"],
        "IT": ["Satispay", "Deliveroo", "Subito", "Just Eat", "PostePay", "Young Platform"],
        "FR": ["Lydia", "Uber Eats", "Leboncoin", "Deliveroo", "Vinted", "Paylib"],
        "DE": ["N26", "Lieferando", "Kleinanzeigen", "Wolt", "Trade Republic", "PayPal"],
        "US": ["Venmo", "Cash App", "DoorDash", "Grubhub", "Coinbase", "Etsy", "Zelle"]}
GLOBAL_APPS = ["Binance", "Bybit", "OKX", "KuCoin", "Kraken", "Wise", "Amazon", "eBay", "Temu", "Shein",
               "Uber Eats", "Apple Pay", "Google Pay", "Visa", "Mastercard", "Trust Wallet", "MetaMask"]
CUR = {"NG": ["₦", "NGN ", "N"], "GH": ["GHS ", "GH₵", "cedis "], "KE": ["KES ", "Ksh ", "sh"], "IN": ["₹", "Rs ", "INR "],
       "PK": ["Rs.", "PKR "], "BD": ["৳", "Tk ", "BDT "], "VN": ["VND ", "đ"], "ID": ["Rp", "IDR "], "PH": ["₱", "PHP "],
       "TR": ["₺", "TL "], "UA": ["₴", "UAH ", "грн "], "PL": ["zł ", "PLN "], "BR": ["R$", "R$ "], "AR": ["ARS ", "$"],
       "MX": ["MXN ", "$"], "ES": ["€", "EUR "], "IT": ["€", "EUR "], "FR": ["€", "EUR "], "DE": ["€", "EUR "], "US": ["$", "USD "]}
COINS = ["USDT", "BTC", "ETH", "SOL", "BNB", "USDC", "TRX", "XRP", "TON", "DOGE"]
TEAMS = ["Tier 2", "T2 Payments", "KYC team", "Risk Ops", "Disputes queue", "Merchant Support", "Rider Ops",
         "P2P Desk", "Chargebacks", "Fraud Squad", "VIP queue", "Night shift", "L2 Crypto", "Seller Care",
         "Escalations", "Refunds pod", "Compliance", "AML desk", "Courier Desk", "QA"]
FEATS = ["P2P", "KYC lvl 2", "2FA", "OTP", "escrow", "auto-invest", "Earn", "spot wallet", "futures", "BNPL",
         "virtual card", "savings vault", "cashback", "promo code", "Buy Now", "Flex plan", "Pro plan", "Gold tier",
         "Swiggy One", "Uber One", "DashPass", "Wolt+", "Prime", "staking", "convert", "payout", "top-up", "QR pay"]
ISSUES = ["failed payout", "double debit", "pending withdrawal", "stuck deposit", "wrong item", "missing order",
          "late delivery", "cold food", "refund delay", "frozen acct", "KYC reject", "OTP not coming", "chargeback",
          "P2P dispute", "card declined", "app crash on login", "promo not applied", "rider no-show", "fake seller claim",
          "reversed txn", "limit upgrade", "blocked transfer"]
SH = ["cx happy", "FCR", "CSAT 5/5", "resolved", "closed", "tkt closed", "no esc needed", "all good", "sorted",
      "fixed", "done", "issue cleared", "np", "win", "great outcome", "csat 10/10", "resolved 1st contact", "TL informed"]
THX = {"NG": ["abeg", "e don work", "na so", "oya", "no wahala"], "GH": ["chale", "medaase", "ete sen"],
       "KE": ["sawa", "asante sana", "poa", "fiti"], "IN": ["ho gaya", "theek hai", "bhai", "done ji", "jaldi"],
       "PK": ["shukriya", "theek hai", "ho gaya"], "BD": ["dhonnobad", "thik ache", "hoye geche"],
       "VN": ["cảm ơn", "ok rồi", "xong rồi"], "ID": ["makasih", "sudah beres", "mantap", "aman"],
       "PH": ["salamat po", "ayos na", "okay na po"], "TR": ["teşekkürler", "tamam", "sorun çözüldü"],
       "UA": ["дякую", "dyakuyu", "vse ok"], "PL": ["dzięki", "załatwione", "super"],
       "BR": ["valeu", "resolvido", "show", "top demais"], "AR": ["che", "genial", "re bien", "joya"],
       "MX": ["órale", "gracias", "sale", "chido"], "ES": ["vale", "genial", "gracias"],
       "IT": ["grazie", "tutto ok", "perfetto"], "FR": ["merci", "nickel", "c'est réglé"],
       "DE": ["danke", "passt", "erledigt"], "US": ["ty", "awesome", "all set"]}
DEVICES = ["iPhone 13", "Galaxy A14", "Redmi Note 12", "Tecno Spark 10", "Infinix Hot 30", "Pixel 7", "itel A70",
           "OPPO A57", "vivo Y21", "iOS 17.2", "Android 14", "app v4.2.1", "build 7.18.0"]
PLACES = ["Ikeja", "Lekki", "Osu", "Westlands", "Andheri", "Koramangala", "Gulshan", "Dhanmondi", "Quận 1",
          "Kemang", "BGC", "Beşiktaş", "Podil", "Mokotów", "Pinheiros", "Palermo", "Polanco", "Malasaña",
          "Navigli", "Le Marais", "Kreuzberg", "Brooklyn", "JFK", "Heathrow", "Dubai", "Lagos", "Nairobi", "Manila",
          "Istanbul", "Kyiv", "São Paulo", "Madrid", "Berlin", "Karachi", "Jakarta", "Hanoi", "Accra", "Dhaka"]


def _amt(r, cc):
    cur = r.choice(CUR[cc])
    v = r.choice([r.randint(5, 999), r.randint(1000, 250000), round(r.uniform(1, 500), 2)])
    if isinstance(v, float):
        txt = f"{v:.2f}"
    else:
        txt = f"{v:,}" if r.random() < 0.5 else str(v)
    if cur.strip() in ("cedis", "грн", "zł") or (cur == "đ"):
        return f"{txt} {cur.strip()}"
    return f"{cur}{txt}"


def _time(r):
    return r.choice([f"{r.randint(1,12)}{r.choice(['am','pm'])}", f"{r.randint(0,23):02d}:{r.randint(0,59):02d}",
                     f"{r.randint(2,59)} mins", f"{r.randint(1,48)}h", "EOD", "tmrw", f"{r.randint(1,7)} days"])


# ---- TEMPLATES ----
T_PII = [
    "cust {NAME} called re {ISSUE} on {APP}, refunded {AMT} within {TIME} {SH}",
    "cx {FULL} {THX}, {TX} reversed and credited back, {SH}",
    "spoke to {TNAME} abt {ISSUE}, verified via {NATID} and unlocked acct. {SH}",
    "thanks to {COL} from {TEAM} we got {POSS} payout released same day",
    "{CRM} - {ISSUE} - {TX} - refund {AMT} approved, {SH}",
    "caller {GIVEN} confirmed mob {PHONE} for OTP, {FEAT} re-enabled {SH}",
    "updated email to {EMAIL} per cx request, KYC passed on {DEV}",
    "{NAME} ({HANDLE}) had {COIN} stuck in {FEAT}, {TX} pushed by {TEAM}, {THX}",
    "delivery addr corrected to {ADDR} for {NAME}, rider reassigned, food arrived in {TIME}",
    "customer {FULL} DOB {DOB} matched docs, {FEAT} upgrade done on {APP}",
    "big win w/ {COL} on {TEAM}: {QNAME} got full {AMT} back after {ISSUE}",
    "{GIVEN} was furious abt {ISSUE} but left {SH} after voucher {AMT}",
    "chargeback on card {CARD} withdrawn by cx {NAME}, merchant happy",
    "p2p seller {HANDLE} ({NAME}) released {COIN} after appeal, {TX} closed",
    "IBAN {IBAN} verified for {TNAME}, SEPA payout {AMT} sent, {THX}",
    "login from IP {IP} flagged, cx {GIVEN} confirmed it was them on {DEV}, unblocked",
    "shared profile link {URL} with Risk, {NAME} cleared, limits restored",
    "{POSS} order {TX} missing items, re-sent from {PLACE} hub, {SH}",
    "{NAME} & {NAME2} (joint acct) both verified via {NATID}, {SH}",
    "sender {FULL} tel {PHONE}, {APP} transfer {AMT} traced and credited",
    "nice one from {MENTION}: sorted {POSS} {ISSUE} in {TIME}",
    "cx said \"{GIVEN}\" on chat but acct name {CRM}, confirmed w/ {NATID}",
    "{TNAME} pls note new pincode {PC}, deliveries to {CITY} now working",
    "repeat cx {NICK} ({FULL}) finally happy, {FEAT} refund {AMT}",
    "{FAM} {GIVEN} per ID, {ISSUE} fixed, email {EMAIL}",
    "escalated to {COL} ({TEAM}), {NAME} got {COIN} back, {TX}",
    "ty {COL} for the quick help, cx {NAME} rated 5 stars",
    "verified {NAME} thru dob {DOB} and last 4 of card {CARD}, {SH}",
    "rider couldnt find {ADDR}, cx {GIVEN} shared landmark, delivered {TIME} late but happy",
    "seller shop of {NAME} ({URL}) reinstated after {ISSUE} review",
    "{HANDLE} asked abt {FEAT}, explained fees, converted {AMT} to {COIN}, {THX}",
    "new phone {PHONE} + email {EMAIL} added for {TNAME}, 2FA reset",
    "withdrawal to {IBAN} bounced, cx {FULL} gave corrected iban, paid",
    "{NAME} born {DOB}, minor check cleared, acct reactivated on {APP}",
    "order for {NAME} to {ADDR} was marked delivered wrongly, full refund {AMT}",
    "cust {GIVEN} {FAM} said {THX}, {ISSUE} resolved, {TX}",
    "hi team, {MENTION} handled {QNAME} w/ {ISSUE} perfectly, {SH}",
    "{CRM} called frm {PHONE}, {NATID} ok, {FEAT} unlocked",
    "supervisor {COL} approved goodwill {AMT} for {NAME}, {SH}",
    "{GIVEN} from {CITY} couldnt pay w/ {APP}, switched to card {CARD}, order placed",
    "user {USER} ({EMAIL}) recovered acct after {ISSUE}, {SH}",
    "{NAME} - acct {TX} - {ISSUE} - fixed by {COL}",
    "contact {TNAME} {PHONE} re parcel to {ADDR}, rescheduled",
    "loyal cx {FULL} got {FEAT} free for 3 months, {THX}",
    "pickup pt changed to {ADDR}, {NAME} confirmed on whatsapp {PHONE}",
]

T_NONE = [
    "{APP} payout delay for {COIN} pairs fixed after {TEAM} pushed hotfix, {SH}",
    "cx happy after {ISSUE} on {APP}, refunded {AMT} in {TIME}, {SH}",
    "{TEAM} cleared backlog of {N} {ISSUE} tickets before {TIME}",
    "explained {FEAT} fees vs {GAPP}, cust upgraded to {FEAT}, {THX}",
    "rider delayed in {PLACE} due to rain, voucher {AMT} issued, {SH}",
    "{DEV} users seeing {ISSUE}, workaround shared, {SH}",
    "p2p dispute resolved in favour of buyer, {COIN} released, {SH}",
    "promo {AMT} off on {APP} applied manually, cx {THX}",
    "kyc docs accepted on 2nd try, limits raised to {AMT}, {SH}",
    "cust wanted to cancel {FEAT}, retention offer {PCT}% off worked",
    "{GAPP} card top-up failing in {CITY}, routed to {TEAM}, fixed by {TIME}",
    "swapped {AMT} to {COIN} on {APP} for cx, fees waived, {SH}",
    "order from {PLACE} kitchen arrived cold, re-sent w/ free dessert, {THX}",
    "cust asked abt {FEAT} in {CITY}, not live yet, added to waitlist",
    "handled {N} chats in a row on {ISSUE}, all {SH}",
    "{APP} outage {TIME}, cust patient, credited {AMT}, {SH}",
    "merchant onboarding for {APP} done, QR live, {THX}",
    "educated cx on scam msgs pretending to be {GAPP}, no loss, {SH}",
    "reversal of {AMT} done via {TEAM}, cx very grateful",
    "{FEAT} activated, cust saving {AMT} monthly, {SH}",
    "flight from {PLACE} delayed so cx rescheduled delivery, no fee",
    "network {COIN} TRC20 vs ERC20 confusion, funds recovered by {TEAM}",
    "cust on {DEV} couldnt scan QR, cleared cache, {SH}",
    "seller ratings restored after {ISSUE} review, {THX}",
    "moved cx from {FEAT} to {FEAT2}, cheaper by {AMT}",
    "night shift handled {APP} spike, queue under {N} by {TIME}",
    "refund rule for {ISSUE} clarified by {TEAM}, applied, {SH}",
    "cx loved the quick fix, said will recommend {APP} to fam",
    "double charge on {GAPP} reversed, cx {THX}",
    "{ISSUE} on {APP} in {CITY} solved w/ {TEAM} in {TIME}",
    "explained {COIN} withdrawal min + network fee, cx ok, {SH}",
    "grocery order via {APP} missing 2 items, partial refund {AMT}, {SH}",
    "escalation avoided, {FEAT} bug logged for {TEAM}, cx {THX}",
    "limit increase approved for {FEAT}, {AMT} daily now",
    "cust switched from {GAPP} to {APP} after our help, {SH}",
    "rider bonus {AMT} paid after {ISSUE} in {PLACE}, {THX}",
    "app v{N}.{N2} fixed {ISSUE}, told cx to update, {SH}",
    "{TEAM} + {TEAM2} sync worked, {N} refunds out by {TIME}",
]


def _render(r, tpl, cc, culture, listed, lower):
    segs = []
    p1 = _Person(r, culture, listed)
    p2 = _Person(r, r.choice(list(_POOLS)), listed) if r.random() < 0.3 else _Person(r, culture, listed)
    col = _Person(r, r.choice(list(_POOLS)), listed)
    handle = _handle(r, p1.given, p1.fam)
    for part in re.split(r"(\{[A-Z0-9]+\})", tpl):
        if not part:
            continue
        if not (part.startswith("{") and part.endswith("}")):
            segs.append((part, "o"))
            continue
        k = part[1:-1]
        if k == "APP":
            segs.append((r.choice(APPS[cc] + GLOBAL_APPS[:3]), "o"))
        elif k == "GAPP":
            segs.append((r.choice(GLOBAL_APPS), "o"))
        elif k == "AMT":
            segs.append((_amt(r, cc), "o"))
        elif k == "TIME":
            segs.append((_time(r), "o"))
        elif k == "COIN":
            segs.append((r.choice(COINS), "o"))
        elif k in ("TEAM", "TEAM2"):
            segs.append((r.choice(TEAMS), "o"))
        elif k in ("FEAT", "FEAT2"):
            segs.append((r.choice(FEATS), "o"))
        elif k == "ISSUE":
            segs.append((r.choice(ISSUES), "o"))
        elif k == "SH":
            segs.append((r.choice(SH), "o"))
        elif k == "THX":
            segs.append((r.choice(THX[cc]), "o"))
        elif k == "DEV":
            segs.append((r.choice(DEVICES), "o"))
        elif k == "PLACE":
            segs.append((r.choice(PLACES), "o"))
        elif k == "CITY":
            segs.append((r.choice(CITIES[cc]).split(",")[0].split(" - ")[0], "o"))
        elif k in ("N", "N2"):
            segs.append((str(r.randint(2, 40)), "o"))
        elif k == "PCT":
            segs.append((str(r.choice([10, 15, 20, 25, 30, 50])), "o"))
        elif k == "NAME":
            segs += p1.form(r)
        elif k == "NAME2":
            segs += p2.form(r)
        elif k == "FULL":
            segs.append((p1.full(r), "name"))
        elif k == "GIVEN":
            segs.append((p1.given, "name"))
        elif k == "FAM":
            segs.append((p1.fam, "name"))
        elif k == "CRM":
            segs += p1.crm(r)
        elif k == "POSS":
            segs += p1.form(r) + [("'s", "o")]
        elif k == "QNAME":
            q = r.choice(['"', "'"])
            segs += [(q, "o")] + p1.form(r) + [(q, "o")]
        elif k == "TNAME":
            t = r.choice(TITLES_PRE[cc])
            segs += [(t + " ", "o"), (r.choice([p1.fam, p1.full(r), p1.given]), "name")]
        elif k == "COL":
            segs += col.form(r) if r.random() < 0.5 else [(col.given, "name")]
        elif k == "MENTION":
            segs += [("@", "o"), (col.given, "name")]
        elif k == "NICK":
            segs.append((_ok_pick(r, NICKS, listed), "name"))
        elif k == "HANDLE":
            segs.append(("@" + handle, "id"))
        elif k == "USER":
            segs.append((handle, "id"))
        elif k == "PHONE":
            segs.append((_phone(r, cc), "phone"))
        elif k == "EMAIL":
            segs.append((_email(r, cc, p1.given, p1.fam), "email"))
        elif k == "CARD":
            segs.append((_card(r), "card"))
        elif k == "NATID":
            cue, v = _natid(r, cc)
            segs += [(cue + r.choice([" ", ": ", " #"]), "o"), (v, "id")]
        elif k == "TX":
            cue, v = _txid(r)
            segs += [(cue + r.choice([" ", ": "]), "o"), (v, "id")]
        elif k == "ADDR":
            segs += _address(r, cc)
        elif k == "PC":
            segs.append((_postcode(r, cc), "postcode"))
        elif k == "IP":
            segs.append((_ip(r), "ip"))
        elif k == "URL":
            segs.append((_url(r, handle), "url"))
        elif k == "IBAN":
            icc = cc if cc in _IBAN_FMT else r.choice(sorted(_IBAN_FMT))
            segs.append((_iban(r, icc), "iban"))
        elif k == "DOB":
            segs.append((_dob(r, cc), "dob"))
        else:
            raise KeyError(k)
    if lower:
        segs = [(t.lower(), l) for t, l in segs]
    out = []
    for t, l in segs:
        if out and out[-1][1] == l == "o":
            out[-1] = (out[-1][0] + t, "o")
        elif t:
            out.append((t, l))
    return out


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(_fold(w) for w in listed)
    r = random.Random(SEED)
    cultures = list(_POOLS)
    notes, seen = [], set()
    i = 0
    while len(notes) < N_NOTES:
        culture = cultures[i % len(cultures)]
        cc = _POOLS[culture][0]
        pii = r.random() < 0.53
        tpl = r.choice(T_PII if pii else T_NONE)
        lower = r.random() < 0.3
        note = _render(r, tpl, cc, culture, listed, lower)
        text = "".join(t for t, _ in note)
        nw = len(text.split())
        if "\n" in text or not (5 <= nw <= 45) or text in seen:
            continue
        seen.add(text)
        notes.append(note)
        i += 1
    return notes


def _selfcheck():
    sample = frozenset({"john", "maria", "muhammad", "ali", "nguyen", "anna", "garcia", "smith", "kumar", "grace"})
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES
    counts = {l: 0 for l in LABELS}
    lower = nopii = 0
    texts = set()
    for note in a:
        text = "".join(t for t, _ in note)
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts
        texts.add(text)
        for t, l in note:
            assert l in LABELS, l
            if l != "o":
                assert t == t.strip() and t, repr(t)
            counts[l] += 1
            if l == "name":
                for part in _SPLIT.split(t):
                    assert not part or _fold(part) not in sample, t
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in note):
            nopii += 1
    print("notes:", len(a))
    for l in LABELS:
        print(f"  {l}: {counts[l]}")
    print(f"all-lower share: {lower / len(a):.3f}")
    print(f"no-personal-data share: {nopii / len(a):.3f}")
    print("templates with PII:", len(T_PII), "without:", len(T_NONE), "cultures:", len(_POOLS))


if __name__ == "__main__":
    _selfcheck()
