#!/usr/bin/env python3
"""Blind evaluation set J for the agents'-notes personal-data scrubber.

Setting: English-language contact-centre desks in Japan, Korea, Taiwan, Hong Kong,
Indonesia, Vietnam, Thailand, Hawaii, Samoa, Tonga and New Zealand (telecoms,
airlines, convenience / electronics retail, delivery apps, banks, game publishers).

blind_notes(listed) -> list of notes; each note is a list of (text, label) segments.
Standard library only, deterministic (random.Random(SEED)).
"""
import random
import re
import unicodedata

SEED = 7130419
N_NOTES = 1000
LABELS = ("o", "name", "email", "phone", "card", "id", "address", "postcode",
          "ip", "url", "iban", "dob", "~")
PII = frozenset(l for l in LABELS if l not in ("o", "~"))


def L(s):
    """Split a ';'-separated list."""
    return [x.strip() for x in s.split(";") if x.strip()]


# ---------------------------------------------------------------------------
# folding / listed-name check
# ---------------------------------------------------------------------------
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


_PIECES = re.compile(r"[\-'\u02bb\u2019\u2018.,()]+")


def name_ok(s, listed):
    for tok in s.split():
        cands = [tok, _PIECES.sub("", tok)] + _PIECES.split(tok)
        for c in cands:
            f = fold(c).strip()
            if not f:
                continue
            if f in listed or f.replace("\u0111", "d") in listed:
                return False
    return True


def variant(rng, entry):
    """An entry may hold romanisation alternatives separated by '|'."""
    return rng.choice(entry.split("|"))


# ---------------------------------------------------------------------------
# naming cultures
# ---------------------------------------------------------------------------
C = {}

