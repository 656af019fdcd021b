"""Blind evaluation set: SE Asia / Pacific contact-centre "customer win" notes.

Standard library only, deterministic.
"""
import random
import re
import unicodedata

SEED = 48213

LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

N_NOTES = 1000

# ---------------------------------------------------------------- helpers


def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


_SPLIT = re.compile(r"[\s\-'\u2019.]+")


def _name_ok(name, listed):
    for part in _SPLIT.split(name):
        if part and _fold(part) in listed:
            return False
    return True


# ---------------------------------------------------------------- pools

def _L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# culture: (country, male given, female given, family / extra element)
CULTURES = {
    "tagalog": ("PH",
        _L("Jose, Juan, Jerome, Rommel, Rodel, Jomar, Arnel, Efren, Rogelio, Danilo, Ariel, Jericho, Ramil, Reynaldo, Nestor, Edgardo, Bayani, Dakila, Lakan, Ronaldo, Carlo, Paolo, Noel, Wilfredo, Eduardo, Joel, Marlon, Renato, Jonjon, Rodrigo, Mark Anthony"),
        _L("Maria, Rosalinda, Marites, Maricel, Lorna, Cristina, Jocelyn, Analyn, Lualhati, Ligaya, Tala, Mayumi, Marivic, Rowena, Janelle, Kristine, Angelica, Princess, Lovely, Jasmine, Rhea, Mylene, Evangeline, Teresita, Dalisay, Perla, Corazon, Rosario, Charmaine, Ma. Luisa, Joy"),
        _L("dela Cruz, Santos, Reyes, Bautista, Garcia, Mendoza, Ramos, Aquino, Villanueva, Castillo, Manalo, Dimaculangan, Macaraeg, Lacson, Pangilinan, Magbanua, Soriano, de Guzman, Mercado, Salazar, Panganiban, Katigbak, Dimagiba, Malonzo, Galang, Tolentino, del Rosario, Umali, Macapagal, Dizon, delos Santos")),
    "cebuano": ("PH",
        _L("Junrey, Jessie, Rodolfo, Ramonito, Emmanuel, Christopher, Dondon, Jojo, Ricky, Nonoy, Gerald, Jaypee, Rolando, Felipe, Lito, Arturo, Benjie, Cyril, Dindo, Elmer, Fritz, Genesis, Harold, Isagani, Jeffrey, Leonardo, Meljohn, Niño, Orlando, Pepito, Rey Mark"),
        _L("Inday, Gemma, Rosalie, Jonalyn, Cherry, Lalaine, Nenita, Rubylyn, Dianne, Jessa, Kimberly, Lyka, Mary Grace, Nora, Ofelia, Precious, Queenie, Rizza, Sheila, Tessie, Venus, Wilma, Ynah, Zenaida, Arlene, Bernadette, Cleofe, Dolores, Estrella, Flordeliza, Kristel Mae"),
        _L("Cabahug, Alcantara, Tumulak, Abellana, Cuizon, Pacaña, Ybañez, Quijano, Cabatingan, Bacalso, Labra, Ouano, Mendiola, Cañete, Lumapas, Sumalpong, Dumdum, Tecson, Dayondon, Enriquez, Montecillo, Mangubat, Igot, Sarausad, Villamor, Tabanas, Patalinghug, Basilisco, Gabuya, Pepito, Ursal")),
    "ilocano": ("PH",
        _L("Apolinario, Benigno, Crisanto, Dionisio, Ernesto, Florencio, Gregorio, Herminio, Jovito, Leoncio, Marcelino, Nicanor, Orencio, Pacifico, Quirino, Restituto, Severino, Teodulo, Valentin, Wenceslao, Agapito, Bonifacio, Candido, Domingo, Eliseo, Feliciano, Gaudencio, Honorio, Jaime, Lamberto, Bannawag"),
        _L("Adoracion, Basilia, Consolacion, Dominga, Epifania, Filomena, Gloria, Herminia, Irenea, Juliana, Leonila, Milagros, Natividad, Olivia, Paciencia, Remedios, Salvacion, Trinidad, Umbelina, Virginia, Apolonia, Brigida, Clarita, Delfina, Erlinda, Felicidad, Generosa, Honorata, Jovita, Leticia, Imelda"),
        _L("Agbayani, Ablan, Bumanglag, Cabanilla, Dumlao, Ancheta, Ballesteros, Bitanga, Calaycay, Dacanay, Galapon, Lagmay, Madamba, Pascua, Rabago, Ramiscal, Sabado, Tabios, Ulep, Valdez, Bulosan, Caluya, Dalusung, Fermin, Ilagan, Manglallan, Nisperos, Orpilla, Pacis, Quindara, Raguindin, Sagun, Tejada")),
    "filchinese": ("PH",
        _L("Jonathan, Kenneth, Vincent, William, Henry, Stanley, Alvin, Benson, Calvin, Dexter, Edison, Frederick, Gilbert, Harrison, Ivan, Jansen, Kelvin, Lester, Marvin, Nelson, Oscar, Patrick, Raymond, Spencer, Terrence, Vernon, Wilson, Xander, Jefferson, Anson, Brandon"),
        _L("Jennifer, Michelle, Cheryl, Grace, Stephanie, Tiffany, Vivian, Wendy, Audrey, Bernice, Camille, Denise, Elaine, Frances, Giselle, Hazel, Irene, Joanna, Karen, Lorraine, Melissa, Nicole, Pamela, Rachelle, Sharlene, Trixie, Valerie, Winnie, Yvonne, Zarah, Abigail"),
        _L("Tan, Sy, Go, Co, Uy, Lim, Chua, Ong, Yu, Ang, Tiu, Lao, Dy, Yap, Tanco, Yuchengco, Dee, Chiong, Ngo, Tiongson, Sytangco, Limcaoco, Tancangco, Uychaco, Ongpin, Kho, Gotianun, Tanjangco, Coyiuto, Siy, Chan-Gonzaga")),
    "javanese": ("ID",
        _L("Budi, Joko, Slamet, Sugeng, Bambang, Agus, Wahyu, Teguh, Hartono, Suparman, Sutrisno, Wibowo, Gunawan, Purnomo, Susilo, Haryanto, Prasetyo, Darmawan, Setiawan, Nugroho, Santoso, Raharjo, Suryadi, Tri, Eko, Dwi, Heru, Bagus, Yoga, Aji, Ponijan"),
        _L("Sri, Endang, Wulan, Sekar, Ratna, Dewi, Ayu, Rini, Tutik, Sumiati, Suharti, Lestari, Wahyuni, Puji, Siti, Kartini, Retno, Indah, Ningsih, Rahayu, Sulastri, Yuliani, Fitri, Anjani, Larasati, Purwanti, Sundari, Handayani, Pratiwi, Astuti, Murni"),
        _L("Wijaya, Kusuma, Hadiningrat, Suryaningrat, Notonegoro, Wiryawan, Sasongko, Hadisoemarto, Prawiro, Cokroaminoto, Pranoto, Sastrowardoyo, Hadikusumo, Martowardojo, Wirjono, Sumitro, Kartodirdjo, Poerwanto, Hardjono, Soeharso, Moeljono, Soedarmo, Wibisono, Subagyo, Suwarno, Tjahjono, Sunarto, Wirawan, Sosrodiningrat, Mangunkusumo, Purbaya")),
    "sundanese": ("ID",
        _L("Asep, Ujang, Dadang, Cecep, Deden, Entis, Ade, Iwan, Jajang, Kurnia, Lukman, Maman, Nandang, Oman, Rahmat, Saepudin, Tatang, Usep, Wawan, Yayan, Acep, Dede, Engkus, Hendra, Irfan, Jaka, Koswara, Nanang, Opik, Rudi, Sobari"),
        _L("Neng, Euis, Eneng, Cucu, Iis, Imas, Lilis, Nining, Popon, Rina, Teti, Titin, Yeni, Yuyun, Nunung, Elis, Ai, Dedeh, Enok, Ika, Kokom, Mimin, Nenden, Oneng, Ratih, Sari, Tita, Uum, Wiwin, Yati, Odah"),
        _L("Sumantri, Suryana, Permana, Hidayat, Kartawinata, Wiranatakusumah, Sukmana, Sutisna, Ruhiyat, Somantri, Setiadi, Gunadi, Hermawan, Kurniawan, Mulyana, Nugraha, Purnama, Saputra, Sudrajat, Supriatna, Taryana, Wiradinata, Sopandi, Iskandar, Hendrayana, Juanda, Sumarna, Natawijaya, Rukmana, Sudarsono, Ardiwinata")),
    "batak": ("ID",
        _L("Togar, Parlindungan, Hotman, Tigor, Binsar, Sahat, Mangasi, Horas, Bonar, Martua, Maruli, Poltak, Tumpal, Pardamean, Ronggur, Sabar, Torang, Ucok, Jonggi, Gomgom, Lamhot, Halomoan, Hasudungan, Partogi, Saut, Manahan, Janter, Baringin, Anggiat, Marojahan, Darwin"),
        _L("Rosmawati, Tiurma, Sondang, Butet, Lasma, Romauli, Nurmala, Rotua, Dameria, Hotmauli, Taruli, Tiarma, Lamria, Ruth, Debora, Ester, Magdalena, Rosdiana, Hotnida, Sarma, Pinta, Uli, Duma, Friska, Yohana, Intan, Rismawati, Marta, Betty, Rugun, Tiominar"),
        _L("Simanjuntak, Siregar, Nasution, Hutapea, Sitompul, Panjaitan, Sinaga, Simatupang, Lubis, Harahap, Pardede, Manurung, Situmorang, Tambunan, Sihombing, Hutagalung, Pasaribu, Silalahi, Napitupulu, Sitorus, Tampubolon, Simbolon, Ginting, Tarigan, Sembiring, Damanik, Purba, Saragih, Marpaung, Hasibuan, Sianipar, Butarbutar")),
    "minang": ("ID",
        _L("Rizal, Zulkifli, Syafri, Afrizal, Yusrizal, Hendri, Novri, Fadli, Arif, Buyung, Anwar, Masril, Zainal, Syahrial, Edwar, Firdaus, Ilham, Jasman, Khairul, Darmansyah, Amril, Erman, Gusrizal, Irwandi, Nasrul, Rusdi, Syamsul, Taufik, Yulizar, Deswandi, Ramadhan"),
        _L("Upik, Yusnita, Nurhayati, Rosmaniar, Yenni, Fitriani, Desmawati, Elvira, Gusnita, Hasnah, Irmawati, Jusniar, Kurniati, Lidya, Mardiah, Nofrita, Oktaviani, Putri, Rahmi, Syafitri, Tuti, Wirda, Yulia, Zurmiati, Afni, Dasniar, Elfina, Gustina, Nelwati, Rosna, Susi"),
        _L("Chaniago, Piliang, Koto, Sikumbang, Tanjung, Jambak, Guci, Panai, Sumagek, Simabua, Mandailiang, Salayan, Kampai, Pitopang, Sipisang, Dalimo, Effendi, Rasyid, Yamin, Anas, Naim, Idrus, Nazir, Arifin, Malik, Azwar, Mansur, Zein, Tanjuang, Bodi, Caniago")),
    "balinese": ("ID",
        _L("Sudarma, Suartana, Widiantara, Artawan, Mertayasa, Sukadana, Adnyana, Budiarta, Darmayasa, Kariasa, Mahendra, Putrayasa, Suarjana, Sujana, Arsana, Juliartha, Kertiyasa, Mudita, Parwata, Sedana, Suwirta, Tirtayasa, Wardana, Astawa, Suarta, Gunarta, Sumerta, Arimbawa, Yasa, Rai, Swastika"),
        _L("Sriasih, Sukerti, Ariani, Wulandari, Suastini, Purnamasari, Sumerti, Ratnawati, Yuliantari, Mertasari, Astiti, Widiastuti, Sukarmini, Darmini, Suryani, Parwati, Rusmini, Sriani, Kusumawati, Puspitasari, Sutarini, Wardani, Adnyani, Budiasih, Candrawati, Mariani, Sudiartini, Sekarini, Ayu Lestari, Artini, Kompiang"),
        _L("Wijaya, Pratama, Saputra, Permana, Kusuma, Artha, Putra, Wiguna, Jaya, Mahardika, Dwipayana, Sanjaya, Antara, Suyasa, Semara, Giri, Laksana, Wisnawa, Mertha, Sukma, Kencana, Dharmawan, Wibawa, Paramitha, Pradnyana, Adnyana, Wirawan, Sudiarta, Arsawan, Diatmika, Sugiarta")),
    "vietnamese": ("VN",
        _L("An, Binh, Cuong, Dung, Duc, Hai, Hieu, Hung, Huy, Khang, Khoa, Long, Minh, Nam, Nghia, Phat, Phong, Phuc, Quang, Son, Tai, Thang, Thanh, Tien, Toan, Trung, Tuan, Vinh, Bao, Dat, Khai"),
        _L("Anh, Chi, Diep, Giang, Ha, Hang, Hanh, Hoa, Hong, Hue, Huong, Lan, Lien, Linh, Loan, Mai, My, Nga, Ngan, Ngoc, Nhung, Oanh, Phuong, Quynh, Thao, Thu, Thuy, Trang, Tuyet, Uyen, Yen, Xuan"),
        _L("Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo, Duong, Ly, Truong, Dinh, Lam, Mai, Trinh, Cao, Luu, Ta, Ha, Quach, Kieu, Chau, Doan, To, Tong")),
    "thai": ("TH",
        _L("Somchai, Somsak, Prasert, Anan, Boonmee, Chaiwat, Kittisak, Nattapong, Panya, Sakda, Surachai, Thanawat, Wichai, Yutthana, Apichart, Chatchai, Ekkachai, Jirayu, Kriangsak, Narong, Pichit, Sombat, Suriya, Teerapat, Thawatchai, Weerapong, Worawut, Phongsak, Sarawut, Kamon, Supachai"),
        _L("Somying, Malee, Siriporn, Kanya, Nittaya, Pornthip, Ratchanee, Sunisa, Wanida, Chanida, Duangjai, Jintana, Kannika, Lamai, Naree, Orathai, Pimchanok, Rungnapa, Sasithorn, Supaporn, Thanya, Urai, Waraporn, Yupin, Achara, Benjamas, Chutima, Kulap, Patcharee, Araya, Kanokwan"),
        _L("Saetang, Srisuk, Wongsawat, Chaiyaporn, Kittikhun, Boonyarat, Phromma, Sukjai, Thongdee, Jaidee, Chaiyasit, Kaewmanee, Srisawat, Pongpanich, Suwannarat, Rungruang, Yodkaew, Bunnag, Chantarasiri, Kongsombat, Limpakarn, Nakprasert, Ounjai, Phutthawong, Sangthong, Thammasak, Wattanakul, Yimsiri, Charoenkul, Na Ayutthaya, Sae-Lim")),
    "burmese": ("MM",
        _L("Aung Kyaw Moe, Zaw Min Tun, Thant Zin, Htet Aung, Min Khant, Ye Yint, Kyaw Thu, Soe Win, Myint Swe, Naing Lin, Hlaing Min, Tun Tun, Thura Aung, Win Naing, Zeyar Lwin, Pyae Phyo, Wai Yan, Nay Lin, Phyo Wai, Sithu Kyaw, Hein Htet, Kaung Myat, Thet Naing, Arkar Min, Myo Min, Zaw Lin Htut, Bo Bo, Aung Ko Latt, Than Htike, Lin Htet, Nyi Nyi"),
        _L("Aye Aye, Thandar, Su Su, Khin Khin, May Thu, Nwe Ni, Hnin Wai, Thiri, Ei Mon, Phyu Phyu, Moe Moe, Yadanar, Zin Mar, Cho Cho, Hla Hla, Myat Noe, Sandar Win, Khaing Zin, Nilar, Thin Thin, Wint Wah, Shwe Sin, Thuzar, Ei Phyu, Yin Yin, Htet Htet, Nandar, Pwint Phyu, Thazin, Aye Chan, Mya Mya"),
        _L("Win, Aung, Tun, Oo, Htun, Naing, Kyaw, Lwin, Min, Zaw, Soe, Myint, Thein, Htay, Hlaing, Khine, Thant, Swe, Nyein, Phyo, Wai, Mon, Shwe, Kyi, Yee, Nwe, Thu, Latt, Lin, Htet, San")),
    "khmer": ("KH",
        _L("Dara, Vuthy, Sophal, Rithy, Vannak, Bunthoeun, Chanthou, Piseth, Ratana, Samnang, Sovann, Visal, Kosal, Makara, Narith, Pheakdey, Rotha, Sambath, Sopheak, Tola, Vichet, Borey, Chamroeun, Dina, Kimsan, Panha, Sothea, Chhun, Sokhom, Virak, Sokha"),
        _L("Sreymom, Sokunthea, Bopha, Chantrea, Channary, Kanha, Kunthea, Leakhena, Malis, Mealea, Nary, Phalla, Rachana, Sopheap, Sophea, Sreyneang, Srey Leak, Thida, Vanna, Davy, Kolab, Nita, Pisey, Rany, Samphors, Sothy, Sreypov, Chenda, Romduol, Veasna, Monika"),
        _L("Sok, Chan, Kim, Heng, Meas, Pich, Sam, Chea, Keo, Ly, Mao, Nhem, Ouk, Prak, Roth, Seng, Sorn, Tep, Vann, Yim, Khun, Lim, Chhay, Kong, Nou, Phan, Sin, Touch, Sao, Mey, Long, Hang")),
    "lao": ("LA",
        _L("Bounmy, Khamphet, Somphone, Souk, Vilay, Anousak, Bounthanh, Chanthaphone, Khamsing, Kongkeo, Sengphet, Somsack, Souksavanh, Thongsavath, Vanhxay, Viengkham, Xaysana, Khampheng, Outhay, Saysamone, Sithong, Souliya, Thongchanh, Vixay, Bouasone, Khamla, Phoutthasone, Somboun, Thavisouk, Vongphet, Sisomphone"),
        _L("Bouakham, Chansamone, Davone, Khamphoui, Manivanh, Noukham, Phouangmala, Sengdao, Sisamone, Souphaphone, Thipphavanh, Vanida, Viengsamay, Khonesavanh, Malaythong, Oulayvanh, Phetmany, Souksakhone, Vilayvanh, Xaykham, Bouachanh, Douangchai, Keomala, Latsamy, Mayly, Noy, Pany, Sonesay, Thongkham, Phonesavanh, Alounny"),
        _L("Phommachanh, Souvannavong, Keomany, Sisavath, Vongsa, Chanthavong, Inthavong, Sayavong, Phetsamone, Douangmala, Sengdara, Thammavong, Bounyavong, Khamvongsa, Phanthavong, Sihalath, Vilaysack, Xayavong, Manivong, Sisouk, Phimmasone, Rattanavong, Keovongsa, Sengsouvanh, Syphanh, Vongphachanh, Oudomsouk, Siphandone, Luangrath, Phengsavath, Soulivong")),
    "fijian": ("FJ",
        _L("Sitiveni, Josefa, Jone, Semi, Viliame, Tevita, Apisai, Epeli, Inoke, Isikeli, Joeli, Kalivati, Mosese, Napolioni, Osea, Peni, Ropate, Samisoni, Tomasi, Ulaiasi, Waisea, Akuila, Eroni, Ilaisa, Manasa, Saimoni, Taniela, Vilimone, Pita, Lepani, Sakiusa"),
        _L("Litia, Mere, Salote, Akanisi, Asenaca, Ema, Kelera, Lavenia, Losana, Makereta, Mereani, Miliakere, Seini, Sereana, Sisilia, Talica, Unaisi, Vasemaca, Vika, Alisi, Elenoa, Iva, Luisa, Mariana, Nanise, Rusila, Salanieta, Torika, Veniana, Ana, Kuini"),
        _L("Nawalowalo, Ravuvu, Tuivaga, Qarase, Nailatikau, Vakatawa, Waqanivalu, Koroi, Naivalu, Ratuva, Seruvakula, Tikoduadua, Veikune, Delana, Baleiwai, Cakau, Dakuidreketi, Kubuabola, Lutunatabua, Matanitobua, Nadolo, Qiolevu, Rokotuiveikau, Senibulu, Tabua, Vosawale, Waqa, Nakarawa, Volavola, Bulivou, Kunatuba")),
    "indofijian": ("FJ",
        _L("Ramesh, Suresh, Vijay, Anil, Rajesh, Sanjay, Ashok, Mahendra, Pravin, Ravinesh, Shalendra, Avinesh, Ronil, Kamlesh, Dinesh, Nilesh, Shiu, Krishneel, Shivnesh, Rohit, Vikash, Ajay, Mukesh, Satish, Praneel, Jitendra, Amit, Sunil, Rakesh, Deepak, Avineel"),
        _L("Sunita, Anjali, Priya, Shalini, Kavita, Reshmi, Sangeeta, Neelam, Asha, Pooja, Rohini, Shobna, Kamla, Radhika, Sushila, Premila, Vandana, Shireen, Nirmala, Roshni, Ashika, Shivani, Kajal, Anita, Geeta, Meena, Rupeshni, Shristi, Nikita, Sonal, Rashika"),
        _L("Prasad, Kumar, Sharma, Singh, Chand, Narayan, Lal, Ram, Reddy, Naidu, Goundar, Pillay, Maharaj, Datt, Deo, Nand, Raj, Dayal, Chandra, Shankar, Krishna, Verma, Mudaliar, Khan, Ali, Hussein, Sami, Nair, Rao, Bali, Autar")),
    "png": ("PG",
        _L("Kila, Bomai, Gabriel, Peter, Joseph, Samuel, Tau, Kepa, Wari, Moses, Isaac, Jacob, Kilroy, Dilu, Gari, Kuri, Manasupe, Tom, Wane, Aquila, Ben, Dadi, Eki, Hagai, Jerry, Kevin, Lucas, Mathias, Bosky, Kaipu, Siune"),
        _L("Agnes, Cecilia, Dorothy, Elizabeth, Florence, Gertrude, Helen, Janet, Lahui, Margaret, Naomi, Priscilla, Rose, Sarah, Theresa, Veronica, Anna, Clara, Delilah, Esther, Josephine, Loujaya, Mary, Nancy, Rachael, Serah, Tania, Kessy, Dulcie, Ruth, Lucy"),
        _L("Kaupa, Wari, Ipatas, Morea, Kaiulo, Lahui, Kapi, Kombra, Yakam, Maladina, Bonga, Pundari, Aihi, Kuman, Gaudi, Dion, Wagambie, Temu, Puka, Soso, Kenehe, Namah, Agarobe, Kumbu, Pokawin, Wanma, Oala, Ivarato, Hoko, Kaiap, Tomuriesa")),
}

