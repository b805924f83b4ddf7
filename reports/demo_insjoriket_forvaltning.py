"""insjoriket-delarsrapport-2018.txt, lines 25–129: the subsections before 1.4 (organisation
and styrning)."""

# (section, title, text, data block) in order
SUBSECTIONS: list[tuple[str, str, str, str]] = [
    (
        "organisation",
        "Inledning och samordningsförbundets ändamål",
        (
            "Lagen om Finansiell samordning handlar ytterst om att erövra ett annat "
            "synsätt på välfärdsarbetet. Ett synsätt som innebär att den enskilde "
            "individens behov, förmåga och delaktighet är grunden för vilken "
            "rehabilitering som sätts in och där medarbetarnas gemensamma kompetens "
            "utvecklas och står till förfogande tillsammans med myndigheternas "
            "samlade möjligheter. Samordningsförbundets arbete utgår därför från en "
            "vision om att en med gemensamma resurser tar ett gemensamt ansvar.\n"
            "\n"
            "Arbetet skall utgå från det lokala perspektivet, individens behov och "
            "medarbetarnas erfarenheter. De samverkande organisationernas behov är "
            "utgångspunkten för hur Samordningsförbundet väljer att organisera den "
            "verksamhet som stöds/finansieras av förbundet.\n"
            "\n"
            "Lagstiftningen ger möjlighet att samordna resurser samt att skapa "
            "förutsättningar att på ett aktivt och konstruktivt sätt möta "
            "medborgarens behov av samverkande insatser. Lagstiftningen ger de "
            "samverkande organisationerna mandat att ta *gemensamma* beslut om "
            "*gemensamma* målgrupper med *gemensamma* medel.\n"
            "\n"
            "Förbundets ändamål är att inom sitt geografiska område svara för en "
            "finansiell samordning inom rehabiliteringsområdet i syfte att underlätta"
            " och uppnå en effektiv resursanvändning enligt Lag (2003:1210) om "
            "finansiell samordning. Resurserna skall användas till insatser med syfte"
            " att den enskilde skall uppnå eller förbättra sin förmåga att utföra "
            "förvärvsarbete. Samordningsförbundet skall vara en arena för dialog vid "
            "individens övergång mellan myndigheterna samt försäkra att en "
            "säkerställd nivå av samverkan hela tiden upprätthålls."
        ),
        "",
    ),
    (
        "organisation",
        "Medlemmar",
        (
            "Samordningsförbundets medlemmar är:\n"
            "\n"
            "Försäkringskassan, Arbetsförmedlingen, Västra Götalandsregionen, "
            "Mölndals Stad, Partille-, Härryda, Lerum- och Alingsås kommuner."
        ),
        "",
    ),
    (
        "organisation",
        "Bidrag",
        (
            "Samordningsförbundet erhåller bidrag från medlemmarna i syfte att främja"
            " samverkan inom rehabiliteringsområdet mellan aktörerna. Bidraget för "
            "helåret 2018 är fastställt till 16 miljoner fördelat enligt tabell "
            "nedan. Kommunernas fördelning baseras på andel invånare per den 30 juni "
            "2017.\n"
            "\n"
            "I förbundets verksamhetsmål finns inga finansiella mål angivna. Detta "
            "beror på att förbundet inte har några avkastningskrav, vilket inte "
            "heller är lagstiftningens intention. Ett grundläggande finansiellt mål "
            "är dock att förbundet bedriver verksamhet inom fastslagna medel och med "
            "en god ekonomisk hushållning. För att Samordningsförbundet skall anses "
            "ha en god ekonomisk hushållning krävs att verksamheten bedrivs på ett "
            "sådant sätt att en effektiv resursanvändning uppnås. Rätt saker skall "
            "göras till bästa pris. Dessutom skall verksamheten hålla god kvalitet."
        ),
        "bidrag",
    ),
    (
        "organisation",
        "Förbundets organisation",
        (""),
        "",
    ),
    (
        "organisation",
        "Styrelsen",
        (
            "Samordningsförbundets beslutande organ är dess styrelse. Styrelsen "
            "består av fyra ledamöter och sju ersättare. Varje huvudman utser vardera"
            " en styrelseledamot och en ersättare, kommunerna representerar med "
            "varsin ersättare. Styrelsen har under perioden haft 3 sammanträden. "
            "Utöver det har delar av styrelsen medverkat på nationell konferens i "
            "Göteborg i april och jämställdhetskonferens i Karlstad i februari.\n"
            "\n"
            "Under styrelsens sammanträde i februari 2016 antogs en turordning och "
            "tidsintervall för styrelsen. Enligt beslutet så roteras ordförandeskapet"
            " och vice ordförandeskapet mellan tjänstemännen och politikerna, så att "
            "det alltid sitter en politiker och en tjänsteman i presidiet. Vidare "
            "innebär beslutet att alla parter har både en ordförandepost och "
            "viceordförandepost i presidiet under en fyraårsperiod."
        ),
        "styrelse",
    ),
    (
        "organisation",
        "Beredningsgrupp",
        (
            "Beredningsgruppens uppdrag är att utgöra ett stöd för förbundschefen, "
            "skapa förutsättningar för samverkan, återföra information från "
            "Samordningsförbundet till den egna organisationen, se till att de "
            "uppdrag som Samordningsförbundet beslutar om blir utförda och "
            "förankrade. Ytterligare uppdrag är att identifiera hinder och behov för "
            "samverkan och samarbete, föra en kontinuerlig dialog med handläggare i "
            "samverkan samt skapa förutsättningar för implementering i den egna "
            "organisationen. Beredningsgruppen har också som uppgift att ge "
            "inriktning för tjänstemännen inom förbundet när ärenden skall beredas "
            "inför styrelsen. Beredningsgruppen har inte fast utsedda ledamöter utan "
            "organiseras istället utifrån att ledamöter bjuds in utifrån intresse, "
            "kompetens och mandat rörande den specifika fråga som skall beredas. "
            "Denna organisering utvärderades under våren 2016 och beslutades att "
            "ligga fast då ledamöter på detta sätt engageras för frågor som ligger i "
            "linje med deras eget verksamhetsområde och där de har mandat att driva "
            "frågan."
        ),
        "",
    ),
    (
        "organisation",
        "Nätverk",
        (
            "I Västra Götaland finns ett regionalt nätverk för finansiell samordning."
            " Förbundschefen sitter med i arbetsutskottet för detta nätverk. "
            "Nätverkets främsta uppgift är att vara ett forum för dialog, "
            "erfarenhetsutbyte och gemensamt lärande, i syfte att föra utvecklingen "
            "av metoder och verksamheter framåt. Samtliga samordningsförbund i Västra"
            " Götaland ingår samt förbundet i Halland och södra Värmland."
        ),
        "",
    ),
    (
        "organisation",
        "NNS",
        (
            "NNS är samordningsförbundens medlemsorganisation. För närvarande är 71 "
            "samordningsförbund medlemmar. Utöver att vara språkrör är NNS roll att "
            "stödja samordningsförbunden i deras utvecklingsarbete, vara ett forum "
            "för dialog, erfarenhetsutbyte, kunskapsspridning och gemensamt lärande. "
            "Styrelsens ledamot Daniel Filipsson är representerad i NNS styrelse. "
            "Förbundets förbundschef har uppdrag av NNS att utbilda landets "
            "Samordningsförbund i JGL (Jämställdhet, Genus, Ledarskap)."
        ),
        "",
    ),
    (
        "organisation",
        "Mål och uppdrag",
        (
            "Styrelsen har i februari 2018 antagit en verksamhetsplan som sträcker "
            "sig över perioden 2018-2020.\n"
            "\n"
            "Uppdraget är att de ingående parternas samverkan skall stöttas och "
            "förbättras. Samverkan mellan myndigheter ställer stora krav på de "
            "inblandade parterna och Samordningsförbundet har genom lagstiftningen "
            "och strukturen en unik möjlighet att sektorsövergripande samordna "
            "insatser som syftar till att individer uppnår eller förbättrar sin "
            "förmåga till eget arbete.\n"
            "\n"
            "Verksamheterna skall ha realistiska mätbara mål som är kopplade till att"
            " mäta effekterna av den samordnade rehabiliteringen (förflyttning mot "
            "egen försörjning) snarare än att mäta hur många/hur fort/hur länge. "
            "Syftet är att öka möjligheterna till egen försörjning och en effektivare"
            " användning av gemensamma resurser. Verksamhetsmålen regleras i varje "
            "verksamhets styrdokument.\n"
            "\n"
            "Målen kan uppnås genom att samordningsförbundet formulerar mål och "
            "uppdrag som utgår från en helhetssyn på individens behov och på den "
            "samhällsnyttan. Via anslagna resurser från Samordningsförbundet kan "
            "verksamheter organiseras utifrån denna helhetssyn."
        ),
        "",
    ),
    (
        "organisation",
        "Målgrupp och finansierade verksamheter",
        (
            "Samordningsförbundet skall ge de samverkande myndigheterna ökad "
            "möjlighet till att samordna sina insatser utifrån ett helhetsperspektiv "
            "för kvinnor och män inom hela det geografiska området. *Utgångspunkten "
            "för insatsen är alltså inte den enskilda organisationens kostnader, "
            "eventuella vinster eller besparingar.* Målgruppen är kvinnor och män med"
            " behov av samordnade rehabiliteringsinsatser riktade mot arbete och egen"
            " försörjning. Verksamheterna ska rikta sig till kvinnor och män som är i"
            " behov av samordnade rehabiliteringsinsatser och syfta till att uppnå "
            "eller förbättra förmågan till egen försörjning. Insatserna ska sträva "
            "efter en effektiv användning av medlemmarnas gemensamma resurser."
        ),
        "",
    ),
    (
        "organisation",
        "Verksamhetsmål",
        (
            "Det övergripande verksamhetsmålet för Samordningsförbundet är att de "
            "insatser som är finansierade av förbundet bör leda till arbete, praktik "
            "eller utbildning för deltagarna. Mål som mäts är att den offentliga "
            "försörjningen minskar samt att sysselsättningsgraden ökar. I vilken mån "
            "försörjningen ändras och sysselsättningen ökar relateras till "
            "målgruppens problematik. Målet är vidare att behovet av sjukvård skall "
            "minska och hälsan förbättras. Kontinuerligt utifrån vad resultatet visar"
            " har styrelsen möjlighet att vidta beslut avseende justeringar i "
            "arbetssättet. Styrelsen erhåller rapportering avseende verksamheterna "
            "vid varje sammanträde."
        ),
        "",
    ),
    (
        "styrning",
        "Intern styrning och kontroll",
        (
            "För att säkerställa att beslutade mål uppnås finns dokument avseende "
            "intern styrning och kontroll. Målen innefattar verksamheternas "
            "ändamålsenlighet och effektivitet, tillförlitlig finansiell "
            "rapportering, styrelsens egna mål samt efterlevnad av lag (2003:1210) "
            "tillsammans med samordningsförbundets egna föreskrifter och riktlinjer. "
            "Dokumentet skall ses som ett hjälpmedel och inte ett mål eller rutin i "
            "sig självt, riktlinjerna i dokumentet förväntas över tid integreras i "
            "verksamheternas ordinarie processer. I diskussionen avseende intern "
            "styrning och kontroll kan även vägas in moral och etik avseende "
            "hanteringen av Samordningsförbundets medel."
        ),
        "",
    ),
    (
        "styrning",
        "Jämställdhetsintegrering",
        (
            "Jämställdhet handlar om att kvinnor och män ska ha samma möjlighet att "
            "forma samhället och sina egna liv. Området omfattar bland annat frågor "
            "som makt, inflytande, ekonomi, hälsa, utbildning, arbete och fysisk "
            "integritet. Samtliga frågor är viktiga livsområden som påverkar den "
            "enskildes förutsättningar till egen försörjning.\n"
            "\n"
            "För att säkerställa att kvinnor och män erbjuds likvärdiga "
            "förutsättningar oavsett kön arbetar förbundet aktivt med "
            "jämställdhetsintegrering. Det övergripande målet är att allt arbete ska "
            "genomsyras av ett arbets- och förhållningssätt som möjliggör att "
            "jämställdhetsfrågorna lyfts fram och kommer i fokus vid alla "
            "diskussioner om verksamheternas utveckling.\n"
            "\n"
            "Jämställdhet är en kunskapsfråga. Förbundets ambition är att samtlig "
            "personal kopplade till förbundets verksamheter har en grundläggande "
            "kunskap i jämställdhet. Kunskapen förväntas leda till att beslut tas "
            "utifrån ett jämställdhetsperspektiv och att resurser fördelas mer "
            "jämställt.\n"
            "\n"
            "För att stärka arbetet med jämställdhetsintegreringen hos förbundet "
            "tillsammans med samordningsförbunden Göteborg Centrum och Göteborg "
            "Väster en styrgrupp. Förbundets representant är Soraya Zarza Lundberg "
            "tillsammans med förbundschefen.\n"
            "\n"
            "Förbundschefen har under ett nationellt uppdrag av NNS att utbilda "
            "samordningsförbundet i JGL[^Jämställdhet Genus Ledarskap]."
        ),
        "",
    ),
    (
        "styrning",
        "Genuskompassen",
        (
            "Genuskompassen är ett praktiskt verktyg som ska vara ett stöd för att "
            "arbeta jämställt med kvinnor och män i behov av arbetslivsinriktad "
            "rehabilitering. Kompassen är framtagen av en arbetsgrupp bestående av "
            "medarbetare från förbundet tillsammans med medarbetare från "
            "samordningsförbunden Göteborg Väster och Göteborg Centrum. Framtagandet "
            "av verktyget är ytterligare en utveckling i jämställdhetsarbetet i dessa"
            " tre förbund.\n"
            "\n"
            "Kompassens utgångspunkt är regeringens jämställdhetspolitiska mål att "
            "kvinnor och män ska ha samma makt att forma samhället och sina egna liv."
            "\n"
            "\n"
            "Kompassen lanserades i Almedalen 2017, där gensvaret blev enormt "
            "positivt. Det välbesökta seminariet ledde till ett flertal förfrågningar"
            " från aktörer runt om i landet, och det har antagits en strategi för att"
            " kunna bemöta det växande intresset. Lokalt fortgår spridningen genom "
            "kunskapsdialoger både i Göteborg och i kranskommunerna. Delar av "
            "arbetsgruppen fortsätter att besöka förbund i landet för att introducera"
            " verktyget i ytterligare forum. En diskussion med styrgruppen för "
            "jämställdhet sker huruvida verktygets tillgänglighet kan förbättras "
            "ytterligare, så att modellen sprids och används av medarbetare hos alla "
            "våra medlemsparter i fortsättningen."
        ),
        "",
    ),
    (
        "styrning",
        "Hbtqcertifiering",
        (
            "Förbundets insats Balder har tillsammans med samordningsförbundet "
            "Göteborg Väster genomgått en utbildning i hbtq-kunskap och bemötande "
            "under 2016/2017. I samband med att certifieringen blev klar våren 2017 "
            "gjordes en handlingsplan där det beskrivs hur arbetet med denna fråga "
            "ska kunna spridas under en treårs period till förbundet i övrigt samt "
            "till våra parter. Detta har mynnat ut i planering av workshops, kommande"
            " kunskapsdialoger för spridning av arbetet till våra parter, genomgång "
            "av styrdokument, hemsida och arbetsmaterial såsom avslutsdokument, "
            "remisser och kartläggningmaterial. Under våren 2018 har en workshop ägt "
            "rum där syftet varit att sprida kunskapen inom våra två förbund och "
            'svarar upp till ett av målen i handlingsplanen "Personalen i '
            "verksamheterna har kunskap om hbtq och upplever att de kan ge anställda,"
            ' deltagare och deltagares anhöriga ett hbtq kompetent bemötande". Ett '
            "par medarbetare från förbundet deltog i årets Pride parad."
        ),
        "",
    ),
]