C["ja"] = dict(
    m=L("Haruto;Sōta|Sota|Souta;Yūto|Yuto|Yuuto;Riku;Minato;Daiki;Takumi;Kenta;"
        "Shōta|Shota|Shouta;Ryōta|Ryota|Ryouta;Kaito;Hiroshi;Takeshi;Kazuki;Naoki;"
        "Tatsuya;Yūsuke|Yusuke;Kōji|Koji|Kouji;Shin'ichi|Shinichi;Masaru;Tomoya;"
        "Yoshiki;Kenji;Hayato;Shun;Haruki;Itsuki;Ryūnosuke|Ryunosuke;Hinata;Asahi;"
        "Tsubasa;Kōhei|Kohei;Yoshinori;Makoto;Shigeru;Tetsuya"),
    f=L("Yui;Hina;Sakura;Aoi;Yuna;Mio;Rin;Koharu;Himari;Akari;Miyu;Yūko|Yuko|Yuuko;"
        "Keiko;Megumi;Ayaka;Misaki;Nanami;Kaori;Haruka;Natsuki;Chihiro;Asuka;"
        "Tomomi;Emiko;Noriko;Sachiko;Kanako;Shiori;Yōko|Yoko;Mayumi;Fumiko;"
        "Kazue;Tsumugi;Mitsuki;Reiko"),
    fam=L("Tanaka;Suzuki;Takahashi;Watanabe;Itō|Ito|Itoh;Yamamoto;Nakamura;"
          "Kobayashi;Katō|Kato;Yoshida;Yamada;Sasaki;Yamaguchi;Matsumoto;Inoue;"
          "Kimura;Hayashi;Shimizu;Yamazaki;Ikeda;Hashimoto;Ishikawa;Ogawa;Okada;"
          "Fujita;Gotō|Goto|Gotoh;Hasegawa;Murakami;Kondō|Kondo|Kondoh;"
          "Saitō|Saito|Saitoh;Sakamoto;Endō|Endo;Aoki;Fujii;Nishimura;Fukuda;"
          "Ōta|Ota|Ohta;Miura;Okamoto;Matsuda;Nakagawa;Harada;Ōno|Ono|Ohno;"
          "Tsuchiya;Kuroda;Higa;Arakaki;Nakasone;Shimabukuro;Kinjō|Kinjo"),
    order="fg_or_gf",
    suf_fam=L("-san; san;-sama; sama;-san"), suf_given=L("-kun;-chan; chan; san;-san"),
    pre_m=L("Mr;Mr."), pre_f=L("Ms;Mrs;Ms."), kin_pre=L("obaachan:f;ojiisan:m;obasan:f;ojisan:m"),
)
C["ainu"] = dict(
    m=L("Shakushain;Koshamain;Bikky;Atuy;Nupuri;Kotan;Esaman;Kimun;Rera;Sinrit;"
        "Sirokani;Kamuykor;Ikor;Retar;Repun;Huure;Pase;Cironnup;Kinta;Sikerpe;"
        "Tusu;Etupirka;Upas;Cikap;Horkew;Isepo;Noyapo;Wakka;Tokpa;Kimunkamuy"),
    f=L("Pirika;Mina;Sapana;Sikerpe;Upopo;Rimse;Menoko;Nonno;Kapatci;Cise;"
        "Huci;Mukkur;Nunuke;Pirikakamuy;Iyomante;Tonkori;Sirar;Rera;Kaski;"
        "Sikka;Ruyka;Monnoyno;Apunno;Ramat;Ketusi;Nupuripa;Kamuymat;Sekoro;Oruki"),
    fam=L("Kayano;Chiri;Kaizawa;Sunazawa;Hiramura;Kawamura;Urakawa;Toyooka;"
          "Kaneda;Kitahara;Hatozawa;Kaizawa;Shizunai;Nibutani;Tokachi;Monbetsu;"
          "Usu;Kotani;Shiraoi;Biratori"),
    order="gf", suf_fam=L("-san; san"), suf_given=L(" san;-san;-chan"),
    pre_m=L("Mr"), pre_f=L("Ms"), kin_pre=L("huci:f;ekasi:m"),
)
C["kr"] = dict(
    m=L("Min-jun;Seo-jun;Do-yun;Ye-jun;Si-woo;Ha-jun;Ji-ho;Jun-seo;Hyun-woo;"
        "Ji-hoon;Sung-min;Dong-hyun;Jae-won;Seung-ho;Tae-yang;Young-soo;Sang-woo;"
        "Kyung-ho;Byung-chul;Jong-min;Chul-soo;Gun-woo;Hyeon-jun;Woo-jin;Eun-ho;"
        "Jae-sung;In-su;Yeong-gil;Joon-young;Dong-wook;Tae-hyun;Seok-jin"),
    f=L("Seo-yeon;Ji-woo;Seo-yun;Ha-eun;Min-seo;Chae-won;Su-bin;Ji-min;Da-eun;"
        "Yoo-na;Eun-ji;Hye-jin;Soo-jin;Mi-young;Yeon-hee;Ji-hye;Min-ji;Hyun-joo;"
        "Bo-ra;Na-rae;Seul-gi;Ye-rin;Ga-eun;Eun-bi;Hee-jung;Sun-hee;Kyung-ja;"
        "Jin-ah;So-yeon;Mi-kyung;Ha-neul;Yu-jin"),
    fam=L("Kim|Gim;Lee|Yi|Rhee;Park|Pak|Bak;Choi|Choe;Jung|Jeong|Chung;Kang;"
          "Cho|Jo;Yoon|Yun;Jang|Chang;Lim|Im;Han;Oh;Seo|Suh;Shin|Sin;Kwon|Gwon;"
          "Hwang;Ahn|An;Song;Jeon|Chun;Hong;Yoo|Ryu;Ko|Go;Moon|Mun;Yang;Sohn|Son;"
          "Bae;Baek|Paik;Heo|Huh;Nam;Noh|Roh;Kwak;Sung;Cha;Uhm|Eom;Chae;Byun;"
          "Gong;Namgung;Jegal;Hwangbo;Seonwoo;Dokgo;Bang;Yeom;Pyo"),
    order="fg", suf_fam=L("-ssi; ssi;-nim; nim"),
    suf_given=L(" ssi;-ssi; eonni:f; oppa:m; unnie:f; hyung:m; noona:f;-ssi"),
    pre_m=L("Mr;Mr."), pre_f=L("Ms;Mrs"), kin_pre=L("halmeoni:f;ajumma:f;ajeossi:m;harabeoji:m"),
)
C["mn"] = dict(
    m=L("Batbayar;Ganbold;Munkhbat;Erdenebat;Sükhbaatar|Sukhbaatar;Gantulga;"
        "Bat-Erdene;Otgonbayar;Uuganbayar;Davaadorj;Pürevdorj|Purevdorj;Chinbat;"
        "Temüülen|Temuulen;Tuvshinbayar;Enkhbold;Altangerel;Byambadorj;Ganzorig;"
        "Khishigbayar;Nyamdorj;Tsogtbaatar;Zorigt;Battulga;Amarsanaa;Dashdorj;"
        "Lkhagvasüren|Lkhagvasuren;Tömörbaatar|Tumurbaatar;Ochirbat;Gankhuyag;"
        "Münkh-Erdene|Munkh-Erdene;Bayarsaikhan"),
    f=L("Enkhjargal;Oyunchimeg;Bolormaa;Tsetsegmaa;Altantsetseg;Sarnai;"
        "Narantsetseg;Solongo;Ariunaa;Delgermaa;Odgerel;Khulan;Anujin;Nomin;"
        "Enkhtuya;Oyuntsetseg;Bayarmaa;Gerelmaa;Tserendulam;Münkhzul|Munkhzul;"
        "Uranchimeg;Saruul;Nandin-Erdene;Urantsetseg;Khongorzul;Badamkhand;"
        "Erdenechimeg;Sarangerel;Otgontsetseg"),
    fam=L("Batbayar;Ganbold;Dorjsüren|Dorjsuren;Erdenebat;Purevjav;Tserendorj;"
          "Baatarkhuu;Dashnyam;Gombosüren|Gombosuren;Sodnom;Borjigin;Ochirbat;"
          "Lkhamsüren|Lkhamsuren;Damdinsüren|Damdinsuren;Jargalsaikhan;"
          "Tsedenbal;Bat-Ochir;Nyamsüren|Nyamsuren;Chuluunbaatar;Dugarjav;"
          "Sharavdorj;Luvsandash;Norovsambuu;Enkhbayar;Yondon"),
    order="mn", suf_fam=[], suf_given=L(" guai; egch:f; akh:m; guai"),
    pre_m=L("Mr"), pre_f=L("Ms"), kin_pre=[],
)
C["hokkien"] = dict(
    m=L("Boon Huat;Teck Guan;Beng Hock;Hock Chye;Kian Seng;Eng Kiat;Swee Heng;"
        "Chong Beng;Chee Keong;Tiong Huat;Soon Hock;Keng Hwee;Kok Beng;Boon Keng;"
        "Cheng Hock;Kim Huat;Eng Seng;Teck Soon;Wee Kiat;Hock Lai;Poh Seng;"
        "Guan Hin;Joo Seng;Chin Hock;Hong Beng;Kah Hin;Seng Kee;Huat Seng;"
        "Leng Hock;Boon-Leong|Boon Leong;Tsui-hong|Chui Hong"),
    f=L("Bee Lian;Siok Hoon;Lay Hoon;Geok Choo;Swee Neo;Poh Lian;Ai Hwa;Bee Choo;"
        "Lee Choo;Gek Eng;Soo Lian;Chwee Hong;Sock Kheng;Hwee Ling;Bee Leng;"
        "Lay Kheng;Geok Lan;Bee Hwa;Siok Ching;Gaik Lin;Phaik Hoon;Guat Beng;"
        "Choo Neo;Hui Khim;Swee Lian;Kim Neo;Beng Choo;Ai Tin;Saw Imm;Bí-lân|Bi-lan"),
    fam=L("Tan;Lim;Ong;Goh;Teo;Koh;Tay;Chua;Khoo;Ng;Ang;Low;Yeo;Sim;Quek;Heng;"
          "Toh;Chia;Pang;Kuah;Seah;Gan;Tng;Neo;Peh;Oei;Liem;Tjoa;Kwee;Tio;Ooi;"
          "Khor;Cheah;Tee;Teh;Sia;Goei;Tân|Tan;Ông|Ong"),
    order="fg", suf_fam=[], suf_given=[],
    pre_m=L("Mr;Uncle;Ah Pek;Mr."), pre_f=L("Mdm;Ms;Auntie;Ah Ma;Mdm."),
    kin_pre=L("Auntie:f;Uncle:m;Ah Ma:f;Ah Kong:m;Ah Pek:m;Ah Soh:f"),
)
C["hakka"] = dict(
    m=L("Vui Keong;Yit Kiong;Ket Hin;Chun Fatt;Fook Kiong;Jin Fui;Siong Khiun;"
        "Fui Min;Kiun Fatt;Thien Voon;Chin Foo;Fatt Jin;Hon Fui;Vun Kiong;"
        "Ket Voon;Siaw Min;Nyen Fatt;Shin Fook;Yun Khiong;Tet Fui;Khiun Vui;"
        "Vui Fatt;Kam Fook;Jun Khiong;Siong Fatt;Voon Kit;Fui Siong;Tsung Min;"
        "Fah Kiong;Thet Ket"),
    f=L("Nyuk Fah;Siaw Fong;Fui Lin;Nyuk Lan;Moi Lan;Kui Fah;Syn Voon;Nyuk Moi;"
        "Fung Moi;Siew Fah;Vun Moi;Yun Moi;Kim Moi;Chin Moi;Lee Fah;Siong Moi;"
        "Mui Fah;Nyuk Yin;Fui Yin;Jin Moi;Sook Fah;Kon Fah;Lian Moi;Nyuk Chin;"
        "Fah Lan;Yin Fah;Tshin Moi;Voon Fah;Kiun Moi;Lai Fah"),
    fam=L("Liew;Chong;Voon;Thien;Fung;Kong;Phang;Yong;Chin;Foo;Hiew;Lai;Siaw;"
          "Jong;Vun;Kiew;Bong;Fong;Thong;Shak;Ngui;Liaw;Yap;Chai;Hon;Tsen;Fui;"
          "Tshai;Chung;Phan;Wun;Ngu;Thau;Kho"),
    order="fg", suf_fam=[], suf_given=[],
    pre_m=L("Mr;Uncle"), pre_f=L("Mdm;Ms;Auntie"),
    kin_pre=L("Auntie:f;Uncle:m;A-po:f;A-kung:m;A-moi:f"),
)
C["teochew"] = dict(
    m=L("Kim Seng;Teck Heng;Chai Hong;Ngiap Kee;Seng Huat;Keng Hong;Soon Kiat;"
        "Tiang Seng;Kheng Guan;Hong Kiat;Chye Huat;Leng Huat;Ngee Chuan;Heng Lee;"
        "Kok Huat;Sin Kiat;Boon Chye;Teng Hwa;Kiat Seng;Chuan Heng;Ah Tee;"
        "Hak Seng;Ngak Huat;Tong Seng;Swee Kiat;Kwang Heng;Chor Seng;Peng Kee;"
        "Meng Huat;Tek Hua"),
    f=L("Mui Eng;Kim Hua;Mui Hong;Ngee Hua;Soh Eng;Ngor Kim;Sok Hua;Kheng Hua;"
        "Lai Eng;Chai Eng;Geok Hua;Ngek Chu;Mui Keng;Hua Eng;Suat Hoon;Kim Eng;"
        "Bee Eng;Swee Hua;Ngo Eng;Chiew Hong;Sai Eng;Hui Eng;Soi Ngor;Lak Eng;"
        "Ngiap Hua;Keng Hua;Meng Eng;Chui Eng;Pek Hua;Ah Ngor"),
    fam=L("Teo;Tay;Sia;Ngo;Heng;Ung;Tiew;Hia;Seet;Phua;Gwee;Chew;Yeo;Pek;Lau;"
          "Tee;Beh;Tho;Lua;Ngeow;Kuek;Lai;Ngiam;Sng;Kwek;Tiah;Chng;Ngor;Ang;Khaw"),
    order="fg", suf_fam=[], suf_given=[],
    pre_m=L("Mr;Uncle;Ah Pek"), pre_f=L("Mdm;Ms;Auntie;Ah Ma"),
    kin_pre=L("Auntie:f;Uncle:m;Ah Ma:f;Ah Gong:m;Ah Chim:f"),
)
C["jv"] = dict(
    m=L("Bambang;Joko|Djoko;Sutrisno|Soetrisno;Slamet;Wahyu;Sugeng;Prasetyo;"
        "Suryo|Soerjo;Purnomo;Supriyadi;Sumarno;Heru;Eko;Sutopo;Nugroho;Pramono;"
        "Ponco;Warsito;Marsudi;Sukirman;Suparman;Tarno;Paijo;Kuncoro;Wahyudi;"
        "Sudarsono;Cahyo;Gatot;Hartono;Bayu;Agung;Satrio"),
    f=L("Sri;Wulan;Endang;Sumarni;Rahayu;Lestari;Ningsih;Wahyuni;Suciati;"
        "Kartini;Sulastri;Purwanti;Retno;Puspita;Sekar;Ratna;Tutik;Sumiyati;"
        "Handayani;Setyaningsih;Widyastuti;Kusumawati;Astuti;Winarni;Yuniarti;"
        "Rini;Sukarti;Tumini;Ayu Lestari;Sri Rahayu"),
    fam=L("Wibowo;Santoso;Susanto;Sutanto;Kurniawan;Saputra;Permana;Suryadi;"
          "Haryanto;Pranoto;Sasongko;Wicaksono;Hadiningrat;Mangkunegara;"
          "Hadiwijaya;Djojohadikusumo|Joyohadikusumo;Notonegoro;Soerjadi|Suryadi;"
          "Prawiro;Kusumo;Setiawan;Widodo;Purwanto;Sudibyo;Wijayakusuma;"
          "Prabowo;Atmojo;Suwarno;Rahardjo|Raharjo;Hartanto"),
    order="gf_or_mono", suf_fam=[], suf_given=[],
    pre_m=L("Pak;Bapak;Mas;Pak"), pre_f=L("Bu;Ibu;Mbak;Bu"),
    kin_pre=L("Mas:m;Mbak:f;Mbah;Bude:f;Pakde:m;Dik"),
)
C["su"] = dict(
    m=L("Asep;Ujang;Dadang;Cecep;Dede;Jajang;Aep;Yayan;Deden;Encep;Iyus;Entis;"
        "Engkus;Engkos;Dudung;Ade;Ayi;Usep;Endang;Oman;Cucu;Ohim;Jaja;Dadan;"
        "Iwan;Budi;Maman;Kokon;Ruslan;Agus"),
    f=L("Euis;Neng;Enok;Iis;Lilis;Imas;Titin;Yeyen;Cucum;Eneng;Iik;Epon;Entin;"
        "Nining;Ai;Ati;Cicih;Enung;Ipah;Yuyun;Odah;Popon;Teti;Nunung;Ela;Dewi;"
        "Rina;Nenden;Elis;Tati"),
    fam=L("Suganda;Sumantri;Kartawijaya;Wiraatmadja|Wiraatmaja;Sasmita;Somantri;"
          "Suherman;Kusnadi;Sukmana;Rukmana;Natawijaya;Kusumah;Suryana;Ruhiyat;"
          "Supriatna;Saepudin;Setiadi;Mulyana;Hermawan;Sopandi;Rosadi;Sukandar;"
          "Gumilar;Sudrajat;Wiradinata;Sunarya;Atmadja;Koswara;Sumpena;Rohendi"),
    order="gf_or_mono", suf_fam=[], suf_given=[],
    pre_m=L("Kang;Akang;Pak;Aa"), pre_f=L("Teh;Teteh;Bu;Ceu"),
    kin_pre=L("Kang:m;Teh:f;Ceu:f;Abah:m;Ambu:f;Emak:f"),
)
C["bal"] = dict(
    order_names=L("Wayan;Putu;Gede;Made;Kadek;Nengah;Nyoman;Komang;Ketut"),
    m=L("Sudiarta;Suarjana;Mertayasa;Artawan;Sukadana;Widiana;Parwata;Arsana;"
        "Budiasa;Suardana;Wirawan;Adnyana;Sudarsana;Mahendra;Suyasa;Ardana;"
        "Suastika;Darmayasa;Sujana;Merta;Sudana;Suarta;Astawa;Dharma;Gunarta;"
        "Subagia;Artana;Wiratama;Sukerta;Semara"),
    f=L("Sriasih;Ariani;Suastini;Widiastuti;Puspawati;Sukarini;Wulandari;Ratih;"
        "Astiti;Anggreni;Juliantari;Sumerti;Sukerti;Sarini;Mariani;Darmini;"
        "Suartini;Yuliani;Sudiasih;Purnamasari;Suardani;Wiratni;Sukmawati;"
        "Ariasih;Sumiati;Kartika;Suriani;Sekarini;Adnyani;Pradnyani"),
    fam=[], order="bal", suf_fam=[], suf_given=[],
    pre_m=L("Bli;Pak;Gus"), pre_f=L("Mbok;Bu;Gek;Mbok"),
    kin_pre=L("Bli:m;Mbok:f;Pekak:m;Dadong:f;Gek:f"),
)
C["min"] = dict(
    m=L("Rusli;Zulkifli;Syafri|Sjafri;Yusrizal;Afrizal;Hendri;Erman;Darmawel;"
        "Zulhendri;Syamsul;Buyung;Mardanus;Jasman;Yulizar;Efendi|Effendi;Nasrul;"
        "Syahrul;Asril;Ardi;Syafrizal;Zulfikar;Edwar;Amril;Yusman;Nofrizal;"
        "Desrizal;Alfian;Yuliandri;Maizar;Rajo"),
    f=L("Yuliarni;Nurhayati;Desmawati;Elfi;Yenni;Roslaini;Deswita;Elvina;"
        "Yusnidar;Rosmaini;Nurbaiti;Sasmiati;Yuslinda;Marlina;Jusmanidar;"
        "Upik;Yusniar;Nofrita;Desnita;Elmiati;Rosnida;Zurmaini;Eliza;Yulidar;"
        "Nelmawati;Syafrida;Asnidar;Rahmi;Nurlela;Erniwati"),
    fam=L("Chaniago|Caniago;Piliang;Koto;Sikumbang;Tanjung;Jambak;Guci;Panyalai;"
          "Mandailiang;Sumagek;Simabua;Bodi;Pitopang;Salayan;Dalimo;Supayang"),
    order="gf_or_mono", suf_fam=[], suf_given=[],
    pre_m=L("Uda;Pak;Datuk;Mamak"), pre_f=L("Uni;Bu;Etek;Amak"),
    kin_pre=L("Uda:m;Uni:f;Etek:f;Mamak:m;Amak:f;Inyiak"),
)
C["vn"] = dict(
    m=L("Tuấn|Tuan;Dũng|Dung;Hùng|Hung;Cường|Cuong;Thắng|Thang;Quang;Huy;"
        "Khánh|Khanh;Phúc|Phuc;Bảo|Bao;Long;Hiếu|Hieu;Trung;Nam;Vinh;Sơn|Son;"
        "Đạt|Dat;Hải|Hai;Thịnh|Thinh;Toàn|Toan;Khoa;Lộc|Loc;Tài|Tai;Nghĩa|Nghia;"
        "Duy;Kiên|Kien;Phong;Thành|Thanh;Tùng|Tung;Quân|Quan;Minh Khôi|Minh Khoi"),
    f=L("Hương|Huong;Lan;Thảo|Thao;Trang;Hằng|Hang;Ngọc|Ngoc;Linh;Nhung;"
        "Phương|Phuong;Thủy|Thuy;Huyền|Huyen;Yến|Yen;Hạnh|Hanh;Loan;Vy;Nhi;"
        "Trâm|Tram;Diễm|Diem;Oanh;Quỳnh|Quynh;Xuân|Xuan;Thu;Hồng|Hong;Mỹ|My;"
        "Uyên|Uyen;Giang;Tuyết|Tuyet;Nga;Hoa;Ngọc Ánh|Ngoc Anh;Bảo Ngọc|Bao Ngoc"),
    fam=L("Nguyễn|Nguyen;Trần|Tran;Lê|Le;Phạm|Pham;Hoàng|Hoang;Huỳnh|Huynh;"
          "Phan;Vũ|Vu;Võ|Vo;Đặng|Dang;Bùi|Bui;Đỗ|Do;Hồ|Ho;Ngô|Ngo;Dương|Duong;"
          "Lý|Ly;Đinh|Dinh;Trịnh|Trinh;Lương|Luong;Tạ|Ta;Châu|Chau;Quách|Quach;"
          "Tô|To;Lâm|Lam;Vương|Vuong;Kiều|Kieu;Thái|Thai;Đoàn|Doan;Cao;Từ|Tu"),
    mid_m=L("Văn|Van;Hữu|Huu;Đức|Duc;Minh;Quốc|Quoc;Công|Cong;Thành|Thanh"),
    mid_f=L("Thị|Thi;Ngọc|Ngoc;Thanh;Thu;Kim;Mỹ|My;Bích|Bich"),
    order="vn", suf_fam=[], suf_given=[],
    pre_m=L("anh;chú|chu;bác|bac;ông|ong;Anh;Mr"),
    pre_f=L("chị|chi;cô|co;bà|ba;Chị|Chi;em;Ms"),
    kin_pre=L("anh:m;chị:f;chi:f;em;cô:f;chú:m;bác;bà:f;ông:m"),
)
C["th"] = dict(
    m=L("Somchai;Somsak;Somporn;Prasert;Wichai;Supachai;Thanakorn;Kittisak;"
        "Chaiwat;Narong;Sombat;Surachai;Pornchai;Weerapong;Nattapong;Teerawat;"
        "Apichart;Sakchai;Boonmee;Wiroj;Thawatchai;Jirayu;Sittichai;Ekkachai;"
        "Kritsada;Phakphum;Worawut;Chatchai;Anucha;Panupong;Thanawat"),
    f=L("Siriporn;Supaporn;Kanokwan;Pimchanok;Nattaya;Wanida;Ratana;Sukanya;"
        "Malee;Duangjai;Araya;Chutima;Kulap;Pornthip;Rattana;Saowalak;Jintana;"
        "Orathai;Patcharee;Siriwan;Thitima;Waraporn;Yupin;Busaba;Kamonwan;"
        "Nongnuch;Arunee;Sasithorn;Chanida;Pimpa"),
    fam=L("Srisuk;Chaiyaporn;Wongsawat;Rattanakorn;Thongchai;Saetang|Sae-Tang;"
          "Saelim|Sae-Lim;Saeheng;Jaidee;Boonyarat;Kaewkla;Phromma;Srisawat;"
          "Intharat;Chaisiri;Ruangsri;Sirikul;Wattanapong;Kongkaew;Thanomsak;"
          "Suwannarat;Pattanakul;Charoenphon;Phonsawan;Bunnag;Siriwat;Boonsong;"
          "Tangsakul;Rojanapithak;Kittikhun;na Ayutthaya|na Ayudhya;na Songkhla"),
    nick=L("Nok;Noi;Lek;Nid;Ploy;Fon;Pim;Gift;Beer;Ice;Bank;Golf;Boat;Fern;Mint;"
           "Pop;Aom;Ping;Oil;Nan;Ball;Cake;Bee;New;Earth;Ton;Pla;Moo;Kwan;Ohm;"
           "Benz;Film;Bow;Praew"),
    order="gf", suf_fam=[], suf_given=[],
    pre_m=L("Khun;K.;Khun;P';Lung;Nong"), pre_f=L("Khun;K.;Khun;P';Pa;Nong;Mae"),
    kin_pre=L("P';Nong;Pa:f;Lung:m;Yai:f;Ta:m;Mae:f"),
)
C["ws"] = dict(
    m=L("Sione;Tavita;Ioane;Malaki;Iosefa;Pita;Sefo;Tasi;Falani;Mose;Tupe;"
        "Fetu;Lagi;Leota;Faamoe|Fa'amoe;Tuala;Semisi;Aperaamo;Ropati;Falaniko;"
        "Sefa;Vaelua;Aukuso;Tuiloma;Fiso;Lemau;Sau;Paepae;Fuimaono;Tauiliili"),
    f=L("Losa;Sina;Lupe;Ofa;Fa'aola|Faaola;Sieni;Tausi;Alofa;Litia;Mele;Sefina;"
        "Masina;Fetu;Lagi;Tiresa;Malu;Seini;Ana;Salamasina;Lefaga;Faamanu;"
        "Sinamoni;Talataina;Meleane;Fuatino;Toleafoa;Matelita;Tupe;Vaimoana;Leilua"),
    fam=L("Leota;Tuiasosopo;Faleolo;Fa'alogo|Faalogo;Tuilagi;Afamasaga;Sapolu;"
          "Leiataua;Lealaiauloto;Mata'afa|Mataafa;Tuimavave;Pouono;Seiuli;"
          "Lemalu;Toala;Fonoti;Matagi;Taulapapa;Tapusoa;Aumua;Fa'amausili|Faamausili;"
          "Su'a|Sua;Tautolo;Amituanai;Seumanutafa;Tamapua;Vaifale;Lauina;Tuaopepe;"
          "Malielegaoi;Masoe;Purcell-Leota|Leota-Purcell"),
    order="gf", suf_fam=[], suf_given=[],
    pre_m=L("Susuga;Lau Afioga;Pastor;Uncle;Mr"), pre_f=L("Tamaitai;Faletua;Aunty;Mrs;Ms"),
    kin_pre=L("Aunty:f;Uncle:m;Tina:f;Papa:m"),
)
C["to"] = dict(
    m=L("Sione;Siaosi;Viliami;Tevita;Sitani;Semisi;Mosese;Pita;Lopeti;Tomasi;"
        "Siosaia;'Ofa|ʻOfa|Ofa;Feleti;Taniela;Paula;Sateki;Sifa;Vaea;Tu'i|Tui;"
        "Kalolo;Sione Tu'akoi|Sione Tuakoi;Manase;Ha'ano|Haano;Lisiate;Saia;"
        "Soakai;Fe'ao|Feao;Kelepi;Malakai;Sefo;Tonga"),
    f=L("Mele;Salote;Losaline;Lesieli;Seini;'Ana|ʻAna|Ana;Meleane;Lupe;Luseane;"
        "Kalolaine;Sela;Vika;Siosiana;Tupou;Ilaisaane;Heilala;Mālia|Malia;"
        "Akanesi;Senitila;Mele'ana|Meleana;Fekita;Ofa;Sulieta;Lesila;Moana;Fifita;"
        "Veisinia;'Alisi|Alisi;Sisilia;Lavinia"),
    fam=L("Fifita;Taufa;Tu'ipulotu|Tuʻipulotu|Tuipulotu;Havili;Vaipulu;Lātū|Latu;"
          "Kupu;Mateaki;Fonua;Pulu;Vake;Maka;Moala;Veikune;Taumalolo;Piutau;"
          "Fusitu'a|Fusitua;Hufanga;Mahe;Helu;Tapueluelu;Kata;Lolohea;Funaki;"
          "Fakatava;Ha'unga|Haunga;Vainikolo;Taione;'Otai|Otai;Tu'ivai|Tuivai;"
          "Kaufusi;Lolo-Fifita|Fifita-Lolo"),
    order="gf", suf_fam=[], suf_given=[],
    pre_m=L("Faifekau;Uncle;Mr;Hon."), pre_f=L("Aunty;Sister;Mrs;Ms"),
    kin_pre=L("Aunty:f;Uncle:m;Faʻē:f;Kui"),
)
C["mi"] = dict(
    m=L("Wiremu;Hemi;Rawiri;Tāmati|Tamati;Hohepa;Mikaere;Rangi;Tāne|Tane;Nikau;"
        "Manaia;Tipene;Matiu;Hone;Ihaka;Ruawai;Anaru;Tamatea;Rewi;Paora;Ariki;"
        "Kauri;Kahu;Tāwhiri|Tawhiri;Te Rangi;Te Ariki;Whetu;Mātene|Matene;"
        "Heremaia;Nīkora|Nikora;Tamahau;Rongomai"),
    f=L("Aroha;Moana;Mereana;Hine;Kiri;Ngaire;Atawhai;Huia;Kahurangi;Anahera;"
        "Mārama|Marama;Ataahua;Hinemoa;Roimata;Tangiwai;Waimarie;Ngaio;Āwhina|Awhina;"
        "Maata;Riria;Tui;Pania;Rangimarie;Miriama;Mere;Kiriana;Wairua;Te Aroha;"
        "Hinewai;Manawa;Whetūrangi|Whetu Rangi"),
    fam=L("Ngata;Parata;Tipoki;Te Whata;Tamihana;Wihongi;Rangihuna;Te Kanawa;"
          "Paewai;Pōmare|Pomare;Tuhiwai;Ruatapu;Horomona;Herewini;Takerei;Tawhai;"
          "Kereama;Whaanga;Te Aho;Poutama;Ngawati;Harawira;Mahuta;Maaka;Rewiti;"
          "Hetaraka;Te Pou;Tūrei|Turei;Tautahi;Ngāpō|Ngapo;Tipoki-Herewini;"
          "Te Huia;Waititi;Te Wiata;Ngata-Aerengamate"),
    order="gf", suf_fam=[], suf_given=[],
    pre_m=L("Matua;Koro;Uncle;Mr"), pre_f=L("Whaea;Nan;Kui;Aunty;Whaea;Ms"),
    kin_pre=L("Whaea:f;Matua:m;Koro:m;Nan:f;Kui;Aunty:f;Uncle:m"),
)
C["hw"] = dict(
    m=L("Kekoa;Kainoa;Keoni;Makana;Nalu;Ikaika;Kaleo;Koa;Kamaka;Palani;Kawika;"
        "Iolana;Kanoa;Ka'imi|Kaʻimi|Kaimi;Keahi;Alika;Lopaka;Kaʻeo|Ka'eo|Kaeo;"
        "Kekai;Pono;Kainalu;Kealiʻi|Kealii;Mikala;Hōkū|Hoku;Kaʻiana|Kaiana;Kapono;"
        "Kawelo;Lanakila;Kalei;Kū|Ku"),
    f=L("Leilani;Noelani;Kalani;Kapua;Mahina;Kaʻiulani|Ka'iulani|Kaiulani;"
        "Healani;Pualani;Kealoha;Lokelani;Nohea;Haunani;Iwalani;Kanani;Ululani;"
        "Kalena;Anela;Puanani;Keala;Maile;Hōkūlani|Hokulani;Kaimana;Kamalei;"
        "Nāinoa|Nainoa;Malia;Mālie|Malie;Kaleilehua;Lehua;Hiʻilei|Hi'ilei;Nani"),
    fam=L("Kahananui;Kealoha;Kamakau;Akana;Kahale;Kaleikini;Kanahele;Kamaka;"
          "Keawe;Kahoʻokele|Kahookele;Kapaona;Kaʻahanui|Kaahanui;Mahoe;Makaʻike|Makaike;"
          "Nāone|Naone;Palakiko;Kalama;Kaniho;Kekumu;Kauhane;Kapule;Kaopua;"
          "Keliihoomalu;Kanoho;Kaiwi;Kaupu;Naki;Kaleo-Akana;Kamakea-Ohelo;Apana"),
    order="gf", suf_fam=[], suf_given=[],
    pre_m=L("Uncle;Kumu;Mr;Kupuna"), pre_f=L("Aunty;Tutu;Kumu;Ms;Mrs"),
    kin_pre=L("Aunty:f;Uncle:m;Tutu;Kupuna"),
)