CULTURE_KEYS = tuple(CULTURES)

# Vietnamese middle names
VN_MID_M = _L("Van, Duc, Minh, Huu, Quoc, Thanh, Cong, Gia, Dinh, Trong")
VN_MID_F = _L("Thi, Ngoc, Thu, Kim, Bich, My, Thanh, Hoai, Phuong, Khanh")
THAI_NICK = _L("Nok, Noi, Som, Ploy, Bee, Golf, Mint, Fon, Pui, Tik, Aom, Ning, Joy, Beer, Boy, Pop, Toon, Oat, Gun, Ton, Fah, Fern, Kwan, May, Bank, Ice, Pete, Nan, Pang, Tum, Art, Bow")
BALI_ORDER = _L("Wayan, Putu, Gede, Made, Kadek, Nengah, Nyoman, Komang, Ketut")
PH_NICK = _L("Bong, Jun, Toto, Dodong, Inday, Neneng, Baby, Tonton, Beth, Weng, Tintin, Boy, Jhun, Len, Cha, Bebang")
# synthetic fallback syllables
_SYL = _L("ka, lo, ma, ni, ta, vu, ro, se, ba, di, nu, pe, wa, yo, ku, ra, to, mi, sa, le")


# ---------------------------------------------------------------- people

TITLES = {
    "PH": (_L("Mr., Mr, Sir, Kuya, Tito, Lolo, Engr., Atty., Dr., Manong"),
           _L("Ms., Mrs., Ms, Ma'am, Ate, Tita, Lola, Dra., Atty., Manang")),
    "ID": (_L("Pak, Bapak, Mas, Kak, Bang, Bli, Kang, Uda, Pak Haji, dr."),
           _L("Bu, Ibu, Mbak, Kak, Teh, Uni, Mbok, Ceu, Bu Hajjah, dr.")),
    "VN": (_L("anh, chu, ong, bac, Mr, em"), _L("chi, co, ba, Ms, em, Mrs")),
    "TH": (_L("Khun, P', Nong, Mr., Phi, khun"), _L("Khun, P', Nong, Ms., Mrs., khun")),
    "MM": (_L("U, Ko, Maung, Dr., Saya, Mr"), _L("Daw, Ma, Dr., Sayama, Mrs, Ms")),
    "KH": (_L("Lok, Bong, Mr., Neak, Pu, Ta"), _L("Lok Srey, Bong Srey, Ms., Mrs., Ming, Yeay")),
    "LA": (_L("Thao, Ai, Mr., Than, Pho, Sir"), _L("Nang, Euay, Ms., Mrs., Mae, Than")),
    "FJ": (_L("Mr, Mr., Ratu, Bro, Sir, Pastor"), _L("Mrs, Ms., Adi, Sis, Mrs., Nau")),
    "PG": (_L("Mr, Mr., Papa, Sir, bro, Pastor"), _L("Mrs, Ms, Mama, Sista, Mrs., Madam")),
}
POST_TITLES = {
    "PH": _L("sir, ma'am, po"), "ID": _L("pak, bu, kak"), "VN": _L("anh, chi, a"),
    "TH": _L("krub, ka, na ka"), "MM": _L("ya, shin"), "KH": _L("bong, lok"),
    "LA": _L("ja, doy"), "FJ": _L("bro, sis"), "PG": _L("bro, sista"),
}


