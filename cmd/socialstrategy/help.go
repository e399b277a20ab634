package main

import "github.com/socialstrategy/socialstrategy/strategy"

// helpTexts is what --help says about each command in bokmål and nynorsk,
// by the command's path without the root. The English is in each
// command's own file; localizeHelp uses these when the command line
// speaks Norwegian.
var helpTexts = map[string]help{
	"": {
		Short: strategy.Text{Nb: "Intervju deg selv fram til en strategi for sosiale medier", Nn: "Intervju deg sjølv fram til ein strategi for sosiale medium"},
		Long: strategy.Text{
			Nb: "socialstrategy spør hvordan virksomheten deres skal bruke sosiale medier – hvilke kanaler, til hva,\n" +
				"hvem som uttaler seg på vegne av dere, og hvordan dere svarer på ros, kritikk og uventede hendelser –\n" +
				"og skriver svarene som et oversiktlig strategidokument dere kan skrive ut. Å velge bort sosiale medier\n" +
				"er også en strategi.",
			Nn: "socialstrategy spør korleis verksemda dykkar skal bruke sosiale medium – kva kanalar, til kva,\n" +
				"kven som uttaler seg på vegner av dykk, og korleis de svarar på ros, kritikk og uventa hendingar –\n" +
				"og skriv svara som eit oversiktleg strategidokument de kan skrive ut. Å velje bort sosiale medium\n" +
				"er også ein strategi.",
		},
	},
	"new": {
		Short: strategy.Text{Nb: "Start et nytt intervju", Nn: "Start eit nytt intervju"},
		Long: strategy.Text{
			Nb: "new starter intervjuet fra begynnelsen. Svarene lagres etter hvert steg (--answers), og dokumentet\n" +
				"skrives til slutt (-o). En svarfil som finnes fra før, blir aldri overskrevet.",
			Nn: "new startar intervjuet frå byrjinga. Svara blir lagra etter kvart steg (--answers), og dokumentet\n" +
				"blir skrive til slutt (-o). Ei svarfil som finst frå før, blir aldri skriven over.",
		},
	},
	"edit": {
		Short: strategy.Text{Nb: "Åpne en lagret plan i intervjuet igjen", Nn: "Opne ein lagra plan i intervjuet igjen"},
		Long: strategy.Text{
			Nb: "edit åpner en svarfil igjen med alle svarene fylt ut, der dere slapp, og lagrer tilbake til den.",
			Nn: "edit opnar ei svarfil igjen med alle svara fylte ut, der de slapp, og lagrar tilbake til ho.",
		},
	},
	"render": {
		Short: strategy.Text{Nb: "Skriv strategidokumentet for en svarfil", Nn: "Skriv strategidokumentet for ei svarfil"},
		Long: strategy.Text{
			Nb: "render leser en svarfil (- for standard inn) og skriver strategien som Markdown, som en nettside\n" +
				"som skrives ut på A4 (html) eller som et Word-dokument (docx), til standard ut eller, med -o, til en\n" +
				"fil som skrives i ett jafs og står urørt hvis noe går galt.",
			Nn: "render les ei svarfil (- for standard inn) og skriv strategien som Markdown, som ei nettside som\n" +
				"blir skriven ut på A4 (html) eller som eit Word-dokument (docx), til standard ut eller, med -o, til\n" +
				"ei fil som blir skriven i eitt jafs og står urørt dersom noko går gale.",
		},
	},
	"validate": {
		Short: strategy.Text{Nb: "Kontroller svarfiler uten å lage dokumentet", Nn: "Kontroller svarfiler utan å lage dokumentet"},
		Long: strategy.Text{
			Nb: "validate kontrollerer hver svarfil og melder hvert problem med fil, linje, kolonne og felt.\n" +
				"Den avslutter med 1 hvis en fil er ugyldig.",
			Nn: "validate kontrollerer kvar svarfil og melder kvart problem med fil, linje, kolonne og felt.\n" +
				"Han avsluttar med 1 dersom ei fil er ugyldig.",
		},
	},
	"example": {
		Short: strategy.Text{Nb: "Skriv ut en fullstendig eksempelfil å begynne med", Nn: "Skriv ut ei fullstendig eksempelfil å byrje med"},
	},
	"template": {
		Short: strategy.Text{Nb: "Vis eller skriv ut de innebygde dokumentmalene", Nn: "Vis eller skriv ut dei innebygde dokumentmalane"},
		Long: strategy.Text{
			Nb: "De innebygde malene er text/template-filer, én per språk. Skriv ut en for å lage deres egen,\n" +
				"og lag dokumentet med den: socialstrategy render plan.yaml --template min.md.tmpl",
			Nn: "Dei innebygde malane er text/template-filer, éi per språk. Skriv ut éi for å lage dykkar eiga,\n" +
				"og lag dokumentet med ho: socialstrategy render plan.yaml --template min.md.tmpl",
		},
	},
	"template list": {Short: strategy.Text{Nb: "Vis de innebygde malene", Nn: "Vis dei innebygde malane"}},
	"template show": {Short: strategy.Text{Nb: "Skriv ut en innebygd mal", Nn: "Skriv ut ein innebygd mal"}},
	"check": {
		Short: strategy.Text{Nb: "Gå gjennom svarfiler slik en kommunikasjonsrådgiver ville gjort", Nn: "Gå gjennom svarfiler slik ein kommunikasjonsrådgivar ville gjort"},
		Long: strategy.Text{
			Nb: "check leser svarfiler (- for standard inn) og går gjennom hver av dem som en erfaren\n" +
				"kommunikasjonsrådgiver: hver merknad har en alvorlighetsgrad (mangel, svakt, tips), feltet den\n" +
				"gjelder, hva som er galt i én setning og et konkret forslag, på planens språk.\n\n" +
				"Med flere filer skriver den én oversiktstabell; legg til -v for merknadene i hver fil.\n" +
				"Den avslutter med 0 uansett hvor mange merknader det er; med --strict avslutter den med 1 så\n" +
				"lenge det er mangler igjen, for lærere og CI. --format json er for verktøy.",
			Nn: "check les svarfiler (- for standard inn) og går gjennom kvar av dei som ein røynd\n" +
				"kommunikasjonsrådgivar: kvar merknad har ei alvorsgrad (mangel, svakt, tips), feltet han\n" +
				"gjeld, kva som er gale i éi setning og eit konkret forslag, på språket til planen.\n\n" +
				"Med fleire filer skriv han éin oversiktstabell; legg til -v for merknadene i kvar fil.\n" +
				"Han avsluttar med 0 same kor mange merknader det er; med --strict avsluttar han med 1 så\n" +
				"lenge det står att manglar, for lærarar og CI. --format json er for verktøy.",
		},
	},
	"serve": {
		Short: strategy.Text{Nb: "Hold en workshop: tilby intervjuet over SSH til et rom", Nn: "Hald ein workshop: tilby intervjuet over SSH til eit rom"},
		Long: strategy.Text{
			Nb: "serve lar alle i et rom ta intervjuet over SSH uten å installere noe: hver deltaker skriver\n" +
				"ssh -p 2222 NAVN@VERT og får sin egen veiviser; svarene ligger i datamappen, én plan per navn,\n" +
				"og den som kobler til igjen, fortsetter der hen slapp. `ssh NAVN@VERT markdown > strategi.md`\n" +
				"gir dem dokumentet.\n\n" +
				"Uten --code eller --authorized-keys kan bare denne datamaskinen koble til (loopback). For å\n" +
				"slippe rommet inn, gi en workshopkode alle skriver, eller en authorized_keys-fil. Stopp med\n" +
				"ctrl+c: hver økt lagres først.",
			Nn: "serve lèt alle i eit rom ta intervjuet over SSH utan å installere noko: kvar deltakar skriv\n" +
				"ssh -p 2222 NAMN@VERT og får sin eigen vegvisar; svara ligg i datamappa, éin plan per namn,\n" +
				"og den som koplar til igjen, held fram der hen slapp. `ssh NAMN@VERT markdown > strategi.md`\n" +
				"gir dei dokumentet.\n\n" +
				"Utan --code eller --authorized-keys kan berre denne datamaskina kople til (loopback). For å\n" +
				"sleppe rommet inn, gi ein workshopkode alle skriv, eller ei authorized_keys-fil. Stopp med\n" +
				"ctrl+c: kvar økt blir lagra først.",
		},
	},
	"workshop": {
		Short: strategy.Text{Nb: "Se og samle inn planene fra en workshop", Nn: "Sjå og samle inn planane frå ein workshop"},
		Long: strategy.Text{
			Nb: "workshop leser datamappen til `socialstrategy serve`, også mens den kjører.",
			Nn: "workshop les datamappa til `socialstrategy serve`, også medan han køyrer.",
		},
	},
	"workshop status": {Short: strategy.Text{Nb: "Vis hvem som er hvor: steg, avklarte punkter, mangler", Nn: "Vis kven som er kvar: steg, avklarte punkt, manglar"}},
	"workshop collect": {Short: strategy.Text{
		Nb: "Skriv dokumentet til hver deltaker, med en oversikt som lenker til dem",
		Nn: "Skriv dokumentet til kvar deltakar, med ei oversikt som lenkjer til dei",
	}},
	"upgrade": {
		Short: strategy.Text{Nb: "Skriv om eldre svarfiler til det gjeldende formatet", Nn: "Skriv om eldre svarfiler til det gjeldande formatet"},
		Long: strategy.Text{
			Nb: "upgrade skriver om hver svarfil i en eldre formatversjon til den gjeldende versjonen, på stedet og\n" +
				"i ett jafs, og viser hva som ble endret. En fil som allerede har den gjeldende versjonen, står urørt.\n" +
				"Alle kommandoene leser fortsatt eldre filer; oppgraderingen gjør bare kommentarene og versjonen i\n" +
				"filen oppdatert, og dokumentet blir det samme. Den avslutter med 1 hvis en fil ikke kunne leses, er\n" +
				"ugyldig eller ikke kunne skrives; de andre blir likevel oppgradert.",
			Nn: "upgrade skriv om kvar svarfil i ein eldre formatversjon til den gjeldande versjonen, på staden og\n" +
				"i eitt jafs, og viser kva som vart endra. Ei fil som alt har den gjeldande versjonen, står urørt.\n" +
				"Alle kommandoane les framleis eldre filer; oppgraderinga gjer berre kommentarane og versjonen i\n" +
				"fila oppdaterte, og dokumentet blir det same. Han avsluttar med 1 dersom ei fil ikkje kunne lesast,\n" +
				"er ugyldig eller ikkje kunne skrivast; dei andre blir oppgraderte likevel.",
		},
	},
	"help":       {Short: strategy.Text{Nb: "Hjelp om en kommando", Nn: "Hjelp om ein kommando"}},
	"completion": {Short: strategy.Text{Nb: "Lag skriptet for autofullføring i skallet", Nn: "Lag skriptet for autofullføring i skalet"}},
}