# regions and the naming cultures of their customers (weights)
REGION_CULTS = {
    "jp": [("ja", 12), ("ainu", 2), ("kr", 1), ("mn", 1), ("vn", 1)],
    "kr": [("kr", 12), ("mn", 3), ("vn", 1)],
    "tw": [("hokkien", 8), ("hakka", 5), ("vn", 1), ("id_any", 1)],
    "hk": [("hakka", 5), ("teochew", 5), ("hokkien", 3), ("id_any", 2)],
    "id": [("jv", 6), ("su", 4), ("bal", 4), ("min", 4), ("hokkien", 2)],
    "vn": [("vn", 12), ("teochew", 1), ("kr", 1)],
    "th": [("th", 12), ("teochew", 3), ("hakka", 1)],
    "hi": [("hw", 7), ("ja", 3), ("ws", 2), ("to", 2), ("kr", 1)],
    "ws": [("ws", 12), ("to", 1), ("mi", 1)],
    "to": [("to", 12), ("ws", 1)],
    "nz": [("mi", 8), ("ws", 4), ("to", 4), ("kr", 1)],
}
REGION_W = [("jp", 11), ("kr", 10), ("tw", 8), ("hk", 7), ("id", 12), ("vn", 9),
            ("th", 9), ("hi", 8), ("ws", 5), ("to", 5), ("nz", 10)]

# ---------------------------------------------------------------------------
# region brand / place data (all label o)
# ---------------------------------------------------------------------------
R = {}
R["jp"] = dict(
    telco=L("NTT Docomo;docomo;au;KDDI;SoftBank;Rakuten Mobile;Y!mobile;UQ mobile;ahamo;povo;LINEMO;IIJmio;mineo"),
    airline=L("JAL;ANA;Peach;Jetstar Japan;ZIPAIR;Skymark;Spring Japan;Solaseed Air"),
    conv=L("7-Eleven;FamilyMart;Lawson;Ministop;Seicomart;Daily Yamazaki;Natural Lawson"),
    elec=L("Yodobashi Camera;Bic Camera;Yamada Denki;Edion;K's Denki;Nojima;Joshin;Sofmap;Amazon.co.jp"),
    deliv=L("Uber Eats;Demae-can;Wolt;menu;Yamato Transport;Sagawa;Japan Post"),
    bank=L("MUFG;SMBC;Mizuho;Japan Post Bank;Yucho;Rakuten Bank;PayPay Bank;Sony Bank;Resona;Aeon Bank"),
    wallet=L("PayPay;Suica;PASMO;LINE Pay;au PAY;d Barai;Rakuten Pay;nanaco;WAON;ICOCA"),
    game=L("Square Enix;Capcom;Bandai Namco;Sega;Konami;Nintendo;Cygames;Level-5;Koei Tecmo;Mixi"),
    title=L("Final Fantasy XIV;FFXIV;Dragon Quest X;Monster Hunter Now;Uma Musume;Puzzle & Dragons;Fate/Grand Order;FGO;Splatoon 3;Granblue Fantasy;Monster Strike;eFootball"),
    city=L("Tokyo;Osaka;Sapporo;Fukuoka;Naha;Nagoya;Yokohama;Kyoto;Sendai;Kobe;Shinjuku;Akihabara;Umeda;Hakata;Ikebukuro;Shibuya;Asahikawa;Kushiro"),
    airport=L("HND;NRT;KIX;ITM;CTS;FUK;OKA;Haneda T3;Narita T2"),
    loyalty=L("JAL Mileage Bank;ANA Mileage Club;d POINT;Ponta;V Point;Rakuten Points;JMB"),
    cur=["¥{n}", "{n} yen", "JPY {n}", "{n}yen"], rng=(300, 90000, 10),
    fl=L("JL;NH;MM;GK;ZG;BC"),
)
R["kr"] = dict(
    telco=L("SK Telecom;SKT;KT;LG U+;LG Uplus;KT M mobile;Hello Mobile;Freet;SK 7mobile"),
    airline=L("Korean Air;Asiana;Jeju Air;T'way;Jin Air;Air Busan;Air Seoul;Air Premia;Eastar Jet"),
    conv=L("GS25;CU;emart24;7-Eleven;GS THE FRESH;Olive Young;Daiso"),
    elec=L("Himart;Lotte Hi-mart;Electro Mart;Samsung Store;LG Best Shop;Coupang;Gmarket;11st"),
    deliv=L("Baemin;Baedal Minjok;Coupang Eats;Yogiyo;Ddangyo;CJ Logistics;Hanjin;Kakao T"),
    bank=L("KB Kookmin;Shinhan;Woori;Hana Bank;KakaoBank;Toss Bank;NH Nonghyup;IBK;K bank;Busan Bank"),
    wallet=L("Toss;Kakao Pay;Naver Pay;Samsung Pay;T-money;Payco;Zero Pay"),
    game=L("Nexon;NCSoft;NC;Netmarble;Krafton;Smilegate;Pearl Abyss;Kakao Games;Com2uS;Gravity;Shift Up"),
    title=L("MapleStory;Lineage W;Lost Ark;PUBG;Black Desert;Blade & Soul;Summoners War;Ragnarok Origin;Dungeon Fighter Online;DNF;KartRider Drift;Stellar Blade;Nikke"),
    city=L("Seoul;Busan;Incheon;Daegu;Daejeon;Gwangju;Jeju;Suwon;Gangnam;Hongdae;Myeongdong;Itaewon;Seongsu;Pangyo;Ulsan"),
    airport=L("ICN;GMP;PUS;CJU;Incheon T2;Gimpo"),
    loyalty=L("SKYPASS;Asiana Club;L.POINT;OK Cashbag;CJ ONE;T membership;KT membership"),
    cur=["₩{n}", "{n} won", "KRW {n}", "{n}won"], rng=(1000, 900000, 100),
    fl=L("KE;OZ;7C;TW;LJ;BX;RS"),
)
R["tw"] = dict(
    telco=L("Chunghwa Telecom;CHT;Taiwan Mobile;FarEasTone;FET;Taiwan Star;GT Mobile;Asia Pacific Telecom"),
    airline=L("China Airlines;EVA Air;Starlux;Tigerair Taiwan;Mandarin Airlines;Uni Air"),
    conv=L("7-Eleven;FamilyMart;Hi-Life;OK Mart;PX Mart;Carrefour;Poya"),
    elec=L("Tsann Kuen;Sampo;E-Life Mall;Studio A;Syntrend;Sunfar;PChome 24h;momo shop;Shopee TW"),
    deliv=L("foodpanda;Uber Eats;Lalamove;Black Cat;T-Cat;Chunghwa Post"),
    bank=L("CTBC;Cathay United;E.Sun;Fubon;Taishin;Mega Bank;Chunghwa Post;LINE Bank;Richart;Yuanta"),
    wallet=L("LINE Pay;JKOPay;iPASS;EasyCard;Pi Wallet;Taiwan Pay;Apple Pay"),
    game=L("Gamania;Gravity;Garena;Softstar;X-Legend;IGS;Rayark"),
    title=L("Lineage M;Ragnarok X;Arena of Valor;Free Fire;Cytus II;Deemo;Sword and Fairy 7"),
    city=L("Taipei;Kaohsiung;Taichung;Tainan;Hsinchu;Taoyuan;Keelung;Hualien;Ximending;Banqiao;Tamsui;Zhongli"),
    airport=L("TPE;TSA;KHH;RMQ;Taoyuan T1;Songshan"),
    loyalty=L("Dynasty Flyer;Infinity MileageLands;COSMILE;OPENPOINT;Happy Go;Starlux COSMILE"),
    cur=["NT${n}", "NTD {n}", "{n} NTD", "{n}nt"], rng=(50, 40000, 10),
    fl=L("CI;BR;JX;IT;AE;B7"),
)
R["hk"] = dict(
    telco=L("CSL;1O1O;SmarTone;3HK;China Mobile Hong Kong;CMHK;HKT;PCCW;Birdie;Club SIM;HKBN"),
    airline=L("Cathay Pacific;Cathay;HK Express;Greater Bay Airlines;Hong Kong Airlines"),
    conv=L("7-Eleven;Circle K;VanGO;Wellcome;ParknShop;Mannings;Watsons;Aeon HK"),
    elec=L("Fortress;Broadway;Wing On;Golden Computer Arcade;Apple Canton Road;Suning;Chung Yuen"),
    deliv=L("foodpanda;Deliveroo;KeeTa;Lalamove;GoGoX;SF Express;Hongkong Post"),
    bank=L("HSBC;Hang Seng;BOC HK;BOCHK;Standard Chartered;Bank of East Asia;BEA;Citibank HK;Mox;ZA Bank;Dah Sing;WeLab Bank"),
    wallet=L("Octopus;PayMe;AlipayHK;FPS;Tap & Go;WeChat Pay HK;BoC Pay"),
    game=L("Garena;Sony Interactive;Gamania;NetEase;Bandai Namco"),
    title=L("Honor of Kings;Marvel Snap;Identity V;Onmyoji;Tower of Fantasy;Gran Turismo 7"),
    city=L("Hong Kong;Kowloon;Tsim Sha Tsui;TST;Mong Kok;Causeway Bay;Central;Sha Tin;Tsuen Wan;Lantau;Tung Chung;Kwun Tong;Macau"),
    airport=L("HKG;Chek Lap Kok;HKIA;T1"),
    loyalty=L("Asia Miles;Marco Polo Club;Cathay membership;MoneyBack;Yuu Rewards;Club Bonus;The Club"),
    cur=["HK${n}", "HKD {n}", "{n} hkd", "${n}"], rng=(20, 9000, 1),
    fl=L("CX;UO;HB;HX"),
)
R["id"] = dict(
    telco=L("Telkomsel;Indosat Ooredoo;IM3;XL Axiata;XL;Axis;Smartfren;Tri;by.U;IndiHome;Telkomsel Orbit"),
    airline=L("Garuda Indonesia;Garuda;Lion Air;Citilink;Batik Air;Super Air Jet;Wings Air;Indonesia AirAsia;Pelita Air;TransNusa"),
    conv=L("Indomaret;Alfamart;Alfamidi;Lawson;Circle K;FamilyMart;Indomaret Point"),
    elec=L("Erafone;Electronic City;iBox;Hartono Elektronika;Best Denki;Tokopedia;Shopee;Blibli;Lazada;Digimap"),
    deliv=L("GoFood;Gojek;GrabFood;Grab;ShopeeFood;Maxim;GoSend;JNE;J&T;SiCepat;AnterAja;Ninja Xpress"),
    bank=L("BCA;Mandiri;BRI;BNI;CIMB Niaga;BSI;Jenius;Bank Jago;Permata;OCBC NISP;SeaBank;blu by BCA"),
    wallet=L("GoPay;OVO;DANA;ShopeePay;LinkAja;QRIS;Flip;Brimo;livin"),
    game=L("Garena;Moonton;Lyto;Megaxus;Agate;Tencent;Higgs Games"),
    title=L("Mobile Legends;MLBB;Free Fire;PUBG Mobile;Honor of Kings;Higgs Domino;Point Blank;Genshin"),
    city=L("Jakarta;Bandung;Surabaya;Denpasar;Yogyakarta;Jogja;Padang;Bukittinggi;Medan;Semarang;Bekasi;Tangerang;Ubud;Kuta;Seminyak;Canggu;Malang;Bogor;Depok;Solo"),
    airport=L("CGK;Soekarno-Hatta;DPS;Ngurah Rai;SUB;Juanda;PDG;YIA;HLP;KNO;Terminal 3"),
    loyalty=L("GarudaMiles;BCA Rewards;Telkomsel Poin;AirAsia Rewards;Indomaret Poinku;Alfagift"),
    cur=["Rp{n}", "Rp {n}", "IDR {n}", "{n} rupiah"], rng=(10000, 6000000, 500), dots=True,
    fl=L("GA;JT;QG;ID;IU;QZ;IW"),
)
R["vn"] = dict(
    telco=L("Viettel;VNPT;Vinaphone;MobiFone;Vietnamobile;Itel;Reddi;FPT Telecom"),
    airline=L("Vietnam Airlines;Vietjet;Vietjet Air;Bamboo Airways;Pacific Airlines;Vietravel Airlines"),
    conv=L("Circle K;GS25;FamilyMart;Ministop;WinMart+;Bách Hóa Xanh;Co.op Food;7-Eleven"),
    elec=L("Thế Giới Di Động;TGDD;Điện Máy Xanh;FPT Shop;CellphoneS;Nguyễn Kim;Phong Vũ;Hoàng Hà Mobile;Tiki;Shopee VN;Lazada"),
    deliv=L("GrabFood;ShopeeFood;Be;beFood;Gojek;Ahamove;Giao Hàng Nhanh;GHTK;Viettel Post"),
    bank=L("Vietcombank;Techcombank;MB Bank;BIDV;VietinBank;ACB;VPBank;TPBank;Sacombank;Agribank;Timo"),
    wallet=L("MoMo;ZaloPay;VNPay;ShopeePay;Viettel Money;Zalo"),
    game=L("VNG;Garena;Gosu;VTC Game;Funtap;SohaGame"),
    title=L("Liên Quân Mobile;Lien Quan;Free Fire;PUBG Mobile;Võ Lâm Truyền Kỳ;Play Together;Gunny;Audition"),
    city=L("Hanoi;Hà Nội;Ho Chi Minh City;Saigon;HCMC;Da Nang;Đà Nẵng;Hai Phong;Can Tho;Nha Trang;Hue;Hội An;Vung Tau;Phu Quoc;Da Lat"),
    airport=L("SGN;Tân Sơn Nhất;Tan Son Nhat;HAN;Nội Bài;Noi Bai;DAD;CXR;PQC;HPH"),
    loyalty=L("Lotusmiles;SkyJoy;Techcombank Rewards;VinID;Vietjet SkyClub"),
    cur=["{n}đ", "{n} VND", "{n} vnd", "VND {n}"], rng=(20000, 15000000, 1000), dots=True,
    fl=L("VN;VJ;QH;BL;VU"),
)
R["th"] = dict(
    telco=L("AIS;TrueMove H;True;dtac;NT;National Telecom;3BB;AIS Fibre;True Online"),
    airline=L("Thai Airways;THAI;Bangkok Airways;Thai AirAsia;Thai Lion Air;Nok Air;Thai Vietjet;Thai Smile"),
    conv=L("7-Eleven;FamilyMart;Lawson 108;Tops Daily;CJ Express;Big C Mini;Lotus's Go Fresh;Tesco Lotus"),
    elec=L("Power Buy;Banana IT;JIB;Advice;Central;HomePro;Lazada TH;Shopee TH;Studio7;iStudio"),
    deliv=L("LINE MAN;Grab;GrabFood;foodpanda;Robinhood;ShopeeFood;Lalamove;Kerry Express;Flash Express;Thailand Post"),
    bank=L("Kasikorn;KBank;SCB;Bangkok Bank;Krungsri;Krungthai;KTB;TTB;Kiatnakin;GSB"),
    wallet=L("PromptPay;TrueMoney;Rabbit LINE Pay;K PLUS;SCB Easy;Paotang;ShopeePay"),
    game=L("Garena;Ini3;Asiasoft;Winner Online;Playpark"),
    title=L("ROV;Free Fire;Ragnarok Online;Seven Knights;Cookie Run Kingdom;Audition TH"),
    city=L("Bangkok;Chiang Mai;Phuket;Pattaya;Hat Yai;Khon Kaen;Krabi;Koh Samui;Hua Hin;Nonthaburi;Udon Thani;Siam;Asok;Silom;Ari;Chiang Rai"),
    airport=L("BKK;Suvarnabhumi;DMK;Don Mueang;CNX;HKT;USM;KBV"),
    loyalty=L("Royal Orchid Plus;ROP;FlyerBonus;The 1;ALL member;True Point;AIS Points;BIG Point"),
    cur=["฿{n}", "{n} baht", "THB {n}", "{n}thb", "{n}B"], rng=(40, 45000, 1),
    fl=L("TG;PG;FD;SL;DD;VZ;WE"),
)
R["hi"] = dict(
    telco=L("Hawaiian Telcom;Spectrum;T-Mobile;Verizon;AT&T;Mint Mobile;Cricket;Sandwich Isles"),
    airline=L("Hawaiian Airlines;Hawaiian;Southwest;Alaska Airlines;Mokulele;Southern Airways;United"),
    conv=L("ABC Stores;7-Eleven;Foodland;Longs Drugs;Times Supermarket;Safeway;Tamura's;Don Quijote;KTA"),
    elec=L("Best Buy;Costco;Target;Walmart;Apple Ala Moana;GameStop;Sam's Club"),
    deliv=L("DoorDash;Uber Eats;Grubhub;bitesquad;Instacart;UPS;FedEx;USPS"),
    bank=L("Bank of Hawaii;BOH;First Hawaiian Bank;FHB;American Savings Bank;Central Pacific Bank;HawaiiUSA FCU;Territorial Savings"),
    wallet=L("Venmo;Zelle;Apple Pay;PayPal;Cash App;HOLO card"),
    game=L("Square Enix;Nintendo;Blizzard;EA;Epic Games;Riot Games;Bungie"),
    title=L("Fortnite;Valorant;FFXIV;Pokemon GO;Animal Crossing;Minecraft;Destiny 2;Overwatch 2"),
    city=L("Honolulu;Hilo;Kailua-Kona;Kona;Maui;Kahului;Lihue;Kauai;Waikiki;Kapolei;Kaneohe;Pearl City;Lahaina;Waipahu;Ala Moana;Kalihi;Mililani"),
    airport=L("HNL;OGG;KOA;LIH;ITO;Daniel K. Inouye"),
    loyalty=L("HawaiianMiles;Atmos Rewards;Maikaʻi;Longs ExtraCare;Foodland Maika'i"),
    cur=["${n}", "US${n}", "{n} usd", "${n}.00"], rng=(5, 2500, 1),
    fl=L("HA;WN;AS;UA"),
)
R["ws"] = dict(
    telco=L("Digicel;Digicel Samoa;Vodafone Samoa;Bluesky Samoa;Netvo;Lesamoa"),
    airline=L("Samoa Airways;Air New Zealand;Fiji Airways;Virgin Australia;Qantas;Talofa Airways"),
    conv=L("Frankie's;Farmer Joe;Lucky Foodtown;Chan Mow Supermarket;SamoaPost;Frankie's Megamart"),
    elec=L("Blue Pacific;Chan Mow;Digicel shop;Vodafone shop;Farmer Joe"),
    deliv=L("SamoaPost;DHL;Island Express;DoorDash"),
    bank=L("ANZ Samoa;BSP Samoa;Samoa Commercial Bank;National Bank of Samoa;Western Union;KlickEx;MoneyGram"),
    wallet=L("M-Tala;Digicel MyCash;KlickEx;Western Union"),
    game=L("Garena;Roblox;Supercell;EA"),
    title=L("Free Fire;Clash of Clans;Roblox;PUBG Mobile;Rugby 25"),
    city=L("Apia;Salelologa;Upolu;Savaiʻi;Savai'i;Faleolo;Vaitele;Mulifanua;Lalomanu;Manono"),
    airport=L("APW;Faleolo;FGI;Fagali'i"),
    loyalty=L("Airpoints;Tabua Club;Velocity"),
    cur=["WST {n}", "{n} tala", "SAT {n}", "T${n}", "${n}"], rng=(5, 3000, 1),
    fl=L("OL;NZ;FJ;VA"),
)
R["to"] = dict(
    telco=L("TCC;Tonga Communications;Digicel Tonga;U-Call;Digicel;Tonga Cable"),
    airline=L("Lulutai Airlines;Lulutai;Air New Zealand;Fiji Airways;Virgin Australia;Real Tonga"),
    conv=L("Molisi Tonga;Morris Hedstrom;Cost U Less;Tonga Post;Talamahu Market"),
    elec=L("Molisi Tonga;Digicel shop;TCC shop;Cost U Less"),
    deliv=L("Tonga Post;DHL;Pacific Express"),
    bank=L("ANZ Tonga;BSP Tonga;Tonga Development Bank;MBf Bank;Western Union;KlickEx"),
    wallet=L("M-PAiseA;KlickEx;Digicel Mobile Money"),
    game=L("Garena;Roblox;Supercell"),
    title=L("Free Fire;Roblox;Clash Royale;Rugby League 24"),
    city=L("Nuku'alofa;Nukuʻalofa;Neiafu;Vava'u;Vavaʻu;Ha'apai;Eua;Tongatapu;Pangai"),
    airport=L("TBU;Fua'amotu;Fuaʻamotu;VAV;HPA"),
    loyalty=L("Airpoints;Tabua Club;Velocity"),
    cur=["TOP {n}", "{n} pa'anga", "T${n}", "{n} paanga"], rng=(5, 3000, 1),
    fl=L("NZ;FJ;VA;SO"),
)
R["nz"] = dict(
    telco=L("Spark;One NZ;Vodafone;2degrees;Skinny;Warehouse Mobile;Slingshot;Orcon;Chorus;Kogan Mobile;Contact broadband"),
    airline=L("Air New Zealand;Air NZ;Jetstar;Qantas;Sounds Air;Air Chathams;Originair"),
    conv=L("Four Square;Night 'n Day;Z Energy;BP Connect;Mobil;Woolworths;Countdown;New World;Pak'nSave;FreshChoice;Super Liquor"),
    elec=L("Noel Leeming;JB Hi-Fi;Harvey Norman;PB Tech;The Warehouse;Smiths City;Heathcotes;Mighty Ape"),
    deliv=L("DoorDash;Uber Eats;Menulog;Delivereasy;NZ Post;CourierPost;Aramex;NZ Couriers;Mainfreight"),
    bank=L("ANZ;ASB;BNZ;Westpac;Kiwibank;TSB;Co-operative Bank;Rabobank;Heartland"),
    wallet=L("Afterpay;Laybuy;Apple Pay;POLi;Windcave;Paymark;Snapper"),
    game=L("Grinding Gear Games;PikPok;RocketWerkz;Xbox;PlayStation;Nintendo"),
    title=L("Path of Exile;Fortnite;Call of Duty;EA FC 24;Roblox;Rocket League"),
    city=L("Auckland;Tāmaki Makaurau;Wellington;Pōneke;Christchurch;Ōtautahi;Hamilton;Kirikiriroa;Rotorua;Tauranga;Dunedin;Whangārei;Gisborne;Porirua;Manukau;Queenstown;Napier;Nelson"),
    airport=L("AKL;WLG;CHC;ZQN;ROT;NSN;DUD;AKL domestic"),
    loyalty=L("Airpoints;Airpoints Dollars;Koru;Flybuys;AA Smartfuel;Everyday Rewards;Clubcard"),
    cur=["${n}", "NZ${n}", "{n} nzd", "NZD {n}", "${n}.00"], rng=(5, 3000, 1),
    fl=L("NZ;JQ;QF;S8;3C"),
)