def _make_person(rng, cul):
    country, males, females, fams = CULTURES[cul]
    sex = rng.choice("mf")
    given = rng.choice(males if sex == "m" else females)
    p = {"cul": cul, "country": country, "sex": sex, "given": given,
         "family": rng.choice(fams), "mid": "", "nick": "", "order": ""}
    if cul == "vietnamese":
        p["mid"] = rng.choice(VN_MID_M if sex == "m" else VN_MID_F)
    elif cul == "thai":
        p["nick"] = rng.choice(THAI_NICK)
    elif cul in ("tagalog", "cebuano", "ilocano") and rng.random() < 0.3:
        p["nick"] = rng.choice(PH_NICK)
    elif cul == "balinese":
        p["order"] = rng.choice(BALI_ORDER)
    elif cul == "burmese":
        p["family"] = ""
        if rng.random() < 0.25:
            p["given"] = given + " " + rng.choice(fams)
    elif cul in ("javanese", "sundanese") and rng.random() < 0.35:
        p["family"] = ""  # mononym
    return p


def _person_words(p):
    out = []
    for k in ("given", "family", "mid", "nick", "order"):
        out.append(p[k])
    if p["cul"] == "balinese":
        out.append("I" if p["sex"] == "m" else "Ni")
    return out


def _person_ok(p, listed):
    return all(_name_ok(w, listed) for w in _person_words(p) if w)


def _synthetic(rng, cul, listed):
    for _ in range(500):
        g = "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()
        f = "".join(rng.choice(_SYL) for _ in range(rng.randint(3, 4))).capitalize()
        p = {"cul": cul, "country": CULTURES[cul][0], "sex": rng.choice("mf"),
             "given": g, "family": f if cul != "burmese" else "", "mid": "",
             "nick": "", "order": ""}
        if _person_ok(p, listed):
            return p
    return p


def _pick_person(rng, listed, cul=None):
    cul = cul or rng.choice(CULTURE_KEYS)
    for _ in range(60):
        p = _make_person(rng, cul)
        if _person_ok(p, listed):
            return p
    return _synthetic(rng, cul, listed)


def _full(p):
    c = p["cul"]
    if c == "vietnamese":
        return "%s %s %s" % (p["family"], p["mid"], p["given"])
    if c == "khmer":
        return "%s %s" % (p["family"], p["given"])
    if c == "balinese":
        return "%s %s %s" % ("I" if p["sex"] == "m" else "Ni", p["order"], p["given"])
    if not p["family"]:
        return p["given"]
    return "%s %s" % (p["given"], p["family"])


def _short(rng, p):
    c = p["cul"]
    if c == "balinese":
        return rng.choice([p["order"] + " " + p["given"], p["given"], p["order"]])
    if p["nick"] and rng.random() < 0.6:
        return p["nick"]
    return p["given"]


def _name_text(rng, p, form):
    c = p["cul"]
    if form == "full":
        return _full(p)
    if form == "short":
        return _short(rng, p)
    if form == "family":
        if c in ("burmese",) or not p["family"]:
            return _full(p)
        if c == "vietnamese":
            return p["family"] + " " + p["mid"] + " " + p["given"]
        return p["family"]
    if form in ("crm", "crml"):
        if c in ("burmese", "vietnamese", "khmer") or not p["family"] or c == "balinese":
            t = _full(p).upper()
        else:
            t = "%s, %s" % (p["family"].upper(), p["given"])
        return t if form == "crm" else t.lower()
    if form == "initial":
        if p["family"] and c not in ("vietnamese", "khmer", "burmese", "balinese"):
            return rng.choice(["%s. %s" % (p["given"][0], p["family"]),
                               "%s %s." % (p["given"], p["family"][0])])
        return _full(p)
    return _full(p)


def _title(rng, p):
    m, f = TITLES[p["country"]]
    if p["cul"] == "indofijian":
        m, f = _L("Mr, Mr., Sir, Bhaiya, Uncle"), _L("Mrs, Ms, Didi, Aunty, Mrs.")
    return rng.choice(m if p["sex"] == "m" else f)

ID_TITLES = {
    "javanese": (_L("Pak, Mas, Bapak, Pakde"), _L("Bu, Mbak, Ibu, Bude")),
    "sundanese": (_L("Kang, Aa, Pak, Mang"), _L("Teh, Ceu, Bu, Neng")),
    "batak": (_L("Bang, Pak, Amang, Lae"), _L("Kak, Inang, Bu, Ito")),
    "minang": (_L("Uda, Pak, Mamak, Ajo"), _L("Uni, Bu, Etek, Ni")),
    "balinese": (_L("Bli, Pak, Bapak, Jro"), _L("Mbok, Bu, Gek, Ibu")),
}


def _title2(rng, p):
    if p["cul"] in ID_TITLES:
        m, f = ID_TITLES[p["cul"]]
        return rng.choice(m if p["sex"] == "m" else f)
    return _title(rng, p)


# ---------------------------------------------------------------- PII formats

