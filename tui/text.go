package tui

import "github.com/socialstrategy/socialstrategy/strategy"

// t is every phrase the wizard shows, in English, bokmål and nynorsk side by side.
// TestTextComplete fails when a phrase lacks one of its languages.
type t = strategy.Text

var text = struct {
	AppName, Saved, SaveFailed, StepOf, Unsaved, PageOnLeave t

	StepWelcome, StepOrganisation, StepPresence, StepChannels, StepChannelPlans,
	StepVoice, StepResponses, StepListening, StepReview t

	WelcomeTitle, WelcomeBody, WelcomeKeys, WelcomeKeysPlain t

	PresenceYes, PresenceNo t

	CustomChannels, CustomChannelsHelp, ChannelsRequired t

	ChannelWhat, ChannelHow, MeasuresSuggest t

	ResponsesTitle                                 t
	DefPraise, DefPraiseTime, DefCrit, DefCritTime t

	IncidentTitle, IncidentHelp                           t
	DefHolding, DefInterval, DefFirstSteps, DefAfterwards t

	ListeningTitle, DefFrequency, DefReview t

	GoToStep, Adviser, ReviewAllDecided, ReviewOpen, ReviewRendering, ReviewFinish t
	ReviewFormats, ReviewFormatsDetail                                             t

	SemicolonHint, QuitConfirm, QuitConfirmFirst, QuitYes, QuitNotSaved, TooSmall t
	DocEdited, DocForeign, DocAsk, DocAskKeys, DocKept                            t
	AtLimit, PasteCut, EditorCut                                                  t

	AsidePresence, AsideChannels, AsideVoice, AsideResponses, AsideListening, AsideReason, AsideUnticked, Restored, And t

	LinesKeys, MeasuresPick, MeasuresOther, NoEditor, EditorFailed, KeptAside t

	NotUTF8, TooLong, TryAgain, PlainChoice, PlainChoices, OverLimit, NotAnOption, RefusedAt t

	KeyNext, KeyBack, KeyQuit, KeySwitch, KeyJump, KeyFinish, KeyLang, KeyNewline, KeyEditor, KeyFormats t
	// KeyEmptyLine is the key in a list typed line by line that goes on.
	KeyEmptyLine t
}{
	AppName:     t{En: "Social media strategy", Nb: "Strategi for sosiale medier", Nn: "Strategi for sosiale medium"},
	Saved:       t{En: "saved to", Nb: "lagret i", Nn: "lagra i"},
	SaveFailed:  t{En: "could not save", Nb: "kunne ikke lagre", Nn: "kunne ikkje lagre"},
	StepOf:      t{En: "Step %d of %d", Nb: "Steg %d av %d", Nn: "Steg %d av %d"},
	Unsaved:     t{En: "not saved yet", Nb: "ikke lagret ennå", Nn: "ikkje lagra enno"},
	PageOnLeave: t{En: "this page is saved when you go on", Nb: "denne siden lagres når dere går videre", Nn: "denne sida blir lagra når de går vidare"},

	StepWelcome:      t{En: "Welcome", Nb: "Velkommen", Nn: "Velkomen"},
	StepOrganisation: t{En: "Organisation", Nb: "Virksomheten", Nn: "Verksemda"},
	StepPresence:     t{En: "Presence", Nb: "Til stede?", Nn: "Til stades?"},
	StepChannels:     t{En: "Channels", Nb: "Kanaler", Nn: "Kanalar"},
	StepChannelPlans: t{En: "Channel plans", Nb: "Plan per kanal", Nn: "Plan per kanal"},
	StepVoice:        t{En: "Voice", Nb: "Tone og talspersoner", Nn: "Tone og talspersonar"},
	StepResponses:    t{En: "Responses", Nb: "Dialog og kriser", Nn: "Dialog og kriser"},
	StepListening:    t{En: "Listening and review", Nb: "Lytting og evaluering", Nn: "Lytting og evaluering"},
	StepReview:       t{En: "Review", Nb: "Gjennomgang", Nn: "Gjennomgang"},

	WelcomeTitle: t{En: "Let's write your social media strategy", Nb: "La oss skrive strategien deres for sosiale medier", Nn: "La oss skrive strategien dykkar for sosiale medium"},
	WelcomeBody: t{
		En: "A few questions about your organisation: which channels the people you want to reach use, what you use each for, " +
			"who speaks for you, and how you answer praise, criticism and incidents. It takes about 10 minutes. " +
			"Deciding not to be on social media is a fine answer too.",
		Nb: "Dere får noen spørsmål om virksomheten: hvilke kanaler målgruppene deres bruker, hva dere bruker hver kanal til, " +
			"hvem som uttaler seg på vegne av dere, og hvordan dere svarer på ros, kritikk og uventede hendelser. " +
			"Det tar rundt ti minutter. Å velge bort sosiale medier kan også være et godt svar.",
		Nn: "De får nokre spørsmål om verksemda: kva kanalar målgruppene dykkar brukar, kva de brukar kvar kanal til, kven som uttaler seg på vegner av dykk, og korleis de svarar på ros, kritikk og uventa hendingar. Det tek rundt ti minutt. Å velje bort sosiale medium kan også vere eit godt svar.",
	},
	WelcomeKeys: t{
		En: "Enter goes on, esc goes back, ctrl+c quits. Your answers are saved after every step.",
		Nb: "Trykk Enter for å gå videre, esc for å gå tilbake og ctrl+c for å avslutte. Svarene lagres etter hvert steg.",
		Nn: "Trykk Enter for å gå vidare, esc for å gå tilbake og ctrl+c for å avslutte. Svara blir lagra etter kvart steg.",
	},
	WelcomeKeysPlain: t{
		En: "Type an answer and press Enter; an empty line keeps the answer shown in brackets, a line with only - clears it. Your answers are saved after every step.",
		Nb: "Skriv et svar og trykk Enter. Trykker dere bare Enter, beholdes svaret som står i hakeparentes; en linje med bare - tømmer det. Svarene lagres etter hvert steg.",
		Nn: "Skriv eit svar og trykk Enter. Trykkjer de berre Enter, står svaret i hakeparentesen ved lag; ei linje med berre - tømer det. Svara blir lagra etter kvart steg.",
	},

	PresenceYes: t{En: "Yes: we will be there", Nb: "Ja: vi skal være til stede", Nn: "Ja: vi skal vere til stades"},
	PresenceNo:  t{En: "No: we decide not to be on social media", Nb: "Nei: vi velger bort sosiale medier", Nn: "Nei: vi vel bort sosiale medium"},

	CustomChannels:     t{En: "Any other channels?", Nb: "Andre kanaler?", Nn: "Andre kanalar?"},
	CustomChannelsHelp: t{En: "Names separated by commas, e.g. Newsletter, Discord", Nb: "Navn skilt med komma, f.eks. Nyhetsbrev, Discord", Nn: "Namn skilde med komma, til dømes Nyheitsbrev, Discord"},
	ChannelsRequired:   t{En: "Choose at least one channel above or name one here, or go back and answer No to presence", Nb: "Velg eller skriv inn minst én kanal – eller gå tilbake og svar nei", Nn: "Vel eller skriv inn minst éin kanal – eller gå tilbake og svar nei"},

	ChannelWhat:     t{En: "what for", Nb: "formål og mål", Nn: "føremål og mål"},
	ChannelHow:      t{En: "how", Nb: "gjennomføring", Nn: "gjennomføring"},
	MeasuresSuggest: t{En: "Fits your purposes: %s", Nb: "Forslag som passer til formålene: %s", Nn: "Forslag som passar til føremåla: %s"},

	ResponsesTitle: t{En: "Praise and criticism", Nb: "Ros og kritikk", Nn: "Ros og kritikk"},
	DefPraise:      t{En: "Thank within a day; share the best with permission", Nb: "Takk innen et døgn; del de beste når vi har fått lov", Nn: "Takk innan eit døgn; del dei beste når vi har fått lov"},
	DefPraiseTime:  t{En: "24 hours", Nb: "24 timer", Nn: "24 timar"},
	DefCrit:        t{En: "Acknowledge publicly, take details to private messages", Nb: "Bekreft åpent at vi har sett det; ta detaljene privat", Nn: "Stadfest ope at vi har sett det; ta detaljane privat"},
	DefCritTime:    t{En: "4 hours", Nb: "4 timer", Nn: "4 timar"},

	IncidentTitle: t{En: "When something unexpected happens", Nb: "Når noe uventet skjer", Nn: "Når noko uventa skjer"},
	IncidentHelp:  t{En: "Know beforehand how, what to say, and how people are kept updated", Nb: "Bestem på forhånd hvem som leder, hva dere sier, og hvordan dere oppdaterer", Nn: "Bestem på førehand kven som leier, kva de seier, og korleis de oppdaterer"},
	DefHolding: t{
		En: "We know something has gone wrong and are working on it. If you are affected, we will tell you what it means for you and what to do as soon as we know more. Updates come here, the next within two hours.",
		Nb: "Vi vet at noe har gått galt, og vi jobber med saken. Er du berørt, forteller vi så snart vi vet mer hva det betyr for deg, og hva du bør gjøre. Vi oppdaterer her, og neste oppdatering kommer innen to timer.",
		Nn: "Vi veit at noko har gått gale, og vi arbeider med saka. Er du råka, fortel vi så snart vi veit meir kva det tyder for deg, og kva du bør gjere. Vi oppdaterer her, og neste oppdatering kjem innan to timar.",
	},
	DefInterval: t{
		En: "every 2 hours",
		Nb: "annenhver time",
		Nn: "annakvar time",
	},
	// DefFirstSteps is offered one step a line; pausing scheduled posts
	// comes first (DSB, veileder i krisekommunikasjon).
	DefFirstSteps: t{
		En: "Pause scheduled posts\nCall the person who leads, then their deputy\nAgree what we know, what we do not know yet, and who is affected",
		Nb: "Stans planlagte innlegg\nRing den som leder, deretter stedfortrederen\nBli enige om hva vi vet, hva vi ikke vet ennå, og hvem som er berørt",
		Nn: "Stans planlagde innlegg\nRing den som leier, deretter stadfortredaren\nBli samde om kva vi veit, kva vi ikkje veit enno, og kven som er råka",
	},
	DefAfterwards: t{
		En: "Within a week, review what happened, what we said and what we change",
		Nb: "Innen en uke går vi gjennom hva som skjedde, hva vi sa, og hva vi endrer",
		Nn: "Innan ei veke går vi gjennom kva som skjedde, kva vi sa, og kva vi endrar",
	},

	ListeningTitle: t{En: "Listening and review", Nb: "Lytting og evaluering", Nn: "Lytting og evaluering"},
	DefFrequency:   t{En: "daily", Nb: "daglig", Nn: "dagleg"},
	DefReview:      t{En: "quarterly", Nb: "hvert kvartal", Nn: "kvart kvartal"},

	Adviser:          t{En: "Adviser (%d)", Nb: "Rådgiveren (%d)", Nn: "Rådgivaren (%d)"},
	GoToStep:         t{En: "Change an earlier step", Nb: "Endre et tidligere steg", Nn: "Endre eit tidlegare steg"},
	ReviewAllDecided: t{En: "Everything is decided.", Nb: "Alt er avklart.", Nn: "Alt er avklart."},
	ReviewOpen:       t{En: "%d of %d points still to be decided:", Nb: "%d av %d punkter er ikke avklart ennå:", Nn: "%d av %d punkt er ikkje avklart enno:"},
	ReviewRendering:  t{En: "Rendering…", Nb: "Lager forhåndsvisning …", Nn: "Lagar førehandsvising …"},
	ReviewFinish:     t{En: "Write the document (ctrl+s)", Nb: "Skriv dokumentet (ctrl+s)", Nn: "Skriv dokumentet (ctrl+s)"},
	// ReviewFormats names the formats the document is written in (md, html, docx).
	ReviewFormats: t{En: "Formats (f): %s", Nb: "Formater (f): %s", Nn: "Format (f): %s"},
	ReviewFormatsDetail: t{
		En: "f or enter changes the formats: md is Markdown, html a web page that prints on A4, docx a Word file. The document goes to:\n%s",
		Nb: "f eller enter endrer formatene: md er Markdown, html en nettside som skrives ut på A4, docx en Word-fil. Dokumentet skrives til:\n%s",
		Nn: "f eller enter endrar formata: md er Markdown, html ei nettside som kan skrivast ut på A4, docx ei Word-fil. Dokumentet vert skrive til:\n%s",
	},

	SemicolonHint: t{En: "Several? Separate them with ;", Nb: "Flere? Skill dem med ;", Nn: "Fleire? Skil dei med ;"},
	AtLimit:       t{En: "This answer is as long as it can be: %d characters.", Nb: "Lenger kan ikke dette svaret være: %d tegn.", Nn: "Lengre kan ikkje dette svaret vere: %d teikn."},
	PasteCut: t{
		En: "The paste was cut: this answer takes at most %d characters, and %d did not fit.",
		Nb: "Det som ble limt inn, ble kuttet: svaret kan ha høyst %d tegn, og %d fikk ikke plass.",
		Nn: "Det som vart lima inn, vart kutta: svaret kan ha høgst %d teikn, og %d fekk ikkje plass.",
	},
	EditorCut: t{
		En: "The text from the editor was cut: this answer takes at most %d characters, and %d did not fit.",
		Nb: "Teksten fra editoren ble kuttet: svaret kan ha høyst %d tegn, og %d fikk ikke plass.",
		Nn: "Teksten frå editoren vart kutta: svaret kan ha høgst %d teikn, og %d fekk ikkje plass.",
	},
	AsidePresence: t{
		En: "Set aside, not deleted: %s. They stay in the answers file under set_aside and come back if you answer Yes again.",
		Nb: "Lagt til side, ikke slettet: %s. Svarene ligger i svarfilen under set_aside og kommer tilbake hvis dere svarer ja igjen.",
		Nn: "Lagt til side, ikkje sletta: %s. Svara ligg i svarfila under set_aside og kjem tilbake dersom de svarar ja igjen.",
	},
	AsideChannels:  t{En: "the plans for %s", Nb: "planene for %s", Nn: "planane for %s"},
	AsideVoice:     t{En: "the voice", Nb: "tone og talspersoner", Nn: "tone og talspersonar"},
	AsideResponses: t{En: "the answers to praise, criticism and incidents", Nb: "svar på ros, kritikk og hendelser", Nn: "svar på ros, kritikk og hendingar"},
	AsideListening: t{En: "listening", Nb: "lytting", Nn: "lytting"},
	AsideReason: t{
		En: "Your reason for staying away is set aside, not deleted: it comes back if you answer No again.",
		Nb: "Begrunnelsen for å holde dere unna er lagt til side, ikke slettet: den kommer tilbake hvis dere svarer nei igjen.",
		Nn: "Grunngivinga for å halde dykk unna er lagd til side, ikkje sletta: ho kjem tilbake dersom de svarar nei igjen.",
	},
	AsideUnticked: t{
		En: "Set aside, not deleted: the plan for %s. Tick it again to bring it back.",
		Nb: "Lagt til side, ikke slettet: planen for %s. Kryss av igjen for å hente den tilbake.",
		Nn: "Lagt til side, ikkje sletta: planen for %s. Kryss av igjen for å hente han tilbake.",
	},
	Restored: t{En: "Brought back: the plan for %s.", Nb: "Hentet tilbake: planen for %s.", Nn: "Henta tilbake: planen for %s."},
	And:      t{En: "and", Nb: "og", Nn: "og"},
	LinesKeys: t{
		En: "Enter adds another line; enter on an empty line goes on",
		Nb: "Enter gir ny linje; Enter på en tom linje går videre",
		Nn: "Enter gir ny linje; Enter på ei tom linje går vidare",
	},
	MeasuresPick:  t{En: "Fits your purposes: tick those you will follow (space or x)", Nb: "Passer til formålene: kryss av dem dere vil følge med på (mellomrom eller x)", Nn: "Passar til føremåla: kryss av dei de vil følgje med på (mellomrom eller x)"},
	MeasuresOther: t{En: "Other measures?", Nb: "Andre måltall?", Nn: "Andre måltal?"},
	NoEditor: t{
		En: "No editor found: set VISUAL or EDITOR (e.g. export EDITOR=nano), or type the answer here.",
		Nb: "Fant ingen editor: sett VISUAL eller EDITOR (f.eks. export EDITOR=nano), eller skriv svaret her.",
		Nn: "Fann ingen editor: set VISUAL eller EDITOR (til dømes export EDITOR=nano), eller skriv svaret her.",
	},
	EditorFailed: t{
		En: "The editor %s did not finish (%v); the answer is as it was.",
		Nb: "Editoren %s ble ikke ferdig (%v); svaret er som før.",
		Nn: "Editoren %s vart ikkje ferdig (%v); svaret er som før.",
	},
	KeptAside: t{
		En: "The page you left without saving last time is in %s.",
		Nb: "Siden du gikk ut av uten å lagre sist, ligger i %s.",
		Nn: "Sida du gjekk ut av utan å lagre sist, ligg i %s.",
	},
	NotUTF8: t{
		En: "this line is not UTF-8 text; save the answers as UTF-8",
		Nb: "denne linjen er ikke UTF-8-tekst; lagre svarene som UTF-8",
		Nn: "denne linja er ikkje UTF-8-tekst; lagre svara som UTF-8",
	},
	TooLong:      t{En: "this line is longer than %d bytes", Nb: "denne linjen er lenger enn %d byte", Nn: "denne linja er lengre enn %d byte"},
	TryAgain:     t{En: "Try again:", Nb: "Prøv igjen:", Nn: "Prøv igjen:"},
	PlainChoice:  t{En: "Type a number from 1 to %d (empty keeps the one marked *):", Nb: "Skriv et tall fra 1 til %d (tomt beholder det som er merket *):", Nn: "Skriv eit tal frå 1 til %d (tomt svar held på det som er merkt *):"},
	PlainChoices: t{En: "Type the numbers of all you choose, e.g. 1 3 (empty keeps those marked [x], 0 or - for none):", Nb: "Skriv tallene for alle dere velger, f.eks. 1 3 (tomt beholder dem som er merket [x], 0 eller - for ingen):", Nn: "Skriv tala for alle de vel, til dømes 1 3 (tomt svar held på dei som er merkte [x], 0 eller - for ingen):"},
	OverLimit:    t{En: "this answer takes at most %d characters; it has %d", Nb: "svaret kan ha høyst %d tegn; det har %d", Nn: "svaret kan ha høgst %d teikn; det har %d"},
	NotAnOption:  t{En: "%q is not one of the numbers 1 to %d", Nb: "%q er ikke et av tallene 1 til %d", Nn: "%q er ikkje eitt av tala 1 til %d"},
	RefusedAt:    t{En: "line %d, %q: %s", Nb: "linje %d, %q: %s", Nn: "linje %d, %q: %s"},
	QuitConfirm: t{
		En: "Quit? Everything up to this page is saved. What you changed on this page is not saved yet: y quits and keeps it aside in a file of its own, %s; s saves it with the rest.",
		Nb: "Avslutte? Alt fram til denne siden er lagret. Det dere har endret på denne siden, er ikke lagret ennå: j avslutter og legger det til side i en egen fil, %s; s lagrer det sammen med resten.",
		Nn: "Avslutte? Alt fram til denne sida er lagra. Det de har endra på denne sida, er ikkje lagra enno: j avsluttar og legg det til side i ei eiga fil, %s; s lagrar det saman med resten.",
	},
	QuitConfirmFirst: t{
		En: "Quit? Nothing is saved yet. What you changed on this page: y quits and keeps it aside in a file of its own, %s; s saves it.",
		Nb: "Avslutte? Ingenting er lagret ennå. Det dere har endret på denne siden: j avslutter og legger det til side i en egen fil, %s; s lagrer det.",
		Nn: "Avslutte? Ingenting er lagra enno. Det de har endra på denne sida: j avsluttar og legg det til side i ei eiga fil, %s; s lagrar det.",
	},
	TooSmall: t{
		En: "The window is %d×%d; make it at least %d×%d to see the questions. Your answers are kept.",
		Nb: "Vinduet er %d×%d; gjør det minst %d×%d for å se spørsmålene. Svarene er tatt vare på.",
		Nn: "Vindauget er %d×%d; gjer det minst %d×%d for å sjå spørsmåla. Svara er tekne vare på.",
	},
	DocEdited: t{
		En: "%s was changed since socialstrategy wrote it.",
		Nb: "%s er endret siden socialstrategy skrev det.",
		Nn: "%s er endra sidan socialstrategy skreiv det.",
	},
	DocForeign: t{
		En: "%s exists and was not written by socialstrategy.",
		Nb: "%s finnes og er ikke skrevet av socialstrategy.",
		Nn: "%s finst og er ikkje skrive av socialstrategy.",
	},
	DocAsk: t{
		En: "%s Write the new document and keep yours as %s?",
		Nb: "%s Skrive det nye dokumentet og ta vare på deres som %s?",
		Nn: "%s Skrive det nye dokumentet og ta vare på dykkar som %s?",
	},
	DocKept: t{
		En: "Your version of %s is kept as %s.\n",
		Nb: "Deres versjon av %s er tatt vare på som %s.\n",
		Nn: "Dykkar versjon av %s er teken vare på som %s.\n",
	},
	DocAskKeys: t{En: "y write · n back to the review", Nb: "j skriv · n tilbake til gjennomgangen", Nn: "j skriv · n tilbake til gjennomgangen"},
	QuitNotSaved: t{
		En: "Quit? Your answers could not be saved (%v): all you typed since the last save would be lost. s tries again.",
		Nb: "Avslutte? Svarene kunne ikke lagres (%v): alt dere har skrevet siden forrige lagring, går tapt. s prøver igjen.",
		Nn: "Avslutte? Svara kunne ikkje lagrast (%v): alt de har skrive sidan førre lagring, går tapt. s prøver igjen.",
	},
	QuitYes: t{En: "y quit, keep this page aside · s save and quit · n keep going", Nb: "j avslutt, endringene i egen fil · s lagre og avslutt · n fortsett", Nn: "j avslutt, endringane i eiga fil · s lagre og avslutt · n hald fram"},

	KeyNext:   t{En: "next", Nb: "neste", Nn: "neste"},
	KeyBack:   t{En: "back", Nb: "tilbake", Nn: "tilbake"},
	KeyQuit:   t{En: "quit", Nb: "avslutt", Nn: "avslutt"},
	KeySwitch: t{En: "scroll preview", Nb: "rull dokumentet", Nn: "rull dokumentet"},
	KeyJump:   t{En: "open", Nb: "åpne", Nn: "opne"},
	KeyFinish: t{En: "write", Nb: "skriv", Nn: "skriv"},
	// KeyLang names the language ctrl+l switches to: English, then
	// bokmål, then nynorsk, then English again (strategy.NextLanguage).
	KeyLang:      t{En: "bokmål", Nb: "nynorsk", Nn: "English"},
	KeyNewline:   t{En: "new line", Nb: "ny linje", Nn: "ny linje"},
	KeyEmptyLine: t{En: "enter on an empty line", Nb: "enter på en tom linje", Nn: "enter på ei tom linje"},
	KeyEditor:    t{En: "editor", Nb: "editor", Nn: "editor"},
	KeyFormats:   t{En: "formats", Nb: "formater", Nn: "format"},
}