HANDSETS = L(
    "iPhone 15;iPhone 15 Pro;iPhone 14 Plus;iPhone 13 mini;iPhone SE;Galaxy S24;Galaxy S23 FE;"
    "Galaxy Z Fold5;Galaxy A35;Pixel 8;Pixel 7a;Xperia 5 V;AQUOS R8;AQUOS sense7;arrows N;"
    "Oppo Find X7;Oppo A98;Xiaomi 13T;Redmi 13C;Vivo Y36;realme C67;Galaxy A15;Nothing Phone 2a;"
    "Honor 90;Infinix Hot 40;Moto g84")
PRODUCTS = L(
    "iPhone 15;iPhone 15 Pro Max;iPhone 13 mini;iPhone SE;iPad Air;MacBook Air;AirPods Pro;"
    "Apple Watch SE;Galaxy S24 Ultra;Galaxy Z Flip5;Galaxy A55;Galaxy Buds2;Galaxy Tab S9;"
    "Pixel 8a;Pixel Watch 2;Xperia 1 V;Xperia 10 V;AQUOS sense8;AQUOS wish3;arrows We;"
    "Oppo Reno11;Oppo A78;Xiaomi 14;Redmi Note 13;Vivo V30;realme 12;Nintendo Switch OLED;"
    "Switch Lite;PS5 Slim;PS Portal;Xbox Series S;Steam Deck;DualSense;Dyson V15;Roomba;"
    "Sony WH-1000XM5;Bose QC45;Kindle Paperwhite;GoPro Hero12;Canon EOS R50;Lumix S5;"
    "Nothing Phone 2;Fire TV Stick;Chromecast;Pocket WiFi;5G router;fibre modem;ONT box;"
    "Galaxy Watch6;Huawei Band 8;Mi Band 8;Anker powerbank;Joy-Con;Apple Pencil")
TEAMS = L(
    "Tier 2;T2;L2;L3;Billing;Retention;Retentions;Porting;Roaming desk;Baggage Services;"
    "Lounge desk;Refunds Ops;Fraud Ops;Chargebacks;Disputes;Trust & Safety;Loyalty desk;"
    "Tech Support;NOC;Field Ops;Logistics;Last Mile;Rider Support;Merchant Support;"
    "Account Security;KYC team;Collections;Cards team;Premier desk;VIP desk;Group Bookings;"
    "Special Assistance;Lost & Found;Game Support;Anti-cheat;Payments team;Store Ops;"
    "Warranty;RMA desk;Back Office;QA;WFM;TL;Supervisor;Ops Manager;Complaints;Social Care;"
    "Japanese desk;Korean queue;Bahasa queue;Thai queue;VN queue;Pasifika line;Te Reo desk;"
    "Cantonese queue;Night shift;Ticketing;Airport Ops;Ground Handling;Mileage desk")
JARGON = L(
    "AHT;FCR;CSAT;NPS;ACW;QA;RMA;DOA;SIM swap;eSIM QR;MNP;PUK;APN;OTP;2FA;KYC;e-KYC;3DS;"
    "chargeback;PNR;SSR;WCHR;UMNR;no-show;rebook;reissue;EMD;waiver;goodwill credit;top-up;"
    "gacha;pity;gems;ban appeal;COD;escalated;callback;warm transfer;cold xfer;SLA;ETA;POD;"
    "RTS;BOGO;promo code;voucher;cashback;reversal;dispute;pending auth;soft decline;"
    "roaming pack;data pack;bill shock;prorata;ETF;trade-in;firmware;factory reset;"
    "clear cache;reinstall;region lock;server maint;hotfix;login loop;error 403;IMEI block;"
    "dual SIM;VoLTE;fibre fault;ONT reboot;top up failed;double charge;refund pending")
JAR2 = dict(
    issue=L("APN issue;login loop;error 403;fibre fault;no data;VoLTE issue;SIM not detected;"
            "eSIM activation;roaming not working;OTP not arriving;double charge;bill shock;IMEI block;"
            "port-in delay;PUK lock;app crash;voicemail;call drops;top up fail;2FA loop;region lock;"
            "sync error;MNP delay;no signal;hotspot issue"),
    pack=L("roaming pack;data pack;5GB add-on;unlimited day pass;travel SIM;Asia roaming pass;IDD pack;"
           "10GB booster;night data pack;Pasifika calling pack"),
    verif=L("OTP;2FA;KYC;e-KYC;3DS;security qns;voice ID;ID check;video KYC;selfie check"),
    flag=L("soft decline;hard decline;fraud hold;3DS fail;pending auth;risk block;velocity block"),
    plan=L("unlimited;5G Max;prepaid 30;family share;SIM-only;Endless;Giga;young;senior;20GB"),
    ssr=L("WCHR;WCHS;WCHC;MEDA;SSR WCHR"),
)
OPENERS = L(
    "fyi -;update:;FCR -;cx win:;WIN;quick one -;from chat:;ph call -;inbound chat,;"
    "LINE chat -;KakaoTalk chat -;Zalo msg -;WhatsApp -;callback -;email case -;"
    "webchat:;IG DM -;walk-in at store,;VIP -;re-open -;FB msgr:;voice -;chat -")
CLOSERS = L(
    "ty;tks;cx happy;closed;pls QA;NPS 10;CSAT 5/5;sent survey;no further action;resolved FCR;"
    "noted in CRM;cx said thank u so much;all good;case closed;happy days;sweet as;"
    "cx v happy;win!!;nfa;done and dusted;left 5 stars;chur;mahalo from cx;"
    "cx said arigato lol;kamsahamnida from cx;terima kasih from cx;khob khun ka from cx;"
    "cam on from cx;faafetai from cx;malo from cx;ka pai")