def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _phone(rng, c):
    d = lambda n: _d(rng, n)
    if c == "PH":
        pre = rng.choice(["917", "918", "927", "939", "945", "956", "966", "977", "995", "998", "908", "922"])
        rest = d(7)
        return rng.choice(["0%s %s %s" % (pre, rest[:3], rest[3:]), "+63 %s %s %s" % (pre, rest[:3], rest[3:]),
                           "0%s%s" % (pre, rest), "+63%s%s" % (pre, rest), "0%s-%s-%s" % (pre, rest[:3], rest[3:]),
                           "(02) 8%s %s" % (d(3), d(4)), "(032) %s %s" % (d(3), d(4))])
    if c == "ID":
        pre = rng.choice(["812", "813", "821", "852", "857", "878", "896", "838", "819"])
        a, b = d(4), d(rng.choice([3, 4]))
        return rng.choice(["0%s-%s-%s" % (pre, a, b), "+62 %s-%s-%s" % (pre, a, b), "0%s%s%s" % (pre, a, b),
                           "62%s%s%s" % (pre, a, b), "0%s %s %s" % (pre, a, b), "(021) %s %s" % (d(4), d(4))])
    if c == "VN":
        pre = rng.choice(["90", "91", "93", "96", "97", "98", "86", "70", "77", "38", "35"])
        r = d(7)
        return rng.choice(["0%s %s %s" % (pre, r[:3], r[3:]), "+84 %s %s %s" % (pre, r[:3], r[3:]),
                           "0%s%s" % (pre, r), "0%s.%s.%s" % (pre, r[:3], r[3:]), "84%s%s" % (pre, r)])
    if c == "TH":
        pre = rng.choice(["81", "82", "86", "89", "91", "92", "95", "61", "62", "63"])
        r = d(7)
        return rng.choice(["0%s-%s-%s" % (pre, r[:3], r[3:]), "+66 %s %s %s" % (pre, r[:3], r[3:]),
                           "0%s%s" % (pre, r), "0%s %s %s" % (pre, r[:3], r[3:]), "02-%s-%s" % (d(3), d(4))])
    if c == "MM":
        pre = rng.choice(["9", "9 7", "9 4", "9 2", "9 6"])
        r = d(8) if pre != "9" else d(9)
        return rng.choice(["0%s %s" % (pre, r), "+95 %s %s" % (pre, r), "09%s" % d(9), "959%s" % d(9)])
    if c == "KH":
        pre = rng.choice(["12", "15", "16", "17", "70", "77", "78", "85", "89", "96", "97", "10", "11", "88"])
        r = d(rng.choice([6, 7]))
        return rng.choice(["0%s %s %s" % (pre, r[:3], r[3:]), "+855 %s %s %s" % (pre, r[:3], r[3:]),
                           "0%s%s" % (pre, r), "855%s%s" % (pre, r)])
    if c == "LA":
        r = d(8)
        return rng.choice(["020 %s %s" % (r[:4], r[4:]), "+856 20 %s %s" % (r[:4], r[4:]),
                           "020%s" % r, "856 20 %s" % r, "021 %s" % d(6)])
    if c == "FJ":
        r = rng.choice(["9", "8", "7", "2"]) + d(6)
        return rng.choice(["%s %s" % (r[:3], r[3:]), "+679 %s %s" % (r[:3], r[3:]), r, "679%s" % r, "(679) %s-%s" % (r[:3], r[3:])])
    r = "7" + d(7)
    return rng.choice(["%s %s" % (r[:4], r[4:]), "+675 %s %s" % (r[:4], r[4:]), r, "675%s" % r, "325 %s" % d(4)])


def _luhn_fill(prefix, n, rng):
    num = prefix + _d(rng, n - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return num + str((10 - tot % 10) % 10)


def _card(rng):
    num = _luhn_fill(rng.choice(["4", "51", "53", "55", "2221", "35", "62"]), 16, rng)
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(g), "-".join(g), num, "%s %s** **** %s" % (g[0], g[1][:2], g[3]),
                       "**** **** **** %s" % g[3], "xxxx-xxxx-xxxx-%s" % g[3], "XXXX XXXX XXXX %s" % g[3],
                       "%s******%s" % (num[:6], num[-4:]), "*%s" % g[3]])


def _natid(rng, c):
    d = lambda n: _d(rng, n)
    if c == "PH":
        return rng.choice([("PhilSys", "%s-%s-%s-%s" % (d(4), d(4), d(4), d(4))), ("PSN", d(16)),
                           ("SSS", "%s-%s-%s" % (d(2), d(7), d(1))), ("TIN", "%s-%s-%s-000" % (d(3), d(3), d(3))),
                           ("UMID CRN", "%s-%s-%s" % (d(4), d(7), d(1))), ("PhilHealth", "%s-%s-%s" % (d(2), d(9), d(1))),
                           ("passport", "P%s%s" % (d(7), rng.choice("ABC"))), ("LTO license", "N%s-%s-%s" % (d(2), d(2), d(6)))])
    if c == "ID":
        nik = rng.choice(["3174", "3273", "3578", "1271", "1371", "5171", "3471"]) + d(2) + \
            "%02d%02d%02d" % (rng.randint(1, 71), rng.randint(1, 12), rng.randint(60, 99)) + d(4)
        return rng.choice([("NIK", nik), ("KTP", nik), ("NPWP", "%s.%s.%s.%s-%s.%s" % (d(2), d(3), d(3), d(1), d(3), d(3))),
                           ("no KK", d(16)), ("SIM", d(12)), ("paspor", rng.choice("ABCX") + d(7))])
    if c == "VN":
        return rng.choice([("CCCD", "0" + d(11)), ("CMND", d(9)), ("CCCD", "0%s %s %s" % (d(2), d(3), d(6))),
                           ("ho chieu", rng.choice("BCN") + d(7)), ("MST", d(10))])
    if c == "TH":
        x = d(13)
        return rng.choice([("Thai ID", "%s-%s-%s-%s-%s" % (x[0], x[1:5], x[5:10], x[10:12], x[12])),
                           ("bat prachachon", x), ("ID card", "%s %s %s %s %s" % (x[0], x[1:5], x[5:10], x[10:12], x[12])),
                           ("passport", rng.choice(["AA", "AB", "AC"]) + d(7))])
    if c == "MM":
        reg = rng.choice(["12/OUKAMA", "12/MAYAKA", "9/MAHTANA", "5/MAYANA", "12/DAGANA", "7/PAKHANA", "14/HATHATA"])
        return rng.choice([("NRC", "%s(N)%s" % (reg, d(6))), ("NRC", "%s(Naing)%s" % (reg.title(), d(6))),
                           ("NRC no", "%s (N) %s" % (reg.lower(), d(6))), ("passport", "M" + rng.choice("ABCD") + d(6))])
    if c == "KH":
        return rng.choice([("Khmer ID", d(9)), ("ID card", "%s %s %s" % (d(3), d(3), d(3))), ("passport", "N" + d(8))])
    if c == "LA":
        return rng.choice([("ID card", "%s-%s" % (d(2), d(7))), ("family book no", d(8)), ("passport", "P" + d(7))])
    if c == "FJ":
        return rng.choice([("TIN", d(9)), ("FNPF no", d(6) + rng.choice("ABCD")), ("voter ID", d(9)),
                           ("passport", "FJ" + d(7)), ("DL", "DL" + d(6))])
    return rng.choice([("NID", d(10)), ("NID no", "%s %s" % (d(5), d(5))), ("NASFUND no", d(8)), ("passport", "P" + d(7))])


def _acct(rng, c):
    d = lambda n: _d(rng, n)
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    ch = lambda n: "".join(rng.choice(A + "23456789") for _ in range(n))
    return rng.choice([
        ("acct", d(rng.choice([10, 12, 13]))), ("acct no", "%s-%s-%s" % (d(3), d(3), d(4))),
        ("order", "#" + d(11)), ("order id", ch(2) + d(10)), ("ticket", "#" + d(7)),
        ("SR", "SR-" + d(8)), ("ref", ch(8)), ("booking", ch(6)), ("policy no", "POL-" + d(9)),
        ("meter no", d(11)), ("tracking", "%s%s%s" % (rng.choice(["SPXPH", "JT", "LEX", "VN", "TH", "JP"]), d(10), rng.choice(["", "ID", "VN"]))),
        ("CAN", d(10)), ("load acct", d(9)), ("txn id", d(13)), ("case", "CS" + d(9)),
        ("IMEI", d(15)), ("customer no", c + d(8)), ("ref no", "%s %s %s" % (d(4), d(3), d(6))),
    ])


def _user(rng, p):
    base = _fold(p["given"].split()[0]).replace(".", "")
    fam = _fold(p["family"].split()[-1]) if p["family"] else rng.choice(["ph", "xx", "official", "cute", "jr"])
    return rng.choice(["%s%s%s" % (base, fam, _d(rng, 2)), "%s.%s" % (base, fam), "%s_%s%s" % (fam, base, _d(rng, 3)),
                       "%s%s" % (base[:3], _d(rng, 4)), "iam%s%s" % (base, _d(rng, 2)), "%s_%s" % (base, rng.choice(["xx", "ph", "88", "99", "007"]))])


def _email(rng, p):
    dom = {"PH": ["gmail.com", "yahoo.com.ph", "yahoo.com", "outlook.com", "ymail.com"],
           "ID": ["gmail.com", "yahoo.co.id", "ymail.com", "rocketmail.com"],
           "VN": ["gmail.com", "yahoo.com.vn", "outlook.com.vn"], "TH": ["gmail.com", "hotmail.com", "hotmail.co.th"],
           "MM": ["gmail.com", "yahoo.com"], "KH": ["gmail.com", "yahoo.com"], "LA": ["gmail.com", "laotel.com"],
           "FJ": ["gmail.com", "yahoo.com", "connect.com.fj", "usp.ac.fj"], "PG": ["gmail.com", "yahoo.com", "upng.ac.pg"]}
    u = _user(rng, p)
    return u + "@" + rng.choice(dom[p["country"]])