// flagTexts is what --help says about each flag in bokmål and nynorsk:
// "--name" for a flag that means the same everywhere, "command --name" for
// one that differs between commands.
var flagTexts = map[string]strategy.Text{
	"--help":    {Nb: "hjelp for kommandoen", Nn: "hjelp for kommandoen"},
	"--version": {Nb: "versjonen av socialstrategy", Nn: "versjonen av socialstrategy"},
	"--answers": {Nb: "hvor svarene lagres etter hvert steg", Nn: "kvar svara blir lagra etter kvart steg"},
	"--accessible": {Nb: "enkle spørsmål uten omtegning, for skjermlesere og svar fra en pipe (også ACCESSIBLE=1)",
		Nn: "enkle spørsmål utan omteikning, for skjermlesarar og svar frå ei pipe (også ACCESSIBLE=1)"},
	"--theme":     {Nb: "fargetema for skjemaene", Nn: "fargetema for skjemaa"},
	"--no-editor": {Nb: "slå av ctrl+e, som åpner lange svar i $EDITOR", Nn: "slå av ctrl+e, som opnar lange svar i $EDITOR"},
	"--output": {Nb: "hvor det ferdige dokumentet skrives; .html gir en nettside som kan skrives ut, .docx en Word-fil",
		Nn: "kvar det ferdige dokumentet blir skrive; .html gir ei nettside som kan skrivast ut, .docx ei Word-fil"},
	"--lang": {Nb: "språket i intervjuet og dokumentet: en, nb eller nn (standard: fra LANG)",
		Nn: "språket i intervjuet og dokumentet: en, nb eller nn (standard: frå LANG)"},
	"render --lang": {Nb: "språket i dokumentet denne gangen: en, nb eller nn (standard: filens)",
		Nn: "språket i dokumentet denne gongen: en, nb eller nn (standard: språket i fila)"},
	"render --output":   {Nb: "skriv dokumentet til denne filen i stedet for til standard ut", Nn: "skriv dokumentet til denne fila i staden for til standard ut"},
	"render --format":   {Nb: "md, html (en nettside som skrives ut på A4) eller docx (Word); standard: endelsen til -o, ellers md", Nn: "md, html (ei nettside som blir skriven ut på A4) eller docx (Word); standard: endinga til -o, elles md"},
	"render --template": {Nb: "lag dokumentet med deres egen text/template-fil (se `template show`)", Nn: "lag dokumentet med dykkar eiga text/template-fil (sjå `template show`)"},
	"render --with-checklist": {Nb: "avslutt dokumentet med punktene som ikke er avklart ennå",
		Nn: "avslutt dokumentet med punkta som ikkje er avklarte enno"},
	"example --lang":   {Nb: "språket i eksempelet: en, nb eller nn", Nn: "språket i eksempelet: en, nb eller nn"},
	"example --output": {Nb: "skriv eksempelet til denne filen i stedet for til standard ut", Nn: "skriv eksempelet til denne fila i staden for til standard ut"},
	"check --require":  {Nb: "valgfrie deler læreren krever, skilt med komma: objectives, content, team, governance, moderation, incident, reporting, instead, document; hver som ikke er besvart, er en mangel", Nn: "valfrie delar læraren krev, skilde med komma: objectives, content, team, governance, moderation, incident, reporting, instead, document; kvar som ikkje er svara på, er ein mangel"},
	"check --strict":   {Nb: "avslutt med 1 så lenge det er mangler igjen (for lærere og CI)", Nn: "avslutt med 1 så lenge det står att manglar (for lærarar og CI)"},
	"check --verbose": {Nb: "med flere filer: skriv hver merknad etter oversikten",
		Nn: "med fleire filer: skriv kvar merknad etter oversikta"},
	"check --as-of": {Nb: "les planene slik de var denne dagen, ÅÅÅÅ-MM-DD: frister før datoen regnes som passert (standard: i dag)",
		Nn: "les planane slik dei var denne dagen, ÅÅÅÅ-MM-DD: fristar før datoen blir rekna som passerte (standard: i dag)"},
	"render --force": {Nb: "erstatt filen til -o også om den er endret for hånd eller ikke skrevet av socialstrategy (den blir tatt vare på som NAVN.edited.EXT)",
		Nn: "byt ut fila til -o også om ho er endra for hand eller ikkje skriven av socialstrategy (ho blir teken vare på som NAMN.edited.EXT)"},
	"check --format": {Nb: "utdataformat: text eller json", Nn: "utdataformat: text eller json"},
	"check --lang": {Nb: "språket i merknadene: en, nb eller nn (standard: språket i hver plan)",
		Nn: "språket i merknadene: en, nb eller nn (standard: språket i kvar plan)"},
	"workshop status --data":    {Nb: "datamappen til workshopen", Nn: "datamappa til workshopen"},
	"workshop collect --data":   {Nb: "datamappen til workshopen", Nn: "datamappa til workshopen"},
	"workshop collect --output": {Nb: "mappen dokumentene og index.md skrives til", Nn: "mappa dokumenta og index.md blir skrivne til"},
	"workshop collect --format": {Nb: "md, html (nettsider og en index.html) eller docx (Word-filer og en index.html)",
		Nn: "md, html (nettsider og ein index.html) eller docx (Word-filer og ein index.html)"},
	"serve --data": {Nb: "mappe for planene til deltakerne og vertsnøkkelen", Nn: "mappe for planane til deltakarane og vertsnøkkelen"},
	"serve --listen": {Nb: "adressen det lyttes på; annet enn loopback krever --code eller --authorized-keys",
		Nn: "adressa det blir lytta på; anna enn loopback krev --code eller --authorized-keys"},
	"serve --code": {Nb: "workshopkoden deltakerne skriver for å komme inn (minst 6 tegn)",
		Nn: "workshopkoden deltakarane skriv for å kome inn (minst 6 teikn)"},
	"serve --authorized-keys": {Nb: "authorized_keys-fil med nøklene til deltakerne; et navn hører til den første nøkkelen som bruker det",
		Nn: "authorized_keys-fil med nøklane til deltakarane; eit namn høyrer til den første nøkkelen som brukar det"},
	"serve --max-sessions": {Nb: "flest økter åpne samtidig; den neste får beskjed om at workshopen er full",
		Nn: "flest økter opne samtidig; den neste får beskjed om at workshopen er full"},
	"serve --idle-timeout": {Nb: "avslutt en økt etter så lang tid uten inndata (svarene lagres)",
		Nn: "avslutt ei økt etter så lang tid utan inndata (svara blir lagra)"},
	"serve --log-format": {Nb: "loggen som tekst (nøkkel=verdi) eller json, på standard feil",
		Nn: "loggen som tekst (nøkkel=verdi) eller json, på standard feil"},
	"serve --max-window": {Nb: "største terminal en økt tegnes i, KOLONNERxRADER; større blir klemt ned",
		Nn: "største terminal ei økt blir teikna i, KOLONNARxRADER; større blir klemde ned"},
	"serve --input-rate": {Nb: "byte i sekundet én økt kan skrive, etter et støt på 8 KiB (liming)",
		Nn: "byte i sekundet éi økt kan skrive, etter eit støyt på 8 KiB (liming)"},
	"serve --max-handshakes": {Nb: "tilkoblinger som logger inn samtidig; når alle er tatt, lukkes den som har ventet lengst",
		Nn: "tilkoplingar som loggar inn samtidig; når alle er tekne, blir den som har venta lengst, lukka"},
	"serve --handshakes-per-address": {Nb: "tilkoblinger som logger inn samtidig fra én IP-adresse",
		Nn: "tilkoplingar som loggar inn samtidig frå éi IP-adresse"},
	"serve --login-failures": {Nb: "feil koder én IP-adresse kan gi i minuttet før innloggingene avvises",
		Nn: "feil kodar éi IP-adresse kan gi i minuttet før innloggingane blir avviste"},
	"serve --new-names": {Nb: "nye deltakere én IP-adresse kan lage i minuttet", Nn: "nye deltakarar éi IP-adresse kan lage i minuttet"},
	"serve --fps":       {Nb: "bilder i sekundet i hver økt", Nn: "bilete i sekundet i kvar økt"},
	"serve --metrics": {Nb: "vis belastningstall som JSON på denne loopback-adressen, for cmd/sshload",
		Nn: "vis belastningstal som JSON på denne loopback-adressa, for cmd/sshload"},
}