# ---------------------------------------------------------------------------
# generators for pattern-style values
# ---------------------------------------------------------------------------
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def pat(rng, s):
    """# digit, % nonzero digit, @ upper letter, * upper alnum, ^ lower letter,
    [abc] one of the characters."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "[":
            j = s.index("]", i)
            out.append(rng.choice(s[i + 1:j]))
            i = j + 1
            continue
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "%":
            out.append(str(rng.randint(1, 9)))
        elif ch == "@":
            out.append(rng.choice(UP))
        elif ch == "*":
            out.append(rng.choice(ALNUM))
        elif ch == "^":
            out.append(rng.choice("abcdefghijkmnpqrstuvwxyz"))
        else:
            out.append(ch)
        i += 1
    return "".join(out)


PHONE_PATS = {
    "jp": ["0[789]0-####-####", "0[789]0 #### ####", "0[789]0########", "+81 [789]0-####-####",
           "+81-[789]0-####-####", "+81 [789]0 #### ####", "03-####-####", "06-####-####",
           "(03) ####-####", "011-###-####", "092-###-####"],
    "kr": ["010-####-####", "010 #### ####", "010########", "+82 10-####-####",
           "+82-10-####-####", "+82 10 #### ####", "02-###-####", "02-####-####", "051-###-####"],
    "tw": ["09##-###-###", "09## ### ###", "09########", "+886 9## ### ###", "+886-9##-###-###",
           "(02) ####-####", "02-####-####", "07-###-####"],
    "hk": ["[569]### ####", "[569]#######", "+852 [569]### ####", "+852-2###-####",
           "(852) [569]###-####", "+852 [569]#######"],
    "id": ["08[1258]#-####-####", "08[1258]# #### ####", "08[1258]#########", "+62 8[1258]#-####-####",
           "+62 8[1258]# #### ####", "+628[1258]#########", "(021) ### ####", "021-####-####",
           "0361-###-###"],
    "vn": ["09# ### ####", "09##.###.###", "09########", "+84 9# ### ####", "03#-###-####",
           "+84-3#-###-####", "028 #### ####", "024 3### ####", "+84 9########"],
    "th": ["0[689]#-###-####", "0[689]########", "+66 [689]# ### ####", "+66-[689]#-###-####",
           "02-###-####", "+66 2 ### ####", "053-###-###"],
    "hi": ["(808) %##-####", "808-%##-####", "808.%##.####", "+1 808 %## ####",
           "1-808-%##-####", "(808)%##-####"],
    "ws": ["+685 7######", "+685 7# #####", "7######", "2####", "+685 2####", "+685-72-#####"],
    "to": ["+676 7######", "+676 8## ####", "7## ####", "2####", "+676 2####", "+676-84-#####"],
    "nz": ["02[1279] ### ####", "02[17]-###-####", "+64 2[17] ### ####", "+64-21-###-####",
           "(09) ### ####", "09 ### ####", "04-### ####", "021#######", "+64 22 ### ####",
           "(03) ### ####"],
}
POST_PATS = {
    "jp": ["%##-####"], "kr": ["0[1-6]###".replace("[1-6]", "[123456]")], "tw": ["%##", "%##-##", "%#####"],
    "id": ["%####"], "vn": ["[1-9]00000".replace("[1-9]", "[1234567]"), "%#####"], "th": ["%0###", "%####"],
    "hi": ["967##", "968##", "967##-####"], "nz": ["0[1-9]##".replace("[1-9]", "[123456789]"), "%###"],
}


def amount(rng, reg):
    r = R[reg]
    lo, hi, step = r["rng"]
    n = rng.randint(lo // step, hi // step) * step
    if r.get("dots"):
        s = "{:,}".format(n).replace(",", ".")
        if reg == "vn" and rng.random() < 0.25 and n >= 1000:
            return "{}k".format(n // 1000)
        return rng.choice(r["cur"]).format(n=s)
    if reg in ("jp", "kr") and rng.random() < 0.6:
        s = "{:,}".format(n)
    elif reg in ("hi", "nz", "ws", "to", "hk") and rng.random() < 0.3:
        s = "{}.{:02d}".format(n, rng.randint(0, 99))
        return rng.choice([c for c in r["cur"] if ".00" not in c]).format(n=s)
    else:
        s = str(n)
    return rng.choice(r["cur"]).format(n=s)


MONTHS = L("January;February;March;April;May;June;July;August;September;October;November;December")


def odate(rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice([
        "{}/{}".format(d, m), "{}/{}".format(m, d), "{} {}".format(d, MONTHS[m - 1][:3]),
        "{} {}".format(MONTHS[m - 1][:3], d), "tmrw", "yesterday", "today", "Mon", "Fri",
        "2024-{:02d}-{:02d}".format(m, d), "the {}th".format(rng.randint(4, 20)), "next wk",
        "{:02d}/{:02d}".format(d, m), "{} {}".format(d, MONTHS[m - 1])])


def otime(rng):
    h = rng.randint(1, 12)
    return rng.choice(["{}pm".format(h), "{}am".format(h), "{}:{:02d}".format(rng.randint(7, 22), rng.choice([0, 15, 30, 45])),
                       "after {}".format(rng.randint(4, 8)), "{}.{:02d}am".format(h, rng.choice([0, 15, 30, 45])),
                       "{:02d}{:02d}hrs".format(rng.randint(6, 23), rng.choice([0, 30]))])


def flight(rng, reg):
    code = rng.choice(R[reg]["fl"])
    n = rng.randint(1, 999)
    return rng.choice(["{}{}".format(code, n), "{} {}".format(code, n), "{}{:03d}".format(code, n), "{}-{}".format(code, n)])


# ---- personal values ------------------------------------------------------
def phone(rng, reg):
    return pat(rng, rng.choice(PHONE_PATS[reg]))


def postcode(rng, reg):
    if reg not in POST_PATS:
        reg = "nz"
    return pat(rng, rng.choice(POST_PATS[reg]))


def luhn_complete(prefix, length, rng):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randint(0, 9))
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))


def card_full(rng):
    kind = rng.choice(["4", "5", "35", "62", "37"])
    if kind == "37":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    pre = {"4": "4", "5": "5" + str(rng.randint(1, 5)), "35": "35" + str(rng.randint(28, 89)),
           "62": "62" + str(rng.randint(10, 99))}[kind]
    n = luhn_complete(pre, 16, rng)
    sep = rng.choice([" ", "-", "", " "])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def iban(rng):
    cc = rng.choice(["GB", "DE", "FR", "NL", "CH", "IE"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]) + pat(rng, "##############")
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + pat(rng, "##############")
    elif cc == "DE":
        bban = pat(rng, "##################")
    elif cc == "FR":
        bban = pat(rng, "##########*##########").replace("*", "0") + pat(rng, "##")
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + pat(rng, "##########")
    else:
        bban = pat(rng, "#################")
    raw = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in raw)
    chk = 98 - int(num) % 97
    ib = "{}{:02d}{}".format(cc, chk, bban)
    if rng.random() < 0.6:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def ipaddr(rng):
    if rng.random() < 0.15:
        return "2400:{:x}:{:x}:{:x}::{:x}".format(rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff),
                                                  rng.randint(0, 0xffff), rng.randint(1, 0xff))
    first = rng.choice([1, 14, 27, 36, 42, 49, 58, 61, 103, 110, 112, 114, 118, 121, 125, 126,
                        175, 180, 182, 202, 203, 210, 211, 219, 220, 222])
    return "{}.{}.{}.{}".format(first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


NATID = {
    "jp": [("My Number;my number;my no.", ["#### #### ####", "############"]),
           ("residence card;zairyu card no", ["@@########@@"]),
           ("passport;passport no", ["@@#######"]),
           ("licence no;DL", ["############"])],
    "kr": [("RRN;resident reg no;jumin no", ["######-[1234]######", "######-#######", "#############"]),
           ("ARC;alien reg no", ["######-[5678]######"]),
           ("passport", ["M########", "M###@####"])],
    "tw": [("ID no;national ID;ID card", ["@[12]########", "@[12]## ### ###"]),
           ("ARC;UI no", ["@[89]########"]),
           ("passport", ["3########"])],
    "hk": [("HKID;hkid;HKID no;ID card", ["@######(#)", "@@######(#)", "@###### (#)", "@######(A)", "@######"])],
    "id": [("NIK;KTP;NIK/KTP;no KTP", ["3[1234567]##############", "3[1234567]## #### #### ####"]),
           ("NPWP", ["##.###.###.#-###.###", "###############"]),
           ("passport", ["[CBX]#######"])],
    "vn": [("CCCD;CCCD so;can cuoc", ["0[0123456789]#[0123]########", "0## ### ### ###"]),
           ("CMND", ["0########", "%########"]),
           ("passport;ho chieu", ["[CBN]#######"])],
    "th": [("ID card;Thai ID;citizen id;bat prachachon", ["#-####-#####-##-#", "[12345678]############"]),
           ("passport", ["@@#######"])],
    "hi": [("SSN;ssn", ["xxx-xx-####", "###-##-####"]), ("ssn last4;last 4 SSN", ["####"]),
           ("DL;HI DL#;state ID", ["H########"])],
    "ws": [("passport;passport no", ["@######", "WS#######"]), ("NID;national ID", ["#########"])],
    "to": [("passport;passport no", ["@######", "T#######"]), ("NID;national ID", ["##########"])],
    "nz": [("IRD;IRD no;ird", ["###-###-###", "##-###-###", "#########"]), ("NHI", ["@@@####"]),
           ("DL no;licence no;drivers licence", ["@@######"]), ("passport", ["@@######"])],
}
PLATE = {"id": ["@ #### @@@", "@@ #### @@", "@ ####@@"], "nz": ["@@@###", "@@@ ###"],
         "hi": ["@@@ ###", "@@@###"], "hk": ["@@ ####", "@@####"], "tw": ["@@@-####", "###-@@"],
         "th": ["%@@ ####"], "vn": ["##@-###.##", "##@ ####"], "kr": ["##@ ####"],
         "jp": ["## ####"], "ws": ["@ ####"], "to": ["@ ####"]}


def order_id(rng, reg):
    return pat(rng, rng.choice([
        "ORD-######", "#########", "JP-####-####".replace("JP", reg.upper()), "24####**********",
        "INV/2024####/MPL/##########", "A-#*********", "#############", "SO########",
        "#####-#####", "W#########", "%##-%#######", "***###***", "OD#########", "#**#-****-####"]))


def pnr(rng):
    return pat(rng, "******")


def etkt(rng):
    return pat(rng, rng.choice(["%##-##########", "%############", "%## ##########"]))


def ticket(rng):
    return pat(rng, rng.choice(["INC#######", "CS-######", "SR#########", "#######", "CAS-#####-@*@*",
                                "TKT-#####", "REQ######", "#%######"]))


def acct(rng):
    return pat(rng, rng.choice(["####-####-##", "#########", "A########", "##-####-#######-##",
                                "###-#######", "MB #### ####", "#### #### ####", "C########",
                                "###########", "####-######"]))


def uid(rng):
    return pat(rng, rng.choice(["%#########", "%########", "%#######", "%###-####-####", "%##########"]))


def member(rng):
    return pat(rng, rng.choice(["#########", "#### #### ####", "@@#######", "###-###-###", "%#######"]))


def policy(rng):
    return pat(rng, rng.choice(["POL-#######", "P#########", "##-#######", "HPL#######"]))


# ---- dates of birth -------------------------------------------------------
def dob(rng, reg):
    y = rng.randint(1938, 2008)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mon = MONTHS[m - 1]
    forms = ["{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}", "{y}-{m:02d}-{d:02d}", "{y}/{m:02d}/{d:02d}",
             "{d} {mon3} {y}", "{mon} {d}, {y}", "{d}-{mon3}-{yy:02d}", "{d}.{m:02d}.{y}",
             "{d} {mon} {y}", "{m}/{d}/{y}", "{d}{mon3}{y}"]
    if reg == "jp":
        if 1926 <= y <= 1988:
            forms += ["S{ey}.{m}.{d}", "Showa {ey}.{m}.{d}", "S{ey}/{m:02d}/{d:02d}"] * 2
        if 1990 <= y <= 2008:
            forms += ["H{hy}.{m}.{d}", "Heisei {hy}/{m}/{d}", "H{hy}/{m:02d}/{d:02d}"] * 2
        forms += ["{y}/{m}/{d}"]
    elif reg == "kr":
        forms += ["{yy:02d}{m:02d}{d:02d}", "{y}.{m:02d}.{d:02d}", "{y}. {m}. {d}."] * 2
    elif reg == "tw":
        forms += ["ROC {ry}/{m:02d}/{d:02d}", "{ry}/{m:02d}/{d:02d}", "{y}/{m:02d}/{d:02d}"]
    elif reg == "th":
        forms += ["{d:02d}/{m:02d}/{by}", "{d} {mon3} {by}", "{d}/{m}/{by} (BE)"]
    elif reg == "hi":
        forms += ["{m:02d}/{d:02d}/{y}", "{m}/{d}/{yy:02d}"] * 2
    elif reg in ("vn", "id"):
        forms += ["{d:02d}-{m:02d}-{y}", "{d:02d}/{m:02d}/{y}"] * 2
    f = rng.choice(forms)
    return f.format(d=d, m=m, y=y, yy=y % 100, mon=mon, mon3=mon[:3], ey=y - 1925, hy=y - 1988,
                    ry=y - 1911, by=y + 543)


DOB_CUES = L("DOB;dob;DOB:;d.o.b.;born;b.;bday;birthday;date of birth;D.O.B;birthdate;dob=")

# ---- addresses (segments) ------------------------------------------------
JP_LOC = L("Jingumae;Nishi-Shinjuku;Ebisu-Minami;Tenjin;Umeda;Namba;Sakae;Hakata-ekimae;"
           "Kichijoji-Honcho;Koenji-Minami;Kamimeguro;Nishiazabu;Hon-Komagome;Daimyo;"
           "Kita 3-jo Nishi;Minami 1-jo Higashi;Makishi;Kumoji;Nakasu;Shimouma")
JP_WARD = L("Shibuya-ku;Shinjuku-ku;Minato-ku;Setagaya-ku;Chuo-ku;Kita-ku;Naka-ku;Hakata-ku;"
            "Meguro-ku;Bunkyo-ku;Suginami-ku;Musashino-shi;Naha-shi;Chuo-ku;Kita-ku")
JP_CITY = L("Tokyo;Osaka;Fukuoka;Nagoya;Sapporo;Yokohama;Okinawa;Tokyo-to")
JP_BLD = L("Sunny Heights;Maison Aoyama;Leopalace 21;Kopo Sakura;Grand Maison;Royal Hills;"
           "Villa Midori;Dormy;Park Axis;Lions Mansion;Heights Hikari")


def addr_segments(rng, reg):
    S = []
    if reg == "jp":
        n = "{}-{}-{}".format(rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25))
        bld = "{} {}".format(rng.choice(JP_BLD), rng.randint(101, 1208))
        loc = rng.choice(JP_LOC)
        form = rng.randint(0, 2)
        if form == 0:
            S += [(bld + ", " + n + " " + loc, "address")]
        elif form == 1:
            S += [(loc + " " + n + " " + bld, "address")]
        else:
            S += [(n + " " + loc, "address")]
        S += [(", ", "o"), (rng.choice(JP_WARD), "~")]
        if rng.random() < 0.6:
            S += [(", ", "o"), (rng.choice(JP_CITY), "~")]
        if rng.random() < 0.6:
            S += [(rng.choice([" ", " 〒", ", "]), "o"), (postcode(rng, reg), "postcode")]
    elif reg == "kr":
        road = rng.choice(L("Teheran-ro;Sejong-daero;Gangnam-daero;Olympic-ro;Dosan-daero;"
                            "Haeundae-ro;Jong-ro;Hangang-daero;Itaewon-ro;Yeoksam-ro;"
                            "Apgujeong-ro;Bongeunsa-ro;World Cup buk-ro;Wausan-ro;Gwangnaru-ro"))
        num = str(rng.randint(1, 520))
        unit = rng.choice(["", " apt {}-{}".format(rng.randint(101, 115), rng.randint(101, 2505)),
                           " {}dong {}ho".format(rng.randint(101, 115), rng.randint(101, 2505)),
                           ", #{}".format(rng.randint(101, 1505))])
        street = (num + " " + road) if rng.random() < 0.5 else (road + " " + num)
        S += [(street + unit, "address"), (", ", "o"),
              (rng.choice(L("Gangnam-gu;Mapo-gu;Jung-gu;Seocho-gu;Songpa-gu;Haeundae-gu;Yongsan-gu;Bundang-gu;Seongdong-gu")), "~")]
        if rng.random() < 0.6:
            S += [(", ", "o"), (rng.choice(L("Seoul;Busan;Incheon;Seongnam;Seoul-si")), "~")]
        if rng.random() < 0.5:
            S += [(" ", "o"), (postcode(rng, reg), "postcode")]
    elif reg == "tw":
        road = rng.choice(L("Zhongxiao E. Rd.;Xinyi Rd.;Nanjing E. Rd.;Roosevelt Rd.;Minsheng E. Rd.;"
                            "Zhongshan N. Rd.;Heping E. Rd.;Wenhua Rd.;Zhonghua Rd.;Chenggong Rd.;Jianguo N. Rd."))
        parts = []
        if rng.random() < 0.5:
            parts.append(rng.choice(["{}F.".format(rng.randint(2, 18)), "{}F-{}".format(rng.randint(2, 18), rng.randint(1, 9))]))
        parts.append("No. {}".format(rng.randint(1, 300)))
        if rng.random() < 0.4:
            parts.append("Ln. {}".format(rng.randint(1, 200)))
        if rng.random() < 0.6:
            parts.append("Sec. {}".format(rng.randint(1, 5)))
        parts.append(road)
        if rng.random() < 0.35:
            parts = list(reversed(parts))
        S += [(", ".join(parts), "address"), (", ", "o"),
              (rng.choice(L("Xinyi Dist.;Da'an Dist.;Zhongshan Dist.;Banqiao Dist.;Lingya Dist.;Xitun Dist.;Songshan Dist.")), "~")]
        if rng.random() < 0.6:
            S += [(", ", "o"), (rng.choice(L("Taipei City;New Taipei City;Kaohsiung City;Taichung City;Taipei")), "~")]
        if rng.random() < 0.5:
            S += [(" ", "o"), (postcode(rng, reg), "postcode")]
    elif reg == "hk":
        street = rng.choice(L("Nathan Road;Sai Yeung Choi Street South;Hennessy Road;King's Road;"
                              "Queen's Road Central;Des Voeux Road West;Shau Kei Wan Road;"
                              "Castle Peak Road;Tai Po Road;Argyle St;Fa Yuen St;Electric Rd"))
        bld = rng.choice(L("Tower 2;Block C;Mei Foo Sun Chuen;Wah Fu Estate;Choi Hung Estate;"
                           "Taikoo Shing;Kwong Wah Bldg;Sino Centre;Lok Fu Estate Block 3"))
        flat = "Flat {}, {}/F".format(rng.choice("ABCDEFGH"), rng.randint(2, 45))
        if rng.random() < 0.5:
            a = "{}, {}, {} {}".format(flat, bld, rng.randint(1, 500), street)
        else:
            a = "Rm {}, {}/F, {} {}".format(rng.randint(1, 30), rng.randint(2, 40), rng.randint(1, 500), street)
        S += [(a, "address"), (", ", "o"),
              (rng.choice(L("Mong Kok;Causeway Bay;Sham Shui Po;Kwun Tong;Tseung Kwan O;Sha Tin;Tuen Mun;North Point;Yau Ma Tei;Tsuen Wan")), "~")]
        if rng.random() < 0.5:
            S += [(", ", "o"), (rng.choice(L("Kowloon;Hong Kong;HK;NT;New Territories")), "~")]
    elif reg == "id":
        st = rng.choice(L("Melati;Mawar;Sudirman;Gatot Subroto;Diponegoro;Raya Bogor;Kebon Jeruk;"
                          "Cempaka Putih Tengah;Pahlawan;Merdeka;Ahmad Yani;Hayam Wuruk;Dago;"
                          "Cihampelas;Sunset Road;Teuku Umar;Kaliurang Km 7;Khatib Sulaiman"))
        r = rng.random()
        if r < 0.5:
            a = "{} {} No. {}".format(rng.choice(["Jl.", "Jln", "jl", "Jalan"]), st, rng.randint(1, 200))
        elif r < 0.75:
            a = "Perum {} Blok {}{} No. {}".format(rng.choice(L("Griya Asri;Bumi Serpong Damai;Taman Indah;Puri Mas")),
                                                   rng.choice("ABCDEFG"), rng.randint(1, 20), rng.randint(1, 40))
        else:
            a = "Gg. {} No. {}".format(rng.choice(L("Kenari;Haji Mali;Mangga;Sawo")), rng.randint(1, 80))
        if rng.random() < 0.6:
            a += " RT {:02d}/RW {:02d}".format(rng.randint(1, 15), rng.randint(1, 12))
        if rng.random() < 0.5:
            a += ", Kel. {}".format(rng.choice(L("Cempaka Putih;Menteng;Tegal Sari;Kuta;Sanur Kaja;Lebak Bulus")))
        if rng.random() < 0.3:
            a += ", Kec. {}".format(rng.choice(L("Kebayoran Baru;Coblong;Denpasar Selatan;Padang Utara")))
        S += [(a, "address"), (", ", "o"),
              (rng.choice(L("Jakarta Selatan;Jakarta Barat;Jaksel;Bandung;Surabaya;Denpasar;Padang;Yogyakarta;Bekasi;Tangerang Selatan;Badung")), "~")]
        if rng.random() < 0.6:
            S += [(" ", "o"), (postcode(rng, reg), "postcode")]
    elif reg == "vn":
        st = rng.choice(L("Nguyễn Huệ;Lê Lợi;Hai Bà Trưng;Trần Hưng Đạo;Lý Thường Kiệt;Điện Biên Phủ;"
                          "Nguyễn Trãi;Võ Văn Tần;Cách Mạng Tháng Tám;Phan Xích Long;Hàng Bài;Kim Mã;Láng Hạ;Xuân Thủy"))
        if rng.random() < 0.35:
            st = fold(st).replace("đ", "d")
            st = " ".join(w.capitalize() for w in st.split())
        r = rng.random()
        if r < 0.5:
            a = "{} {}".format(rng.choice([str(rng.randint(1, 400)), "{}/{}".format(rng.randint(1, 300), rng.randint(1, 40)),
                                           "{}A".format(rng.randint(1, 200))]), st)
        elif r < 0.8:
            a = "Số {} ngõ {} phố {}".format(rng.randint(1, 90), rng.randint(1, 200), st)
        else:
            a = "{} {}, P. {}".format(rng.randint(1, 400), st, rng.choice(L("Bến Nghé;Bến Thành;Phường 7;Thảo Điền;Tân Định;Ben Nghe")))
        S += [(a, "address"), (", ", "o"),
              (rng.choice(L("Quận 1;Q.3;Q1;Q. Bình Thạnh;Ba Đình;Cầu Giấy;Đống Đa;Hoàn Kiếm;District 7;Binh Thanh")), "~")]
        if rng.random() < 0.6:
            S += [(", ", "o"), (rng.choice(L("TP.HCM;HCMC;Hà Nội;Hanoi;Đà Nẵng;Saigon")), "~")]
        if rng.random() < 0.25:
            S += [(" ", "o"), (postcode(rng, reg), "postcode")]
    elif reg == "th":
        a = "{}/{}".format(rng.randint(1, 999), rng.randint(1, 300))
        if rng.random() < 0.5:
            a += " Moo {}".format(rng.randint(1, 12))
        if rng.random() < 0.7:
            a += ", Soi {}".format(rng.choice(L("Sukhumvit 31;Ari 4;Ramkhamhaeng 24;Lat Phrao 101;Thonglor 10;Ekkamai 12;Nimman 7;Phahonyothin 11")))
        a += ", {} Rd".format(rng.choice(L("Sukhumvit;Phahonyothin;Rama IV;Ratchadaphisek;Charoen Krung;Silom;Sathorn;Huay Kaew;Thepkrasattri")))
        S += [(a, "address"), (", ", "o"),
              (rng.choice(L("Khlong Toei Nuea;Watthana;Chatuchak;Bang Rak;Huai Khwang;Mueang;Suthep;Kathu;Khlong Tan")), "~")]
        if rng.random() < 0.6:
            S += [(", ", "o"), (rng.choice(L("Bangkok;Chiang Mai;Phuket;Nonthaburi;BKK")), "~")]
        if rng.random() < 0.7:
            S += [(" ", "o"), (postcode(rng, reg), "postcode")]
    elif reg == "hi":
        num = rng.choice([str(rng.randint(100, 3999)), "{}-{}".format(rng.choice([91, 94, 95, 45, 47, 75, 68, 87]), rng.randint(100, 9999))])
        st = rng.choice(L("Ala Moana Blvd;Kalakaua Ave;Kapiolani Blvd;Waipahu St;Kamehameha Hwy;Kuakini Hwy;"
                          "Kaahumanu Ave;Fort Weaver Rd;Farrington Hwy;Kilauea Ave;Likelike Hwy;Makaloa St"))
        unit = rng.choice(["", " Apt {}".format(rng.randint(101, 3905)), " #{}".format(rng.randint(101, 3905)), " Unit {}".format(rng.choice("ABCDE"))])
        S += [(num + " " + st + unit, "address"), (", ", "o"),
              (rng.choice(L("Honolulu;Waipahu;Kaneohe;Kailua;Hilo;Kailua-Kona;Kahului;Pearl City;Ewa Beach;Lihue;Mililani")), "~"),
              (rng.choice([", HI ", " HI ", " Hawaii "]), "o"), (postcode(rng, reg), "postcode")]
    elif reg == "ws":
        a = rng.choice(["Lot {} {}".format(rng.randint(1, 400), rng.choice(L("Vaitele-uta;Vailima;Moto'otua;Alamagoto;Lepea;Saleufi;Vaiusu;Siusega;Faleula"))),
                        "{} Rd, {}".format(rng.choice(L("Falealili;Vaea St;Cross Island;Main Beach")), rng.choice(L("Moto'otua;Vailima;Tanugamanono;Lelata")))])
        S += [(a, "address"), (", ", "o"), (rng.choice(L("Apia;Salelologa;Upolu")), "~")]
    elif reg == "to":
        a = "{}{}, {}".format(rng.choice(["", "Lot {} ".format(rng.randint(1, 200))]),
                               rng.choice(L("Taufa'ahau Rd;Vuna Rd;Salote Rd;Hala Tu'i;Fatafehi Rd")),
                               rng.choice(L("Kolofo'ou;Ma'ufanga;Kolomotu'a;Houmakelikao;Havelu;Haveluloto;Tofoa;Ha'ateiho")))
        S += [(a, "address"), (", ", "o"), (rng.choice(L("Nuku'alofa;Nukuʻalofa;Neiafu;Tongatapu")), "~")]
    else:  # nz
        st = rng.choice(L("Ponsonby Rd;Dominion Rd;Karangahape Rd;Great North Rd;Cuba St;Riddiford St;"
                          "Riccarton Rd;Colombo St;Te Atatu Rd;Great South Rd;Tamaki Dr;Ngatai St;Kowhai Ave;"
                          "Pohutukawa Dr;Rimu St;Totara Cres;Matai Rd;Tui St;Moana Ave;Kahikatea Pl;Te Irirangi Dr"))
        num = rng.choice([str(rng.randint(1, 400)), "{}{}".format(rng.randint(1, 300), rng.choice("ABC")),
                          "{}/{}".format(rng.randint(1, 12), rng.randint(1, 300)), "Flat {}, {}".format(rng.randint(1, 9), rng.randint(1, 300))])
        S += [(num + " " + st, "address"), (", ", "o"),
              (rng.choice(L("Grey Lynn;Otahuhu;Māngere;Mangere;Te Atatu Peninsula;Newtown;Riccarton;Papatoetoe;Manurewa;Glen Innes;Ōtara;Otara")), "~")]
        if rng.random() < 0.6:
            S += [(", ", "o"), (rng.choice(L("Auckland;Wellington;Christchurch;Hamilton;Porirua;Rotorua")), "~")]
        if rng.random() < 0.7:
            S += [(" ", "o"), (postcode(rng, reg), "postcode")]
    return S


EMAIL_DOM = {
    "jp": L("docomo.ne.jp;ezweb.ne.jp;i.softbank.jp;yahoo.co.jp;gmail.com;icloud.com;au.com;nifty.com"),
    "kr": L("naver.com;daum.net;hanmail.net;kakao.com;gmail.com;nate.com"),
    "tw": L("yahoo.com.tw;gmail.com;hotmail.com;ms.hinet.net;pchome.com.tw"),
    "hk": L("netvigator.com;yahoo.com.hk;gmail.com;outlook.com;hotmail.com"),
    "id": L("gmail.com;yahoo.co.id;ymail.com;yahoo.com"),
    "vn": L("gmail.com;yahoo.com.vn;hotmail.com;fpt.vn"),
    "th": L("hotmail.com;gmail.com;outlook.co.th;hotmail.co.th"),
    "hi": L("hawaii.rr.com;gmail.com;hawaiiantel.net;yahoo.com;icloud.com"),
    "ws": L("gmail.com;yahoo.com;lesamoa.net;hotmail.com"),
    "to": L("gmail.com;yahoo.com;kalianet.to;hotmail.com"),
    "nz": L("xtra.co.nz;gmail.com;outlook.co.nz;slingshot.co.nz;hotmail.co.nz;orcon.net.nz"),
}


def ascii_slug(s):
    s = fold(s).replace("đ", "d")
    return re.sub(r"[^a-z0-9]", "", s)


def email(rng, reg, person=None):
    if person is not None:
        g = ascii_slug(person["given"])
        f = ascii_slug(person["fam"] or person["given"])
        local = rng.choice(["{g}.{f}", "{g}{f}", "{f}.{g}", "{g}_{f}", "{g}{n}", "{f}{g}{n}",
                            "{g1}{f}", "{g}.{f}{n}"]).format(g=g, f=f, g1=g[:1], n=rng.randint(1, 99))
    else:
        local = rng.choice(["kitty", "sunny", "nalu", "mochi", "kimchi", "boba", "surfer", "gamer",
                            "ohana", "pho", "mango", "tofu", "bunny", "rider", "pilot"]) + \
            rng.choice(["_", ".", ""]) + str(rng.randint(1, 9999))
    return "{}@{}".format(local, rng.choice(EMAIL_DOM[reg]))


def person_url(rng, reg, person):
    g = ascii_slug(person["given"])
    f = ascii_slug(person["fam"] or person["given"])
    return rng.choice([
        "https://crm.carehub.local/customers/{}".format(pat(rng, "%#######")),
        "https://support.zendesk.com/agent/tickets/{}".format(pat(rng, "%#####")),
        "facebook.com/{}.{}.{}".format(g, f, rng.randint(1, 99)),
        "https://www.instagram.com/{}_{}".format(g, f),
        "line.me/ti/p/~{}{}".format(g, rng.randint(1, 999)),
        "wa.me/{}".format(pat(rng, "%#########")),
        "zalo.me/{}".format(pat(rng, "09########")),
        "tiktok.com/@{}{}".format(g, f[:3]),
        "https://steamcommunity.com/profiles/7656119{}".format(pat(rng, "##########")),
        "https://admin.shop.local/orders/{}?cust={}".format(pat(rng, "%######"), pat(rng, "%#####")),
    ])


PUBLIC_URLS = L("www.docomo.ne.jp/support;help.grab.com;airnewzealand.co.nz/contact-us;"
                "www.hawaiianairlines.com/help;support.nexon.com;help.shopee.co.id;www.spark.co.nz/help;"
                "www.ais.th;www.viettel.vn;cs.cathaypacific.com;www.7-eleven.co.jp;www.jal.co.jp/faq;"
                "help.coupang.com;www.telkomsel.com/faq;support.garena.com")

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
class NamePools:
    def __init__(self, listed):
        self.listed = listed
        self.tried = set()
        self.pool = {}
        for cname, cd in C.items():
            d = {}
            for key in ("m", "f", "fam", "order_names", "nick", "mid_m", "mid_f"):
                if key not in cd:
                    continue
                keep = []
                for e in cd[key]:
                    alts = [a for a in e.split("|") if name_ok(a, listed)]
                    if alts:
                        keep.append("|".join(alts))
                d[key] = keep
            self.pool[cname] = d

    def get(self, cult, key):
        return self.pool[cult].get(key, [])


def pick(rng, pools, cult, key):
    lst = pools.get(cult, key)
    return variant(rng, rng.choice(lst)) if lst else None


def kr_given_variant(rng, g):
    if "-" not in g:
        return g
    a, b = g.split("-", 1)
    r = rng.random()
    if r < 0.45:
        return g
    if r < 0.65:
        return a + b.lower()
    if r < 0.85:
        return a + " " + b.capitalize()
    return a + "-" + b.capitalize()


def make_person(rng, pools, reg, cult=None, sex=None):
    if cult is None:
        cands, ws = zip(*REGION_CULTS[reg])
        cult = rng.choices(cands, weights=ws)[0]
        if cult == "id_any":
            cult = rng.choice(["jv", "su", "min", "bal"])
    for _ in range(50):
        sx = sex or rng.choice("mf")
        cd = C[cult]
        p = dict(cult=cult, sex=sx, given=None, fam=None, mid=None, particle=None, nick=None)
        if cult == "bal":
            order = pick(rng, pools, cult, "order_names")
            pers = pick(rng, pools, cult, sx)
            if not order or not pers:
                continue
            p["given"] = order
            p["fam"] = pers
            p["particle"] = "I" if sx == "m" else "Ni"
            if not name_ok(p["particle"], pools.listed):
                p["particle"] = None
        else:
            g = pick(rng, pools, cult, sx)
            f = pick(rng, pools, cult, "fam")
            if not g:
                continue
            if cult == "kr":
                g = kr_given_variant(rng, g)
            p["given"] = g
            p["fam"] = f
            if cult == "vn":
                p["mid"] = pick(rng, pools, cult, "mid_" + sx)
            if cult == "th":
                p["nick"] = pick(rng, pools, cult, "nick")
            if cult in ("jv", "su", "min") and rng.random() < 0.35:
                p["fam"] = None   # mononym
        if p["fam"] is not None and p["fam"] == p["given"]:
            continue
        return p
    # pools for this culture exhausted by `listed`: fall back to another culture
    order = [c for c, _ in REGION_CULTS[reg] if c != cult and c in C] + [c for c in C if c != cult]
    for alt in order:
        if pools.get(alt, "m") and pools.get(alt, "f") and (pools.get(alt, "fam") or (alt == "bal" and pools.get(alt, "order_names"))):
            if alt not in pools.tried:
                pools.tried.add(alt)
                try:
                    return make_person(rng, pools, reg, cult=alt, sex=sex)
                finally:
                    pools.tried.discard(alt)
    raise RuntimeError("name pools exhausted for " + cult)


def full_name(rng, p):
    c = p["cult"]
    g, f = p["given"], p["fam"]
    if c == "bal":
        parts = ([p["particle"]] if p["particle"] and rng.random() < 0.8 else []) + [g, f]
        return " ".join(parts)
    if f is None:
        return g
    order = C[c]["order"]
    if c == "vn":
        r = rng.random()
        if r < 0.55 and p["mid"]:
            return "{} {} {}".format(f, p["mid"], g)
        if r < 0.8:
            return "{} {}".format(f, g)
        return "{} {}".format(fold(g).replace("đ", "d").title() if rng.random() < 0.5 else g, f)
    if order == "fg":
        return "{} {}".format(f, g) if rng.random() < 0.7 else "{} {}".format(g, f)
    if order == "fg_or_gf":
        return "{} {}".format(f, g) if rng.random() < 0.45 else "{} {}".format(g, f)
    if order == "mn":
        r = rng.random()
        if r < 0.4:
            return "{}. {}".format(f[0], g)
        if r < 0.7:
            return "{} {}".format(f, g)
        return "{} {}".format(g, f)
    return "{} {}".format(g, f)


def fam_or_given(p):
    if p["cult"] == "bal":
        return p["fam"]
    return p["fam"] or p["given"]


def initials(rng, p):
    c = p["cult"]
    g, f = p["given"], fam_or_given(p)
    if c == "kr":
        parts = re.split(r"[- ]", p["given"])
        ini = ".".join(x[0].upper() for x in parts if x) + "."
        return rng.choice(["{} {}".format(ini, f), "{} {}".format(f, ini)])
    if c == "mn":
        return "{}. {}".format(f[0], g)
    if c in ("hokkien", "hakka", "teochew"):
        parts = g.replace("-", " ").split()
        ini = "".join(x[0].upper() for x in parts)
        return rng.choice(["{} {}".format(f, ini), "{}. {}".format(". ".join(ini), f), "{}.{}. {}".format(ini[0], ini[-1], f)])
    if c == "bal":
        return "{} {}. {}".format(p["particle"] or "", g[0], f).strip()
    if f == g:
        return "{}.".format(g[0])
    return rng.choice(["{}. {}".format(g[0], f), "{} {}.".format(g, f[0]), "{}.{}.".format(g[0], f[0])])


def gsel(lst, sex):
    """Entries tagged ':m' / ':f' only for that sex; untagged for both."""
    out = []
    for e in lst:
        if e.endswith(":m") or e.endswith(":f"):
            if e[-1] == sex:
                out.append(e[:-2])
        else:
            out.append(e)
    return out


def name_segs(rng, p, form):
    """Segments for person p in the requested form."""
    c = p["cult"]
    cd = C[c]
    if form == "any":
        form = rng.choices(["given", "fam", "full", "crm", "init", "hon", "poss", "kin", "caps"],
                           weights=[20, 10, 26, 6, 5, 18, 5, 6, 2])[0]
    if form == "bare":
        form = rng.choice(["given", "full", "full", "fam"])
    if form == "given":
        if c == "th" and p["nick"] and rng.random() < 0.45:
            return [(p["nick"], "name")]
        if c == "bal" and rng.random() < 0.5:
            return [(p["fam"], "name")]
        return [(p["given"], "name")]
    if form == "fam":
        return [(fam_or_given(p), "name")]
    if form == "full":
        return [(full_name(rng, p), "name")]
    if form == "caps":
        return [(full_name(rng, p).upper(), "name")]
    if form == "crm":
        f = fam_or_given(p)
        g = p["given"]
        if f == g or (c == "bal" and rng.random() < 0.3):
            return [(full_name(rng, p).upper(), "name")]
        if c == "vn" and p["mid"] and rng.random() < 0.6:
            g = p["mid"] + " " + g
        if c == "bal" and p["particle"]:
            g = p["particle"] + " " + g
        sep = rng.choice([", ", ",", " , "])
        return [(f.upper() if rng.random() < 0.75 else f, "name"), (sep, "o"), (g, "name")]
    if form == "init":
        return [(initials(rng, p), "name")]
    if form == "poss":
        base = name_segs(rng, p, rng.choice(["given", "full", "given"]))
        if base[-1][1] != "name":
            return base
        return base + [(rng.choice(["'s", "'s", "’s"]), "o")]
    if form == "kin":
        kp = gsel(cd.get("kin_pre") or [], p["sex"])
        ks = gsel(cd.get("suf_given") or [], p["sex"])
        if ks and (not kp or rng.random() < 0.5):
            return [(p["given"], "name"), (rng.choice(ks), "o")]
        if kp:
            k = variant(rng, rng.choice(kp))
            tgt = p["nick"] if (c == "th" and p["nick"] and rng.random() < 0.6) else (
                p["fam"] if c == "bal" and rng.random() < 0.5 else p["given"])
            if k in ("P'",):
                return [(k, "o"), (tgt, "name")]
            return [(k + " ", "o"), (tgt, "name")]
        return name_segs(rng, p, "hon")
    if form == "hon":
        pre = cd["pre_m"] if p["sex"] == "m" else cd["pre_f"]
        if c in ("ja", "ainu", "kr") and rng.random() < 0.65:
            if rng.random() < 0.7 and cd["suf_fam"] and p["fam"]:
                return [(p["fam"], "name"), (rng.choice(cd["suf_fam"]), "o")]
            return [(p["given"], "name"), (rng.choice(gsel(cd["suf_given"], p["sex"])), "o")]
        if c == "mn" and rng.random() < 0.6:
            return [(p["given"], "name"), (rng.choice(gsel(cd["suf_given"], p["sex"])), "o")]
        h = variant(rng, rng.choice(pre))
        western = h in ("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mdm", "Mdm.", "Hon.")
        if western:
            tgt = fam_or_given(p) if rng.random() < 0.7 else full_name(rng, p)
        elif c == "th":
            tgt = p["nick"] if (p["nick"] and h in ("P'", "Nong") and rng.random() < 0.7) else p["given"]
        elif c == "bal":
            tgt = rng.choice([p["given"], p["fam"]])
        else:
            tgt = p["given"]
        if h in ("P'", "K."):
            return [(h, "o"), (tgt, "name")]
        return [(h + " ", "o"), (tgt, "name")]
    raise ValueError(form)


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
# PII templates: (regions or None, text)
T_PII = [
    (None, "{A:hon} called re {telco} bill, roaming in {city} charged {amt}, waived as goodwill, cx v happy"),
    (None, "cust {A:full} ph {PHONE} wants callback {time} re {product} repair from {elec}"),
    (None, "{A:crm} - updated email to {EMAIL:A} and mobile {PHONE}, verified w {verif}"),
    (None, "{airline} pax {A:full} PNR {PNR} missed connection at {airport}, rebooked on {flight} {date}, meal voucher issued"),
    (None, "{DOB} verified for {A:hon}, reset {title} login for UID {UID}, 2FA re-bound"),
    (None, "delivery for {A:given} to {ADDR} failed twice, rider couldn't find gate, {deliv} refunded {amt}"),
    (None, "{A:bare} happy now!! {issue} fixed, {product} swapped under warranty at {elec} {city}"),
    (None, "{A:kin} rang on behalf of {B:given}, {telco} SIM locked after 3 wrong PUK, sent new PUK to {PHONE}"),
    (None, "spoke w {A:full} and {B:full} (joint acct {ACCT}) re {bank} card block, unblocked after {verif}"),
    (None, "card ending {CARD4} charged twice at {conv}, {A:hon} got reversal of {amt}, ref {TICKET}"),
    (None, "{A:poss} order {ORDER} from {elec} stuck at {city} hub, chased {deliv}, ETA {date}"),
    (None, "new addr for {A:full}: {ADDR}. old one still on {loyalty} profile, fixed both"),
    (None, "{NATID} checked for {A:full}, {KYC} passed, {wallet} wallet limit lifted"),
    (None, "refund to overseas acct IBAN {IBAN} for {A:full}, {airline} cancelled {flight}, {amt} approved by {team}"),
    (None, "login from {IP} flagged, {A:hon} confirmed it was her/him on hotel wifi in {city}, cleared"),
    (None, "profile link {URL} - {A:given} asked us to merge dup accts, done, {loyalty} pts moved"),
    (None, "{A:hon} {PHONE} lost {product} at {airport}, {team} found it, courier to {ADDR}"),
    (None, "cx {A:init} booking {PNR}, name mismatch on ticket ({A:caps} vs passport {PASSPORT}), fixed free"),
    (None, "ticket {TICKET}: {A:full} says {deliv} rider was rude, gave {amt} voucher, {B:hon} (TL) approved"),
    (None, "{A:given} from {city} bought {product} at {conv}?? no, at {elec}, receipt ok, RMA raised {ORDER}"),
    (None, "acct {ACCT} holder {A:crm}, {DOB}, moved plan to {telco} unlimited, saves {amt}/mth"),
    (None, "{A:hon} wanted ETF waived, {telco} contract ends {date}, approved by {B:given} from {team}"),
    (None, "email {EMAIL:A} bouncing so updated to {EMAIL}, {A:given} confirmed by SMS"),
    (None, "{A:full} {PHONE} {EMAIL:A} - {title} gacha top-up {amt} not credited, UID {UID}, credited manually"),
    (None, "pls send {product} replacement to {A:hon}, {ADDR}, ph {PHONE}"),
    (None, "{A:kin} is elderly, prefers calls not app, added note + callback no {PHONE}, {bank} branch {city} informed"),
    (None, "paid w card {CARD}?? cx read full number on call, masked in recording, {A:hon} advised re {jar}"),
    (None, "{A:bare} - {airline} {loyalty} no. {MEMBER} missing miles for {flight}, added {amt} worth, ty"),
    (None, "plate {PLATE} car rental add-on for {A:full}, {airline} booking {PNR}"),
    (None, "{A:full} rang again ({TICKET}), bill dispute {amt}, escalated to {team}"),
    (None, "her son {B:given} used her {wallet} for {title} pulls, {A:hon} got {amt} back as one-off, DOB {DOBV}"),
    (None, "{A:full} policy {POLICY} travel insurance claim for delayed bag at {airport}, forwarded to {team}"),
    (None, "chat w {A:hon}: {conv} app coupon not scanning, reissued, member {MEMBER}"),
    (None, "{A:crm} // {PHONE} // {ADDR}"),
    (None, "{A:given} and {B:given} both on family plan {ACCT}, split bill set up, {telco} {pack} added"),
    (None, "gave {A:hon} my ext, she'll call back {time}, case {TICKET}, {EMAIL:A}"),
    (None, "{A:poss} {wallet} acct frozen after {flag}, ID {NATID} re-uploaded, unfrozen"),
    (None, "{A:full} (born {DOBV}) wants kids acct for {B:given}, sent {game} parental consent form"),
    ("jp kr tw id vn th hi nz", "post code wrong on file ({POST}), {A:hon} gave correct {POST}, parcel rerouted via {deliv}"),
    (None, "{A:full} came to {elec} store {city}, {product} DOA, swapped same day, order {ORDER}"),
    (None, "callback req {PHONE} - {A:kin}, re {bank} transfer to {B:full} not arrived"),
    (None, "{A:init} - {IP} - multiple failed logins on {title}, pw reset link sent to {EMAIL}"),
    (None, "{A:hon} thanked {B:given} from night shift by name, pls pass on, {airline} {flight} delay handled well"),
    (None, "{A:given}!! finally sorted {telco} {issue} after 3 calls, {ACCT}"),
    (None, "NAME {A:caps} ACCT {ACCT} DOB {DOBV} PH {PHONE}"),
    ("jp", "{A:hon} ({A:full}) at {conv} {city} paid {telco} bill over counter, not posted, {jar}, resolved"),
    ("jp", "{A:fam}-sama My Number card {NATIDV} used for {bank} eKYC, passed"),
    ("kr", "{A:full} RRN {NATIDV} for {telco} postpaid, {A:given} ssi happy w new {handset}"),
    ("th", "P'{A:nick} called re {deliv} order {ORDER}, cold food, {amt} credit"),
    ("th", "Khun {A:given} ({A:nick}) ID card {NATIDV}, {telco} SIM registration fixed"),
    ("vn", "{A:kin} {A:full} CCCD {NATIDV}, {wallet} e-KYC fail x3, approved manually"),
    ("id", "{A:hon} NIK {NATIDV} KTP photo blurry, asked resend via {wallet} app, done"),
    ("id", "cod {deliv} order {ORDER} for {A:full} at {ADDR}, kurir lost pkg, refund {amt}"),
    ("hk", "{A:hon} HKID {NATIDV} for {telco} contract, {product} pick up at {elec} {city}"),
    ("nz", "{A:hon} IRD {NATIDV} for {bank} KiwiSaver? told her go branch, {city}"),
    ("nz", "{A:kin} {A:fam} whanau plan, {telco} {issue} sorted, ka pai, ph {PHONE}"),
    ("hi", "{A:kin} ({A:full}) {airline} {loyalty} acct {MEMBER}, inter-island {flight} refund {amt}"),
    ("ws", "{A:hon} {A:full} in {city} topped up {telco} {amt} via {wallet}, not applied, fixed, ph {PHONE}"),
    ("to", "{A:full} in {city} {telco} outage since {date}, credit {amt}, cb {PHONE}"),
    ("tw", "{A:crm} ID no {NATIDV}, {wallet} auto top-up off, {conv} receipt ok"),
    ("kr", "{A:fam} {A:given} {title} acct ban appeal, UID {UID}, reinstated after {verif}"),
    ("jp", "{A:full} stay at {ADDR} for {airline} lost bag delivery, tel {PHONE}"),
    (None, "{A:bare} said {B:bare} already paid at {conv}, checked, both payments there, refunded one {amt}"),
    (None, "spoke to {A:hon} re her daughter {B:full} acct {ACCT}, not authorised, asked {B:given} to call us"),
    (None, "cx {A:full} wants all mail to {ADDR} not the shop, updated on {bank} + {loyalty}"),
    (None, "{A:crm} dob {DOBV} acct {ACCT} - {jar} - resolved"),
    (None, "{A:poss} {handset} stolen in {city}, IMEI blocked, new SIM sent to {ADDR}"),
    (None, "cust asked for {A:given}?? said a {B:hon} helped her last wk, couldnt find, logged {TICKET}"),
    (None, "{A:full} 2 bags over limit on {flight}, {airline} waived {amt}, ETKT {ETKT}"),
    (None, "{A:hon} paid {amt} by card x{CARD4} at {elec}, {product} never shipped, order {ORDER}, refund done"),
    (None, "{A:given} via {URL} complained re {title} ban, appeal sent to {team}"),
    (None, "{A:fam} family, {A:given} + {B:given}, moved to {telco} family share, acct {ACCT}"),
    (None, "gift card bought at {conv} by {A:full} not loading in {game} store, code reissued to {EMAIL:A}"),
    (None, "{A:bare} {PHONE}"),
    (None, "verified {A:hon} w DOB + postcode, {DOBV}, acct {ACCT}, changed plan"),
    (None, "{A:hon} ({EMAIL:A}) couldn't log in to {bank} app from {IP}, geo-block, whitelisted"),
    (None, "{airline} {loyalty} {MEMBER} ({A:crm}) status match approved by {team}"),
    (None, "{A:kin} - {B:full} is her grandson, he set up {wallet} for her, ph {PHONE}"),
    (None, "{A:full}, {ADDR}, {PHONE}, {product} x1, paid {wallet}"),
    (None, "{deliv} rider {B:given} delivered to wrong unit, {A:hon} at {ADDR} got food late, {amt} voucher"),
    ("jp", "{A:fam}-san from {city} branch of {conv} called re franchise POS, not our team, passed to {team}"),
    ("kr", "{A:fam} {A:given}-nim VIP, {telco} {issue}, gave {amt} coupon, ph {PHONE}"),
    ("th", "Nong {A:nick} at {conv} {city} helped cx, pls pass on thanks, cx {B:hon}"),
    ("th", "{A:nick} {A:fam} ({B:nick}'s sister) paid via {wallet}, ref {TICKET}"),
    ("vn", "{A:kin} ({A:full}) ở {city}, {telco} sim bị khóa, unlocked, ph {PHONE}"),
    ("id", "{A:hon} dari {city}, {deliv} order {ORDER} salah alamat, corrected to {ADDR}"),
    ("id", "{A:full} rek {bank} a.n. {B:full}, transfer pending, ref {TICKET}"),
    ("nz ws to", "{A:kin} rang for the whole aiga/famili, {telco} {pack} for {B:given}, {A:given} stoked"),
    ("hi", "{A:kin} at {ADDR}, {telco} outage after storm, tech {date}, cb {PHONE}"),
    ("hk tw", "{A:hon} {A:full} {PHONE} {wallet} refund {amt} to card ending {CARD4}"),
]

# no-PII templates
T_NOPII = [
    "{telco} {issue} fixed for cx after {handset} update, APN reset, data back, {closer}",
    "pax rebooked {flight} to {city} via {airport}, {airline} waived change fee, {closer}",
    "{conv} store said parcel collected but cx didnt get it, {deliv} investigating, {closer}",
    "cx upgraded to {handset} on {telco} 24m plan, trade-in old phone at {elec}, {closer}",
    "double charge on {wallet}, {bank} reversal {amt} raised, {jar}, {closer}",
    "{title} server maint ran over, cx missed event, {game} sent compensation gems, {closer}",
    "{deliv} order late 40 min, rider stuck in {city} traffic, {amt} credit given",
    "transferred to {team}, they fixed {issue} in 2 min, {closer}",
    "cx in {city} roaming on {telco}, bought {pack}, working now",
    "{airline} seat change to exit row, {loyalty} status honoured, {closer}",
    "{elec} {city} store had stock of {product}, reserved for pickup {date}",
    "lounge access at {airport} declined wrongly, {team} called {airline} desk, sorted",
    "{bank} app login loop after update, clear cache + reinstall fixed, {closer}",
    "wrong item from {conv} delivery, {product} instead of snacks lol, refund {amt}",
    "{game} support: {title} purchase not showing, restored via receipt, {closer}",
    "moved cx from {telco} to our {plan} plan, saves {amt} a month, {closer}",
    "{flight} {city} to {city2} delayed 3h, offered rebook or refund, cx took rebook",
    "{wallet} top up at {conv} failed, cash taken, {team} confirmed reversal {date}",
    "cx asked abt {loyalty} points expiry, extended to {date}, {closer}",
    "{product} wont charge, sent to {elec} service centre {city}, loaner given",
    "cx wants to port out to {telco}, retention offer {amt} off, stayed!!",
    "{deliv} app double charged {amt}, pending auth only, explained, {closer}",
    "baggage delayed at {airport}, {airline} courier delivering tonight, {closer}",
    "{title} acct hacked? no, just region lock, {game} unlocked, {closer}",
    "{telco} fibre fault in {city}, tech booked {date} {time}, {closer}",
    "used {wallet} at {conv}, QR not scanning, switched to {bank} card, fine",
    "{team} said {issue} is known issue, hotfix {date}, cx ok w that",
    "cx from {city} wanted {product} in pink, only at {elec}, checked stock for them",
    "{airline} {flight} upgrade w {loyalty} miles, cleared at gate, {closer}",
    "{bank} {flag} on overseas txn at {city}, cx confirmed genuine, unblocked",
    "{deliv} merchant closed early, order cancelled, full refund {amt}, {closer}",
    "{telco} eSIM transfer to new {handset} failed, new eSIM QR sent, working",
    "{conv} points not added for {wallet} payment, added {amt} worth manually",
    "ALL CAPS CX LOL, angry abt {telco} outage in {city}, credit applied, calmed down",
    "wifi calling on {handset} not working w {telco}, VoLTE toggle fixed it, {closer}",
    "{airline} pet in cabin rules explained, {city} to {city2}, SSR added, {closer}",
    "{game} {title} refund policy explained, no refund but {amt} in gems, cx accepted",
    "store pickup at {conv} {city} ok, {deliv} locker code reissued, {closer}",
    "see {url} for steps, sent cx the link, {issue} sorted",
    "{bank} card delivery to branch in {city} not home, cx fine w that, {closer}",
    "{team} -> {team2}, {jar} {jar2}, {closer}",
    "cx said {elec} price cheaper, price matched {amt} for {product}",
    "pax needs wheelchair at {airport}, {ssr} added, {airline} confirmed",
]

FILLERS = L("pls check;as per prev notes;see above;cx was v polite;long call;call dropped once;"
            "TL aware;no complaint raised;cx ok;quick fix;2nd contact;3rd call this wk;"
            "verified 2 of 3 qns;sent sms summary;cx on speaker in car;bad line;used translator;"
            "cx typed in romaji;chat in mixed english;noisy bg")

CAPS_WORDS = L("URGENT;VIP;DO NOT;NB;ASAP;FYI;PLS;NO;REFUND;DONE;RESOLVED;FCR;ESCALATED;WIN;IMPORTANT;CHECK")

TYPOS = [("didn't", "didnt"), ("couldn't", "couldnt"), ("wont", "wnt"), ("won't", "wont"),
         ("can't", "cant"), ("isn't", "isnt"), ("doesn't", "doesnt"), ("she'll", "shell"),
         ("received", "recieved"), ("because", "becuase"), ("the", "teh"), ("and", "adn"),
         ("please", "pls"), ("thanks", "thx"), ("replacement", "replacment"), ("address", "adress"),
         ("account", "acount"), ("approved", "aproved"), ("delivery", "delivry"),
         ("escalated", "esclated"), ("refunded", "refuned"), ("customer", "cusomter"),
         ("happy", "hapy"), ("working", "wroking"), ("issued", "isued"), ("after", "aftr")]

# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
SLOT = re.compile(r"\{([A-Za-z0-9_]+)(?::([A-Za-z0-9_]+))?\}")


class Ctx:
    def __init__(self, rng, pools, reg):
        self.rng, self.pools, self.reg = rng, pools, reg
        self.persons = {}
        self.used = {}

    def person(self, key, cult=None):
        if key not in self.persons:
            for _ in range(20):
                p = make_person(self.rng, self.pools, self.reg, cult=cult)
                if all(p["given"] != q["given"] for q in self.persons.values()):
                    break
            self.persons[key] = p
        return self.persons[key]

    def brand(self, key):
        r = R[self.reg]
        lst = r.get(key) or R["nz"][key]
        prev = self.used.get(key)
        v = self.rng.choice(lst)
        if prev is not None and len(lst) > 1:
            for _ in range(5):
                if v != prev:
                    break
                v = self.rng.choice(lst)
        self.used[key] = v
        return v


def nat_id(rng, reg, with_cue=False):
    if with_cue:
        cues, fmts = rng.choice(NATID[reg])
        return rng.choice(L(cues)), pat(rng, rng.choice(fmts))
    cues, fmts = NATID[reg][0]
    return pat(rng, rng.choice(fmts))


def slot_segments(ctx, name, arg):
    rng, reg = ctx.rng, ctx.reg
    if name in ("A", "B"):
        cult = "th" if arg == "nick" else None
        if arg == "nick" and ctx.reg != "th":
            cult = None
        p = ctx.person(name, cult=cult if reg == "th" or arg != "nick" else None)
        if arg == "nick":
            if p.get("nick"):
                return [(p["nick"], "name")]
            return [(p["given"], "name")]
        return name_segs(rng, p, arg or "any")
    if name == "PHONE":
        return [(phone(rng, reg), "phone")]
    if name == "EMAIL":
        p = ctx.persons.get(arg) if arg else None
        return [(email(rng, reg, p), "email")]
    if name == "CARD4":
        return [(pat(rng, "####"), "card")]
    if name == "CARD":
        return [(card_full(rng), "card")]
    if name == "ACCT":
        return [(acct(rng), "id")]
    if name == "ORDER":
        return [(order_id(rng, reg), "id")]
    if name == "PNR":
        return [(pnr(rng), "id")]
    if name == "ETKT":
        return [(etkt(rng), "id")]
    if name == "TICKET":
        return [(ticket(rng), "id")]
    if name == "UID":
        return [(uid(rng), "id")]
    if name == "MEMBER":
        return [(member(rng), "id")]
    if name == "POLICY":
        return [(policy(rng), "id")]
    if name == "PASSPORT":
        return [(pat(rng, rng.choice(["@@#######", "@########", "@#######"])), "id")]
    if name == "PLATE":
        return [(pat(rng, rng.choice(PLATE[reg])), "id")]
    if name == "NATID":
        cue, val = nat_id(rng, reg, with_cue=True)
        return [(cue + rng.choice([" ", ": ", " #", " - "]), "o"), (val, "id")]
    if name == "NATIDV":
        return [(nat_id(rng, reg), "id")]
    if name == "ADDR":
        return addr_segments(rng, reg)
    if name == "POST":
        return [(postcode(rng, reg if reg in POST_PATS else "nz"), "postcode")]
    if name == "IP":
        return [(ipaddr(rng), "ip")]
    if name == "URL":
        p = ctx.person("A")
        return [(person_url(rng, reg, p), "url")]
    if name == "url":
        return [(rng.choice(PUBLIC_URLS), "o")]
    if name == "IBAN":
        return [(iban(rng), "iban")]
    if name == "DOB":
        cue = rng.choice(DOB_CUES)
        return [(cue + " ", "o"), (dob(rng, reg), "dob")]
    if name == "DOBV":
        return [(dob(rng, reg), "dob")]
    # ---- non-personal slots
    if name in ("telco", "airline", "conv", "elec", "deliv", "bank", "wallet", "game", "title",
                "loyalty", "airport"):
        return [(ctx.brand(name), "o")]
    if name == "city":
        return [(ctx.brand("city"), "o")]
    if name == "city2":
        return [(ctx.brand("city"), "o")]
    if name == "product":
        return [(rng.choice(PRODUCTS), "o")]
    if name == "handset":
        return [(rng.choice(HANDSETS), "o")]
    if name in ("team", "team2"):
        return [(rng.choice(TEAMS), "o")]
    if name in ("jar", "jar2", "KYC"):
        return [(rng.choice(JARGON) if name != "KYC" else rng.choice(["KYC", "e-KYC", "eKYC", "ID check"]), "o")]
    if name in ("issue", "pack", "verif", "flag", "plan", "ssr"):
        return [(rng.choice(JAR2[name]), "o")]
    if name == "amt":
        return [(amount(rng, reg), "o")]
    if name == "date":
        return [(odate(rng), "o")]
    if name == "time":
        return [(otime(rng), "o")]
    if name == "flight":
        return [(flight(rng, reg), "o")]
    if name == "closer":
        return [(rng.choice(CLOSERS), "o")]
    raise KeyError(name)


def render(ctx, text):
    segs = []
    pos = 0
    for m in SLOT.finditer(text):
        if m.start() > pos:
            segs.append((text[pos:m.start()], "o"))
        segs.extend(slot_segments(ctx, m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(text):
        segs.append((text[pos:], "o"))
    return segs


def merge(segs):
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and out[-1][1] == l and l == "o":
            out[-1] = (out[-1][0] + t, l)
        else:
            out.append((t, l))
    return out


def note_text(segs):
    return "".join(t for t, _ in segs)


def apply_typos(rng, segs, prob):
    out = []
    for t, l in segs:
        if l == "o":
            for a, b in TYPOS:
                if rng.random() < prob and re.search(r"\b" + re.escape(a) + r"\b", t):
                    t = re.sub(r"\b" + re.escape(a) + r"\b", b, t, count=1)
            if t in ("'s", "’s") and rng.random() < 0.3:
                t = "s"
        out.append((t, l))
    return out


def add_caps(rng, segs):
    """Upper-case one or two words of o text, or prepend a caps word."""
    if rng.random() < 0.5:
        return [(rng.choice(CAPS_WORDS) + rng.choice([" ", ": ", " - ", "!! "]), "o")] + segs
    out = []
    done = 0
    for t, l in segs:
        if l == "o" and done < 2 and rng.random() < 0.5:
            words = t.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 2 and w.isalpha()]
            if idx:
                i = rng.choice(idx)
                words[i] = words[i].upper()
                t = " ".join(words)
                done += 1
        out.append((t, l))
    return out


def wordcount(segs):
    return len(note_text(segs).split())


def build_note(rng, pools, want_pii, tmpl_state):
    reg = rng.choices([r for r, _ in REGION_W], weights=[w for _, w in REGION_W])[0]
    ctx = Ctx(rng, pools, reg)
    if want_pii:
        cands = [t for t in T_PII if t[0] is None or reg in t[0].split()]
        regs, text = cands[tmpl_state["pii"] % len(cands)] if rng.random() < 0.5 else rng.choice(cands)
        tmpl_state["pii"] += 1
    else:
        text = T_NOPII[tmpl_state["nopii"] % len(T_NOPII)] if rng.random() < 0.5 else rng.choice(T_NOPII)
        tmpl_state["nopii"] += 1
    segs = render(ctx, text)
    # clause fragments
    if rng.random() < 0.3:
        segs = [(rng.choice(OPENERS) + " ", "o")] + segs
    if want_pii and rng.random() < 0.18:
        segs = segs + render(ctx, rng.choice([", cb {PHONE}", ", alt no {PHONE}", ", email on file {EMAIL:A}",
                                              ", ref {TICKET}", ", acct {ACCT}", " / {PHONE}", ", ph {PHONE}",
                                              ", case {TICKET}", ", bkg {PNR}"]))
    if want_pii and rng.random() < 0.35:
        segs = segs + [(rng.choice([", ", ". ", " - "]) + rng.choice(CLOSERS), "o")]
    if rng.random() < 0.2:
        segs = segs + [(rng.choice([", ", ". ", " / "]) + rng.choice(FILLERS), "o")]
    if not want_pii and rng.random() < 0.25:
        extra = render(ctx, rng.choice([", {jar} via {team}", ", tagged {team}", ", cx in {city}",
                                        ". next: {jar}", ", {airline} aware", ", {telco} side ok"]))
        segs = segs + extra
    segs = merge(segs)
    # style
    style = rng.random()
    if style < 0.33:
        segs = [(t.lower(), l) for t, l in segs]
    elif style < 0.43:
        segs = add_caps(rng, segs)
    elif style < 0.46:
        segs = [(t.upper(), l) for t, l in segs]
    elif style < 0.75 and segs and segs[0][1] == "o":
        t = segs[0][0]
        segs[0] = (t[:1].upper() + t[1:], "o")
    if rng.random() < 0.3:
        segs = apply_typos(rng, segs, 0.35)
    if rng.random() < 0.15:
        segs = [(t.replace("'", ""), l) if l == "o" else (t, l) for t, l in segs]
    return merge(segs)


def blind_notes(listed: frozenset) -> list:
    listed = frozenset(fold(x).strip() for x in listed)
    rng = random.Random(SEED)
    pools = NamePools(listed)
    notes = []
    state = {"pii": 0, "nopii": 0}
    seen = set()
    while len(notes) < N_NOTES:
        want_pii = rng.random() >= 0.49
        for _ in range(30):
            segs = build_note(rng, pools, want_pii, state)
            txt = note_text(segs)
            wc = wordcount(segs)
            if 5 <= wc <= 45 and "\n" not in txt and txt not in seen:
                break
        else:
            continue
        # final listed-name guard
        if any(l == "name" and not name_ok(t, listed) for t, l in segs):
            continue
        seen.add(txt)
        notes.append(segs)
    return notes


# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------
def _self_check():
    sample_listed = frozenset(L(
        "john;mary;james;anna;kim;lee;park;ken;mai;lan;tan;lim;ng;david;maria;sarah;li;wang;"
        "chen;nguyen;tran;le;ana;sina;mele;moana;leilani;kai;koa;ren;rin;sakura;hana;yui;aoi;"
        "min;jun;ji;hong;long;nam;linh;budi;agus;dewi;sri;ayu;rina;ice;bank;golf;beer;nan;ball"))
    a = blind_notes(sample_listed)
    b = blind_notes(sample_listed)
    assert a == b, "not deterministic"
    counts = {l: 0 for l in LABELS}
    lower = 0
    nopii = 0
    for segs in a:
        txt = note_text(segs)
        assert "\n" not in txt and "\r" not in txt
        wc = len(txt.split())
        assert 5 <= wc <= 45, (wc, txt)
        for t, l in segs:
            assert l in LABELS, l
            assert t, "empty segment"
            if l == "name":
                assert name_ok(t, sample_listed), t
            if l != "o":
                assert t == t.strip(), repr(t)
            counts[l] += 1
        if txt == txt.lower():
            lower += 1
        if not any(l in PII for _, l in segs):
            nopii += 1
    n = len(a)
    print("notes:", n)
    print("segments per label:")
    for l in LABELS:
        print("  {:<9} {}".format(l, counts[l]))
    print("all-lower-case share: {:.1%}".format(lower / n))
    print("no-personal-data share: {:.1%}".format(nopii / n))


if __name__ == "__main__":
    _self_check()