def _ip(rng):
    if rng.random() < 0.15:
        return "2001:%x:%x::%x" % (rng.randint(0x200, 0xfff), rng.randint(0, 0xffff), rng.randint(1, 0xffff))
    return "%d.%d.%d.%d" % (rng.choice([49, 110, 112, 113, 115, 124, 125, 171, 180, 182, 202, 203, 103, 36, 14]),
                            rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def _url(rng, p):
    u = _user(rng, p)
    return rng.choice(["facebook.com/%s" % u, "https://www.facebook.com/%s" % u, "fb.com/profile.php?id=1000%s" % _d(rng, 11),
                       "m.me/%s" % u, "https://www.tiktok.com/@%s" % u, "instagram.com/%s" % u,
                       "https://line.me/ti/p/~%s" % u, "zalo.me/0%s" % _d(rng, 9), "t.me/%s" % u,
                       "https://shopee.ph/%s" % u, "https://www.tokopedia.com/%s" % u, "linkedin.com/in/%s" % u.replace("_", "-")])


def _iban(rng):
    cc, blen = rng.choice([("SA", 22), ("AE", 21), ("QA", 27), ("KW", 28), ("GB", 18), ("DE", 18), ("BH", 18)])
    if cc in ("GB", "QA", "KW", "BH"):
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _d(rng, blen - 4)
    else:
        bban = _d(rng, blen)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    ib = "%s%02d%s" % (cc, chk, bban)
    if rng.random() < 0.6:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


# address: returns list of segments (address, optional ~ city, optional postcode)
CITY_PC = {
    "PH": [("Quezon City", "1100"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Iloilo City", "5000"), ("Laoag", "2900"),
           ("Makati", "1226"), ("Mandaue", "6014"), ("Vigan", "2700"), ("Pasig", "1600"), ("Cagayan de Oro", "9000"), ("Batac", "2906")],
    "ID": [("Jakarta Selatan", "12430"), ("Bandung", "40115"), ("Surabaya", "60241"), ("Medan", "20112"), ("Padang", "25121"),
           ("Denpasar", "80223"), ("Yogyakarta", "55281"), ("Bukittinggi", "26111"), ("Tasikmalaya", "46115"), ("Pematangsiantar", "21132"), ("Gianyar", "80511")],
    "VN": [("Ha Noi", "100000"), ("TP HCM", "700000"), ("Da Nang", "550000"), ("Can Tho", "900000"), ("Hai Phong", "180000"), ("Hue", "530000"), ("Bien Hoa", "810000")],
    "TH": [("Bangkok", "10110"), ("Chiang Mai", "50200"), ("Khon Kaen", "40000"), ("Nonthaburi", "11000"), ("Phuket", "83000"), ("Udon Thani", "41000"), ("Hat Yai", "90110")],
    "MM": [("Yangon", "11181"), ("Mandalay", "05021"), ("Naypyitaw", "15011"), ("Mawlamyine", "12011"), ("Bago", "08011"), ("Taunggyi", "06011")],
    "KH": [("Phnom Penh", "120101"), ("Siem Reap", "171202"), ("Battambang", "020101"), ("Sihanoukville", "180202"), ("Kampong Cham", "030101")],
    "LA": [("Vientiane", "01000"), ("Luang Prabang", "06000"), ("Pakse", "16000"), ("Savannakhet", "13000"), ("Thakhek", "12000")],
    "FJ": [("Suva", ""), ("Nadi", ""), ("Lautoka", ""), ("Labasa", ""), ("Nausori", ""), ("Ba", "")],
    "PG": [("Port Moresby", "111"), ("Lae", "411"), ("Mount Hagen", "281"), ("Goroka", "441"), ("Madang", "511"), ("Kokopo", "613")],
}
STREETS = {
    "PH": _L("Rizal St., Mabini St, Luna Ave., Bonifacio Street, Sampaguita St., Acacia Road, Kamagong St, Gen. Maxilom Ave, Osmena Blvd, Rosal St., Burgos St., Narra Ave"),
    "ID": _L("Jl. Melati, Jl. Merdeka, Jl. Sudirman, Jl. Kenanga, Jl. Diponegoro, Jl. Pemuda, Jl. Cempaka Putih, Gg. Mawar, Jl. Imam Bonjol, Jl. Raya Ubud, Jl. Sisingamangaraja"),
    "VN": _L("Le Loi, Tran Hung Dao, Nguyen Trai, Hai Ba Trung, Cach Mang Thang Tam, Pho Hue, Nguyen Van Cu, Dien Bien Phu, Ly Thuong Kiet, Vo Van Tan"),
    "TH": _L("Sukhumvit, Ladprao, Ramkhamhaeng, Phahonyothin, Ratchadaphisek, Charoen Krung, Nimmanhaemin, Mittraphap, Rama IV, Bang Na-Trat"),
    "MM": _L("Bogyoke Aung San Rd, Pyay Rd, Anawrahta Rd, Kabar Aye Pagoda Rd, 35th St, Mahabandoola Rd, 78th St, Insein Rd, Parami Rd, Thitsar Rd"),
    "KH": _L("St. 271, St. 63, Mao Tse Toung Blvd, Norodom Blvd, St. 2004, Monivong Blvd, St. 598, Russian Blvd, St. 155, Sisowath Quay"),
    "LA": _L("Lane Xang Ave, Samsenthai Rd, Setthathirath Rd, Kaysone Phomvihane Ave, T4 Rd, Dongpalane Rd, Khouvieng Rd, Souphanouvong Ave"),
    "FJ": _L("Ratu Mara Rd, Waimanu Rd, Princes Rd, Queens Rd, Vitogo Parade, Nasinu Rd, Fletcher Rd, Kings Rd, Mead Rd, Grantham Rd"),
    "PG": _L("Waigani Dr, Lawes Rd, Hubert Murray Hwy, Poreporena Fwy, Boroko Dr, Okuk Hwy, Bumbu Rd, Milfordhaven Rd, Scratchley Rd"),
}
BRGY = _L("Brgy. San Isidro, Brgy. Mabolo, Brgy. Lahug, Brgy. Poblacion, Brgy. Bagong Silang, Brgy. 12, Brgy. Talamban, Brgy. Sta. Lucia, Brgy. Guadalupe, Brgy. Nangalisan")
KEL = _L("Kel. Sukamaju, Kel. Cempaka Putih Timur, Kel. Menteng Dalam, Kel. Lebak Bulus, Kel. Dago, Desa Mas, Kel. Sei Sikambing, Kel. Jati, Kel. Gubeng")
VN_WARD = _L("phuong Ben Nghe, phuong 12, P. Bach Khoa, phuong Thao Dien, P. Hoa Minh, phuong Tan Dinh, P.7, phuong Dich Vong")
VN_DIST = _L("quan 1, Q.3, quan Binh Thanh, quan Hai Ba Trung, Q. Cau Giay, quan Lien Chieu, quan 7, Q. Ninh Kieu")
TH_SUB = _L("Khlong Toei, Bang Kapi, Chatuchak, Suthep, Nai Mueang, Lat Yao, Huai Khwang, Bang Rak")
KH_SANGKAT = _L("Sangkat Toul Tompoung, Sangkat Boeung Keng Kang 1, Sangkat Phsar Thmei, Sangkat Svay Dangkum, Khan Chamkarmon, Sangkat Tonle Bassac")
LA_BAN = _L("Ban Sisaket, Ban Phonxay, Ban Nongbone, Ban Dongpalane, Ban Thongkhankham, Ban Saphanthong")
MM_TSP = _L("Pabedan Tsp, Bahan Tsp, Kamayut Tsp, Hlaing Tsp, Chanayethazan Tsp, Mayangone Tsp, Sanchaung Tsp")
FJ_SUB = _L("Samabula, Nabua, Tamavua, Namaka, Raiwaqa, Nakasi, Martintar, Toorak")
PG_SUB = _L("Boroko, Gerehu, Waigani, Tokarara, Hohola, Gordons, Eriku, Kagamuga")


def _addr_text(rng, c):
    n = rng.randint(1, 999)
    st = rng.choice(STREETS[c])
    if c == "PH":
        return rng.choice(["Blk %d Lot %d, %s, %s" % (rng.randint(1, 40), rng.randint(1, 60), rng.choice(["Phase 2", "Camella Homes", "Villa Verde Subd."]), rng.choice(BRGY)),
                           "%d %s, %s" % (n, st, rng.choice(BRGY)), "Purok %d, %s" % (rng.randint(1, 9), rng.choice(BRGY)),
                           "Unit %d%02d, Tower %s, %d %s" % (rng.randint(1, 40), rng.randint(1, 30), rng.choice("ABC123"), n, st),
                           "Sitio Riverside, Purok %d, %s" % (rng.randint(1, 7), rng.choice(BRGY))])
    if c == "ID":
        rtrw = "RT %03d/RW %03d" % (rng.randint(1, 15), rng.randint(1, 12))
        return rng.choice(["%s No. %d %s, %s" % (st, n % 200, rtrw, rng.choice(KEL)), "%s No.%d, %s" % (st, n % 150, rng.choice(KEL)),
                           "%s %d rt %02d rw %02d" % (st.lower(), n % 99, rng.randint(1, 15), rng.randint(1, 12)),
                           "Perum Griya Asri Blok %s%d No. %d, %s" % (rng.choice("ABCDE"), rng.randint(1, 20), rng.randint(1, 40), rtrw),
                           "Br. Dinas Tegal, %s No %d" % (st, n % 120)])
    if c == "VN":
        return rng.choice(["so %d %s, %s, %s" % (n, st, rng.choice(VN_WARD), rng.choice(VN_DIST)),
                           "%d/%d %s, %s" % (n, rng.randint(1, 99), st, rng.choice(VN_WARD)),
                           "so %d ngo %d ngach %d %s, %s" % (rng.randint(1, 80), rng.randint(1, 300), rng.randint(1, 90), st, rng.choice(VN_DIST)),
                           "can ho %d%02d chung cu Sunrise, %d %s, %s" % (rng.randint(1, 30), rng.randint(1, 20), n, st, rng.choice(VN_DIST))])
    if c == "TH":
        return rng.choice(["%d/%d Moo %d, Soi %s %d, %s Rd, %s" % (n, rng.randint(1, 300), rng.randint(1, 12), st, rng.randint(1, 101), st, rng.choice(TH_SUB)),
                           "%d Soi %d, %s Rd" % (n, rng.randint(1, 71), st), "%d/%d moo %d t. %s" % (n, rng.randint(1, 99), rng.randint(1, 15), rng.choice(TH_SUB).lower()),
                           "Condo Lumpini, room %d%02d, %d %s Rd" % (rng.randint(2, 30), rng.randint(1, 40), n, st)])
    if c == "MM":
        return rng.choice(["No. %d, %s, %s" % (n, st, rng.choice(MM_TSP)), "Bldg %d, Room %d, %s, Ward %d, %s" % (rng.randint(1, 90), rng.randint(1, 12), st, rng.randint(1, 20), rng.choice(MM_TSP)),
                           "%d %s (%s ward), %s" % (n, st, rng.choice(["Middle", "Upper", "Lower", "West"]), rng.choice(MM_TSP))])
    if c == "KH":
        return rng.choice(["#%d, %s, %s" % (n, st, rng.choice(KH_SANGKAT)), "No. %d%s, %s, %s" % (n, rng.choice(["A", "E0", "Eo", ""]), st, rng.choice(KH_SANGKAT)),
                           "house %d, %s, Phum %d, %s" % (n, st, rng.randint(1, 15), rng.choice(KH_SANGKAT))])
    if c == "LA":
        return rng.choice(["%s, Unit %d, House No. %d" % (rng.choice(LA_BAN), rng.randint(1, 40), n), "House %d, %s, %s" % (n, st, rng.choice(LA_BAN)),
                           "%s unit %d house %d" % (rng.choice(LA_BAN).lower(), rng.randint(1, 40), n)])
    if c == "FJ":
        return rng.choice(["Lot %d %s, %s" % (rng.randint(1, 99), st, rng.choice(FJ_SUB)), "%d %s, %s" % (n, st, rng.choice(FJ_SUB)),
                           "PO Box %d" % rng.randint(100, 19999), "Flat %d, %d %s" % (rng.randint(1, 12), n, st)])
    return rng.choice(["Section %d Allotment %d, %s" % (rng.randint(1, 400), rng.randint(1, 40), rng.choice(PG_SUB)),
                       "PO Box %d, %s" % (rng.randint(100, 9999), rng.choice(PG_SUB)), "Lot %d Sec %d, %s" % (rng.randint(1, 60), rng.randint(1, 300), st),
                       "Unit %d, %s Apartments, %s" % (rng.randint(1, 40), rng.choice(["Harbour City", "Era Dorina", "Gordons"]), st)])


def _addr_segs(rng, c, want_pc=None):
    segs = [(_addr_text(rng, c), "address")]
    city, pc = rng.choice(CITY_PC[c])
    r = rng.random()
    if want_pc is None:
        want_pc = r < 0.5
    if r < 0.85:
        segs.append((", " if rng.random() < 0.8 else " ", "o"))
        segs.append((city, "~"))
        if want_pc and pc:
            segs += [(" ", "o"), (pc, "postcode")]
    elif pc:
        segs += [(" ", "o"), (pc, "postcode")]
    return segs


def _dob(rng, c):
    y = rng.randint(1948, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    opts = ["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, FULL[m - 1], y),
            "%s %d, %d" % (FULL[m - 1], d, y), "%02d-%s-%02d" % (d, MON[m - 1], y % 100), "%d.%d.%d" % (d, m, y),
            "%02d%02d%d" % (d, m, y), "%d/%d/%02d" % (m, d, y % 100)]
    if c == "TH":
        opts.append("%02d/%02d/%d" % (d, m, y + 543))
    if c == "VN":
        opts.append("ngay %d thang %d nam %d" % (d, m, y))
    if c == "ID":
        BLN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
        opts.append("%d %s %d" % (d, BLN[m - 1], y))
    return rng.choice(opts)


DOB_CUE = {"PH": _L("DOB, bday, birthday, born, d.o.b, DOB:, birthdate"), "ID": _L("tgl lahir, DOB, lahir, TTL Medan, ttl, born"),
           "VN": _L("ngay sinh, DOB, sinh ngay, NS, born"), "TH": _L("DOB, born, wan koet, birthday"),
           "MM": _L("DOB, born, d.o.b, birth date"), "KH": _L("DOB, born, DOB:, birthday"), "LA": _L("DOB, born, d.o.b"),
           "FJ": _L("DOB, born, d.o.b, birthday"), "PG": _L("DOB, born, d.o.b, bday")}


# ---------------------------------------------------------------- keep-words (label o)
V = {
    "tel": {"PH": _L("Globe, Smart, DITO, TM, TNT, PLDT Home, Converge, Sky Fiber, Globe At Home"), "ID": _L("Telkomsel, Indosat, XL, Tri, Smartfren, IndiHome, by.U, Axis, Biznet"),
            "VN": _L("Viettel, Vinaphone, Mobifone, FPT Telecom, VNPT, Vietnamobile"), "TH": _L("AIS, True, dtac, AIS Fibre, 3BB, TrueOnline, NT"),
            "MM": _L("MPT, ATOM, Mytel, U9, Ooredoo"), "KH": _L("Smart Axiata, Cellcard, Metfone, EZECOM, Opennet"), "LA": _L("Lao Telecom, Unitel, ETL, Beeline, LTC Fibre"),
            "FJ": _L("Vodafone Fiji, Digicel Fiji, TFL, Telecom Fiji, Kidanet"), "PG": _L("Digicel PNG, bmobile, Telikom, Vodafone PNG, DataCo")},
    "wallet": {"PH": _L("GCash, Maya, ShopeePay, GrabPay, Coins.ph, GoTyme"), "ID": _L("GoPay, OVO, DANA, ShopeePay, LinkAja, Jenius"), "VN": _L("MoMo, ZaloPay, ViettelPay, VNPay, ShopeePay"),
               "TH": _L("TrueMoney, PromptPay, Rabbit LINE Pay, ShopeePay, K PLUS"), "MM": _L("KBZPay, Wave Money, AYA Pay, CB Pay, OK Dollar"), "KH": _L("ABA Mobile, Wing, Pi Pay, TrueMoney, Bakong"),
               "LA": _L("BCEL One, U-Money, M-Money, LDB Trust"), "FJ": _L("M-PAiSA, MyCash, BSP Smart"), "PG": _L("CellMoni, MiBank, Kina Wallet, BSP Mobile")},
    "bank": {"PH": _L("BDO, BPI, Metrobank, UnionBank, Landbank, Security Bank, RCBC, PNB"), "ID": _L("BCA, Mandiri, BRI, BNI, CIMB Niaga, BSI, Permata"),
             "VN": _L("Vietcombank, Techcombank, VPBank, BIDV, Agribank, MB Bank, ACB"), "TH": _L("Kasikorn, SCB, Krungthai, Bangkok Bank, Krungsri, ttb"),
             "MM": _L("KBZ Bank, AYA Bank, CB Bank, Yoma Bank, MAB"), "KH": _L("ABA, ACLEDA, Canadia, Wing Bank, Prince Bank"), "LA": _L("BCEL, LDB, JDB, BFL, APB"),
             "FJ": _L("BSP Fiji, ANZ, Westpac, HFC Bank, BRED"), "PG": _L("BSP, Kina Bank, Westpac PNG, Nationwide Microbank, TISA")},
    "app": {"PH": _L("Grab, foodpanda, Lazada, Shopee, Angkas, Joyride, Lalamove, Meralco, Maynilad, Manila Water"),
            "ID": _L("Gojek, Grab, Tokopedia, Shopee, Maxim, PLN Mobile, Traveloka, JNE, SiCepat, PDAM"),
            "VN": _L("Grab, Be, Xanh SM, Shopee, Lazada, Tiki, GHN, Giao Hang Tiet Kiem, EVN, ShopeeFood"),
            "TH": _L("Grab, LINE MAN, Bolt, Lazada, Shopee, Kerry Express, Flash Express, MEA, PEA, Robinhood"),
            "MM": _L("Grab, Food2U, Shop.com.mm, YESC, MESC, Royal Express, Ninja Van"), "KH": _L("PassApp, Grab, Nham24, Foodpanda, EDC, Tada, CamboTicket"),
            "LA": _L("LOCA, foodpanda Lao, EDL, Nampapa, HAL Express, Lao Post"), "FJ": _L("EFL, Water Authority of Fiji, Fiji Post, Bolt, Jack's, Fiji Airways"),
            "PG": _L("PNG Power, Eda Ranu, PNG Post, Air Niugini, Ride PNG, CPL Stop N Shop")},
    "place": {"PH": _L("Quezon City, Cebu, Davao, Iloilo, Laoag, Makati, BGC, Cubao, SM North, NAIA T3, MRT Cubao, Divisoria, Ilocos Norte, Mandaue"),
              "ID": _L("Jakarta, Bandung, Surabaya, Medan, Padang, Denpasar, Jogja, Bekasi, Depok, Soekarno-Hatta, Stasiun Gambir, Kuta, Tangerang, Bukittinggi"),
              "VN": _L("Ha Noi, Sai Gon, Da Nang, Can Tho, Hai Phong, Tan Son Nhat, Noi Bai, Thu Duc, Ben Thanh, Hoi An, Vung Tau"),
              "TH": _L("Bangkok, Chiang Mai, Khon Kaen, Phuket, Pattaya, Suvarnabhumi, Don Mueang, BTS Asok, MRT Sukhumvit, Siam Paragon, Korat"),
              "MM": _L("Yangon, Mandalay, Naypyitaw, Bago, Hledan, Junction City, Sule, Yangon airport, Myeik"),
              "KH": _L("Phnom Penh, Siem Reap, Battambang, Kampot, Sihanoukville, BKK1, Aeon Mall Sen Sok, Toul Kork"),
              "LA": _L("Vientiane, Luang Prabang, Pakse, Savannakhet, Wattay, Talat Sao, Vang Vieng"),
              "FJ": _L("Suva, Nadi, Lautoka, Labasa, Nausori, Sigatoka, MHCC, Nadi airport, Damodar City, Ba"),
              "PG": _L("Port Moresby, Lae, Mount Hagen, Goroka, Madang, Kokopo, Vision City, Jacksons, Boroko, Waigani")},
    "cur": {"PH": ("PHP", "P", "\u20b1"), "ID": ("Rp", "IDR", "rb"), "VN": ("VND", "d", "k"), "TH": ("THB", "B", "\u0e3f"), "MM": ("MMK", "Ks", "kyats"),
            "KH": ("USD", "$", "riel"), "LA": ("LAK", "kip", "K"), "FJ": ("FJD", "$", "F$"), "PG": ("PGK", "K", "kina")},
    "ty": {"PH": _L("salamat po, tnx po, thank u po, ty sir, salamat kaayo, agyamanak"), "ID": _L("makasih, terima kasih, tks ya, mksh kak, hatur nuhun, matur nuwun, suksma"),
           "VN": _L("cam on, cam on nhieu, tks a, cam on chi"), "TH": _L("khob khun krub, khop khun ka, thx ka, kob kun na"), "MM": _L("kyay zu tin ba de, jeezu, thx, tq"),
           "KH": _L("arkun, orkun bong, thx, arkun chraen"), "LA": _L("khop jai, khob chai lai lai, tks"), "FJ": _L("vinaka, vinaka vakalevu, dhanyavaad, thanks heaps"),
           "PG": _L("tenkyu, tenkyu tru, thanks mate")},
    "ok": {"PH": _L("ok na, goods na, ayos na, sige po, nagawa na, resolved na, okey na"), "ID": _L("udah beres, sudah ok, aman, sip, mantap, beres kak, udh ok"),
           "VN": _L("ok roi, da xong, xong roi, on roi, ok a"), "TH": _L("ok laew, riaproi, sabai, mai pen rai, jing jing ok"), "MM": _L("ok pi, ya pi, done pi, ok la"),
           "KH": _L("ok hz, baat, rooch, ok heuy"), "LA": _L("ok laew, dai laew, baw pen nyang"), "FJ": _L("sa vinaka, all good, sorted, io"), "PG": _L("orait, gutpela, em nau, stret")},
}
TEAMS = _L("Tier 2, L2, L1, Retention Desk, Billing Queue, Fraud Ops, Disputes, Collections, Tech Support, NOC, Fiber Squad, Merchant Care, Rider Ops, Driver Hub, Escalations, QA, WFM, Back Office, KYC team, Chargeback Desk, Field Tech, Social Care, Priority Lane, VIP Desk, Night Shift, Email Queue")
JARGON = _L("FCR, AHT, CSAT 5/5, NPS 10, RCA, TAT 24h, SLA met, KYC, OTP, MPIN, eKYC, SR closed, TT raised, per SOP, VOC, DSAT avoided, warm transfer, cold transfer, callback, hold 2 mins, wrap-up, ACW, no repeat call, dispo: resolved, T1 fix, CRM notes updated")
DEVICES = _L("iPhone 13, iPhone 15 Pro, Galaxy A54, Galaxy A15, Redmi Note 13, OPPO A78, vivo Y36, Realme C55, Huawei B310, ZTE F670L, Huawei HG8145V5, TP-Link Archer C6, Nokia G21, Infinix Hot 30, Tecno Spark 10")
PLANS = _L("GoSURF50, Magic Data 99, Unli Call & Text, Fibr 1699, Plan 999, GoUNLI 180, Combo Sakti, Xtra Kuota 30GB, Internet OK, ST90, MAX100, NET 5G 12GB, Fiber 300Mbps, Postpaid 499, Super Value Pack, Prepaid 10GB, Unli Data 7D, Home Plus 1499")
LOWER_PART = _L("pls, pa, na, lng, nlng, tlg, kc, dw, sna, yata, dong, deh, kok, gk, udh, blm, roi, chua, nha, a, krub, ka, na, jing, la, kya, wo, heuy, bong, io, sa, em, tru")

# ---------------------------------------------------------------- templates
TPL_PII = [
    "cust {cust} called re {tel} {plan} not activating, reprovisioned via {team}, {ok} {ty}",
    "cx {cname} happy w/ refund {amt} to {wallet} after double debit, {jargon}",
    "spoke to {tname} abt failed cash-in {bank} to {wallet}, traced ref, reversed same day",
    "thanks to {agent} from billing, {poss} overcharge of {amt} credited back before {time}",
    "{crm} - verified via {nid}, unlocked {wallet} acct, cust very thankful",
    "caller {full} mob {phone} - sim swap done at {place} store, data back {ok}",
    "Customer {cust} (email {email}) got the OTP finally, {jargon}, closed",
    "rider lost item, cust {cname} called from {phone}, {app} rider found it, delivered to {addr}",
    "updated billing address to {addr} per {poss} request, {ty}",
    "new meter install for {tname}, {acct}, site {addr}, tech {agent2} done by {time}",
    "{handle} pls note {cust} card {card} unblocked after fraud check by {team}",
    "cx said {qname} is the acct holder, confirmed {dob} and {nid}, pw reset ok",
    "customer win: {cust} upgraded to {plan}, bill now {amt}, sent summary to {email}",
    "PH|ang bait ni {tname}, nag-sorry pa kahit {tel} yung may mali, load {amt} credited {ty}",
    "PH|si {cname} yung tumawag, {acct}, refund na sa {wallet}, {ok}",
    "ID|pak {cname} komplain paket {app} ga nyampe, {acct}, kurir antar ulang ke {addr}",
    "ID|mbak {cname} dr {place} minta ganti no hp ke {phone}, udah diverif {nid}, {ok}",
    "VN|kh {full} goi ve {tel} mat mang, {acct}, ky thuat sua xong, {ok}",
    "VN|chi {cname} sdt {phone} nho doi dia chi {addr}, da cap nhat {ty}",
    "TH|khun {cname} ({full}) refund {amt} via {wallet} done, {jargon} {ty}",
    "TH|Nong {cname} lost {device}, blocked IMEI, new sim at {place}, {ok}",
    "MM|{tname} from {place}, NRC confirmed, {nid}, {wallet} limit raised to {amt}",
    "called {full} back on {phone} re {app} bill dispute, waived late fee {amt}",
    "KH|{full} @ {phone} wanted ABA card {card} reissued, {team} approved, courier to {addr}",
    "KH|bong {cname} top up {amt} missing, found in {wallet} pending, released, {ty}",
    "cust {cname} {phone} power outage {place}, crew sent, {acct}, restored {time}",
    "FJ|Bula! {tname} M-PAiSA transfer stuck, txn ref checked, reversed {amt}, vinaka",
    "FJ|{full} rang re {tel} bill, PO address {addr}, e-bill to {email} now",
    "PG|{tname} from {place} - Digicel data not working, apn reset, {ok} {ty}",
    "login issue from ip {ip}, cust {cust} confirmed it was her new {device}, whitelisted",
    "shared his profile {url} for verification, matched to {crm}, account restored",
    "remittance from abroad, sender IBAN {iban}, beneficiary {full}, credited {amt} to {bank}",
    "{crm}\t".strip() + " | {dob} | {nid} | kyc passed, {wallet} fully verified",
    "{cname} and {other} both on line, joint acct {acct}, added as authorized user",
    "tnx {agent} for the warm transfer, {cname} issue solved in {num} mins {jargon}",
    "{agent} helped w/ escalation, cust {full} ({phone}) got {plan} promo applied",
    "{poss} order {idv} arrived damaged, {app} issued voucher {amt}, cust ok",
    "cust {cname} username {user} locked after {num} wrong pins, unlocked after KYC",
    "{tname} asked to send statement to {email}, sent, also updated mob {phone}",
    "mr {cname} frm {place} very angry at first, fixed modem {device}, ended w/ thank you",
    "new postpaid line for {full}, billing address {addr}, {dob}, approved by {agent}",
    "cx {cname} card ending {card} double charged {amt} at {app}, chargeback filed via {team}",
    "{crm} / {phone} / {email} - address change to {addr} done",
    "ticket from {cname}, ip {ip}, site slow on {tel}, traced to router, fixed {ok}",
    "caller gave {dob}, name on file {full}, verified, pin reset, {ty}",
    "PH|apo {tname} needed help w/ {wallet} app, guided step by step, very sweet, {ty}",
    "{cname}'s daughter {other} called on her behalf, {acct}, bill extension granted",
    "shop owner {cust} postcode {pc}, merchant QR reactivated on {wallet}, {ok}",
    "OFW remit: {cname}'s sister abroad sent via IBAN {iban}, posted to {wallet} {amt}",
    "{full} via fb {url} msg'd re {app} driver overcharge, refunded {amt}",
    "ID|kak {cname} {phone} paket data {plan} nyangkut, sudah di-inject ulang, {ty}",
]

TPL_CLEAN = [
    "cust called re {tel} {plan} not activating, reprovisioned via {team}, {ok}",
    "cx happy w/ refund {amt} to {wallet} after double debit, {jargon}",
    "{app} rider late {num} mins, voucher {amt} given, cust satisfied {jargon}",
    "fiber LOS at {place} area, NOC confirmed outage, ETA {time}, cust ok to wait",
    "caller asked abt {plan} vs {plan}, explained data cap, upsold, {ty}",
    "{wallet} cash-in from {bank} delayed, advised 24h TAT, auto-posted {time}, {ok}",
    "walk-in at {place} branch, {device} warranty claim filed, replacement unit ready {date}",
    "promo {plan} applied retroactive, bill adjusted {amt}, {jargon}",
    "modem {device} reboot loop, remote fw push by {team}, online again {ok}",
    "no signal after typhoon in {place}, site restored {date}, credits {amt} for affected subs",
    "sim reg issue, guided cx thru app, registered {ok}, {ty}",
    "PH|nagloko yung {wallet} kahapon, ok na ngayon after update, {jargon}",
    "ID|paket data {plan} udah masuk, {tel} lagi gangguan tadi, {ok}",
    "VN|kh bao mang {tel} cham o {place}, reset modem {ok}, {ty}",
    "TH|lukkha khon ni {app} order cancel, refund {amt} khun wallet laew, {ok}",
    "{tel} tower down {place}, escalated to {team}, fixed by {time}",
    "cust wanted to cancel {plan}, offered {amt} off for 3 mos, retained! {jargon}",
    "{bank} card blocked abroad, travel notice added, unblocked {ok}",
    "{app} bill spike explained, old meter reading, adj {amt}, cust accepted",
    "{app} driver app crash on {device}, cleared cache, reinstall {ok}",
    "FJ|bula, cx asked abt {tel} roaming to {place}, activated pack {amt} {ty}",
    "PG|tenkyu from cx, {tel} flex data {plan} reloaded {amt}, {ok}",
    "outage {place} {date}, {num} calls in queue, {team} handled, CSAT high today",
    "PH|load {amt} nawala, nakita sa promo deduction, ni-refund, {ok}",
    "ID|cx bilang {wallet} error 500 pas transfer, suruh update app, {ok} {ty}",
    "VN|mat khau {wallet} bi khoa, huong dan reset qua app, {ok}",
    "{place} store queue long, offered online SIM delivery via {app}, cx happy",
    "FCR! {tel} billing dispute {amt} solved on 1st call, {jargon}",
    "new {device} not reading 5G, enabled VoLTE, {ok} {part}",
    "{wallet} QR payment at {place} failed twice, reversed {amt} within {num} mins",
    "escalated from {team} to {team}, root cause CRM sync, fixed {date}",
    "cx praised {team} for fast callback, closing SR, {jargon}",
    "pls tag as win: {app} refund {amt} processed, {ty}",
    "typhoon signal #2 in {place}, waived reconnection fee, {ok}",
    "ATM {bank} ate card at {place}, card retrieval form sent, {ok}",
    "KYC level 2 approved for {wallet}, limit now {amt}, cx relieved {part}",
    "wifi slow pm only, changed channel on {device}, speedtest {num}0 Mbps {ok}",
    "cash on delivery mixup {app}, rider returned change {amt}, {ty}",
    "{tel} e-SIM activation on {device} done via QR, {jargon}",
    "cx confused w/ {plan} auto-renew, turned off, refunded last {amt} {ok}",
]


# ---------------------------------------------------------------- generator

_PH = re.compile(r"\{(\w+)\}")


def _amt(rng, c):
    a, b, cs = V["cur"][c]
    if c in ("ID",):
        v = rng.choice([15000, 25000, 50000, 100000, 150000, 275000, 1250000])
        return rng.choice(["Rp%s" % format(v, ",").replace(",", "."), "Rp %s" % format(v, ",").replace(",", "."), "%drb" % (v // 1000), "IDR %d" % v])
    if c == "VN":
        v = rng.choice([50, 100, 120, 200, 350, 500, 1200])
        return rng.choice(["%dk" % v, "%s.000d" % v, "%s,000 VND" % v])
    if c == "MM":
        v = rng.choice([3000, 5000, 10000, 25000, 50000])
        return rng.choice(["%d Ks" % v, "MMK %s" % format(v, ","), "%s kyats" % format(v, ",")])
    if c == "LA":
        v = rng.choice([20000, 50000, 100000, 250000])
        return rng.choice(["%s kip" % format(v, ","), "LAK %d" % v])
    v = rng.choice([5, 10, 15, 20, 49, 99, 150, 299, 499, 999, 1299, 2500])
    return rng.choice(["%s%d" % (b, v), "%s %d" % (a, v), "%d %s" % (v, a), "%s%d.00" % (cs, v)])


def _time(rng):
    h, m = rng.randint(1, 12), rng.choice([0, 5, 15, 20, 30, 45, 50])
    return rng.choice(["%d:%02d%s" % (h, m, rng.choice(["am", "pm", " AM", " PM", "pm"])), "%02d%02dH" % (h + 8, m),
                       "%d%s" % (h, rng.choice(["pm", "am"])), "%02d:%02d" % (h + 6, m)])


def _date(rng):
    M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return rng.choice(["%s %d" % (rng.choice(M), rng.randint(1, 28)), "%d/%d" % (rng.randint(1, 12), rng.randint(1, 28)),
                       "%d %s" % (rng.randint(1, 28), rng.choice(M)), "yesterday", "last week", "kahapon", "kemarin", "hom qua", "last Friday"])


class _Ctx:
    def __init__(self, rng, listed, country=None):
        self.rng = rng
        cul = None
        if country:
            cul = rng.choice([k for k in CULTURE_KEYS if CULTURES[k][0] == country])
        self.p = _pick_person(rng, listed, cul)
        self.c = self.p["country"]
        same = [k for k in CULTURE_KEYS if CULTURES[k][0] == self.c]
        self.a = _pick_person(rng, listed, rng.choice(same))
        self.q = _pick_person(rng, listed, rng.choice(same))
        self.has_pii = False


def _nm(ctx, person, form=None):
    rng = ctx.rng
    ctx.has_pii = True
    form = form or rng.choice(["full", "full", "short", "short", "family", "crm", "crml", "initial"])
    return [(_name_text(rng, person, form), "name")]


def _cued(ctx, cue, val, label):
    ctx.has_pii = True
    sep = ctx.rng.choice([" ", ": ", " ", " #", " no. ", "="])
    if val.startswith("#"):
        sep = " "
    return [(cue + sep, "o"), (val, label)]


def _gen(ctx, key):
    rng, c, p = ctx.rng, ctx.c, ctx.p
    if key in ("tel", "wallet", "bank", "app", "place", "ty", "ok"):
        return [(rng.choice(V[key][c]), "o")]
    if key == "team":
        return [(rng.choice(TEAMS), "o")]
    if key == "jargon":
        return [(rng.choice(JARGON), "o")]
    if key == "device":
        return [(rng.choice(DEVICES), "o")]
    if key == "plan":
        return [(rng.choice(PLANS), "o")]
    if key == "amt":
        return [(_amt(rng, c), "o")]
    if key == "time":
        return [(_time(rng), "o")]
    if key == "date":
        return [(_date(rng), "o")]
    if key == "num":
        return [(str(rng.randint(2, 48)), "o")]
    if key == "part":
        return [(rng.choice(LOWER_PART), "o")]
    # ---- names
    if key == "cust":
        if rng.random() < 0.3:
            return [(_title2(rng, p) + " ", "o")] + _nm(ctx, p, rng.choice(["full", "short", "family"]))
        return _nm(ctx, p)
    if key == "cname":
        return _nm(ctx, p, "short")
    if key == "full":
        return _nm(ctx, p, "full")
    if key == "crm":
        return _nm(ctx, p, rng.choice(["crm", "crm", "crml"]))
    if key == "tname":
        return [(_title2(rng, p) + " ", "o")] + _nm(ctx, p, rng.choice(["full", "short", "family", "short"]))
    if key == "namet":
        return _nm(ctx, p, rng.choice(["short", "full"])) + [(rng.choice([" ", ", "]) + rng.choice(POST_TITLES[c]), "o")]
    if key == "poss":
        seg = _nm(ctx, p, rng.choice(["short", "full", "short"]))
        return seg + [("'" if seg[0][0].endswith("s") else "'s", "o")]
    if key == "qname":
        q = rng.choice(['"', "'"])
        return [(q, "o")] + _nm(ctx, p, rng.choice(["short", "full"])) + [(q, "o")]
    if key == "agent":
        return _nm(ctx, ctx.a, rng.choice(["short", "short", "full", "initial"]))
    if key == "agent2":
        return _nm(ctx, ctx.q, rng.choice(["short", "full"]))
    if key == "handle":
        return [("@", "o")] + _nm(ctx, ctx.a, "short")
    if key == "other":
        if rng.random() < 0.4:
            return [(_title2(rng, ctx.q) + " ", "o")] + _nm(ctx, ctx.q, "short")
        return _nm(ctx, ctx.q, rng.choice(["short", "full"]))
    # ---- other pii
    ctx.has_pii = True
    if key == "phone":
        return [(_phone(rng, c), "phone")]
    if key == "email":
        return [(_email(rng, p), "email")]
    if key == "card":
        return [(_card(rng), "card")]
    if key == "nid":
        cue, v = _natid(rng, c)
        return _cued(ctx, cue, v, "id")
    if key == "acct":
        cue, v = _acct(rng, c)
        return _cued(ctx, cue, v, "id")
    if key == "idv":
        return [(_acct(rng, c)[1].lstrip("#"), "id")]
    if key == "user":
        return [(_user(rng, p), "id")]
    if key == "addr":
        return _addr_segs(rng, c)
    if key == "pc":
        city, pc = rng.choice([x for x in CITY_PC[c] if x[1]] or [("", "")])
        if not pc:
            return [(rng.choice(V["place"][c]), "o")]
        return [(pc, "postcode")] + ([(" ", "o"), (city, "~")] if rng.random() < 0.5 else [])
    if key == "ip":
        return [(_ip(rng), "ip")]
    if key == "url":
        return [(_url(rng, p), "url")]
    if key == "iban":
        return [(_iban(rng), "iban")]
    if key == "dob":
        return [(rng.choice(DOB_CUE[c]) + rng.choice([" ", ": ", " - "]), "o"), (_dob(rng, c), "dob")]
    raise KeyError(key)


def _render(ctx, tpl):
    segs = []
    pos = 0
    for m in _PH.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], "o"))
        segs.extend(_gen(ctx, m.group(1)))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], "o"))
    return segs


def _typo(rng, text):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 4]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    k = rng.randint(1, len(w) - 2)
    if rng.random() < 0.5:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    else:
        w = w[:k] + w[k + 1:]
    words[i] = w
    return " ".join(words)


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


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(_fold(w) for w in listed)
    rng = random.Random(SEED)
    notes, seen = [], set()
    tries = 0
    while len(notes) < N_NOTES and tries < 200000:
        tries += 1
        if rng.random() < 0.44:
            tpl = rng.choice(TPL_CLEAN)
        else:
            tpl = rng.choice(TPL_PII)
        country = None
        if tpl[:3].rstrip("|") in V["cur"] and tpl[2] == "|":
            country, tpl = tpl[:2], tpl[3:]
        ctx = _Ctx(rng, listed, country)
        segs = _render(ctx, tpl)
        lower = rng.random() < 0.32
        typo = rng.random() < 0.25
        out = []
        for t, l in segs:
            if l == "o" and typo and rng.random() < 0.5:
                t = _typo(rng, t)
            if lower:
                t = t.lower()
            out.append((t, l))
        out = _merge(out)
        text = "".join(t for t, _ in out)
        text_norm = " ".join(text.split())
        if text != text.strip() or "\n" in text or "  " in text:
            continue
        n = len(text_norm.split())
        if n < 5 or n > 45 or text in seen:
            continue
        seen.add(text)
        notes.append(out)
    return notes


def _selfcheck():
    sample = frozenset(["santos", "nguyen", "maria", "budi", "tan", "kumar", "somchai", "aung", "sok", "ana", "lim", "joy"])
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == N_NOTES, len(a)
    texts = set()
    counts = {l: 0 for l in LABELS}
    lower = clean = 0
    for note in a:
        text = "".join(t for t, _ in note)
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in texts
        texts.add(text)
        for t, l in note:
            assert l in LABELS, l
            assert t, note
            if l != "o":
                assert t == t.strip(), (t, l)
            counts[l] += 1
            if l == "name":
                for part in _SPLIT.split(t):
                    assert not part or _fold(part) not in sample, (t, note)
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in note):
            clean += 1
    print("notes:", len(a))
    for l in LABELS:
        print("  %-9s %d" % (l, counts[l]))
    print("all-lower-case share: %.3f" % (lower / len(a)))
    print("no-personal-data share: %.3f" % (clean / len(a)))
    print("templates: pii=%d clean=%d cultures=%d" % (len(TPL_PII), len(TPL_CLEAN), len(CULTURES)))


if __name__ == "__main__":
    _selfcheck()
