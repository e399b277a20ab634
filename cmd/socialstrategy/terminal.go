package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/tui"
)

// What the interview says when the terminal cannot draw the wizard, before
// asking in plain prompts instead.
var (
	msgDumbTerminal = strategy.Text{
		En: "This terminal (TERM=%s) cannot draw the wizard, so the questions come as plain prompts.\nFor the full wizard, run socialstrategy in a terminal such as xterm (TERM=xterm-256color).\n",
		Nb: "Denne terminalen (TERM=%s) kan ikke vise veiviseren, så spørsmålene kommer som vanlig tekst.\nFor hele veiviseren, kjør socialstrategy i en terminal som xterm (TERM=xterm-256color).\n",
		Nn: "Denne terminalen (TERM=%s) kan ikkje vise rettleiaren, så spørsmåla kjem som vanleg tekst.\nFor heile rettleiaren, køyr socialstrategy i ein terminal som xterm (TERM=xterm-256color).\n",
	}
	msgUnknownTerminal = strategy.Text{
		En: "The terminal type TERM=%s is not known on this system, so the questions come as plain prompts.\nFor the full wizard, set TERM to your terminal's type, e.g. TERM=xterm-256color.\n",
		Nb: "Terminaltypen TERM=%s er ukjent på dette systemet, så spørsmålene kommer som vanlig tekst.\nFor hele veiviseren, sett TERM til terminalens type, f.eks. TERM=xterm-256color.\n",
		Nn: "Terminaltypen TERM=%s er ukjend på dette systemet, så spørsmåla kjem som vanleg tekst.\nFor heile rettleiaren, set TERM til typen til terminalen, til dømes TERM=xterm-256color.\n",
	}
	msgSmallTerminal = strategy.Text{
		En: "The terminal is %d×%d characters; the wizard needs at least %d×%d, so the questions come as plain prompts.\nFor the full wizard, make the window larger and start again.\n",
		Nb: "Terminalen er %d×%d tegn; veiviseren trenger minst %d×%d, så spørsmålene kommer som vanlig tekst.\nFor hele veiviseren, gjør vinduet større og start på nytt.\n",
		Nn: "Terminalen er %d×%d teikn; rettleiaren treng minst %d×%d, så spørsmåla kjem som vanleg tekst.\nFor heile rettleiaren, gjer vindauget større og start på nytt.\n",
	}
)

// ansiTerminals are families of terminal types that draw with the ANSI
// sequences the wizard sends, whether or not this system has their
// terminfo entry.
var ansiTerminals = []string{
	"xterm", "screen", "tmux", "rxvt", "linux", "vt100", "vt102", "vt220", "alacritty", "kitty", "wezterm",
	"foot", "ghostty", "st", "konsole", "gnome", "putty", "iterm", "ms-terminal", "contour", "eterm", "ansi", "cygwin",
}

// cannotDraw says why a terminal of type termType and size w×h cannot draw
// the wizard, in the language lang, or returns "" when it can.
// hasTerminfo reports whether the system has a terminfo entry for a type.
func cannotDraw(termType string, w, h int, hasTerminfo func(string) bool, lang string) string {
	switch {
	case termType == "" || termType == "dumb":
		return fmt.Sprintf(msgDumbTerminal.In(lang), termType)
	case !hasTerminfo(termType) && !ansiFamily(termType):
		return fmt.Sprintf(msgUnknownTerminal.In(lang), termType)
	case w > 0 && h > 0 && (w < tui.MinWidth || h < tui.MinHeight):
		return fmt.Sprintf(msgSmallTerminal.In(lang), w, h, tui.MinWidth, tui.MinHeight)
	}
	return ""
}

func ansiFamily(termType string) bool {
	for _, f := range ansiTerminals {
		if termType == f || strings.HasPrefix(termType, f+"-") || strings.HasPrefix(termType, f+"256") {
			return true
		}
	}
	return false
}

// hasTerminfo reports whether a terminfo entry for termType is installed,
// looking where ncurses looks.
func hasTerminfo(termType string) bool {
	if termType == "" || strings.ContainsAny(termType, `/\`) {
		return false
	}
	var dirs []string
	if d := os.Getenv("TERMINFO"); d != "" {
		dirs = append(dirs, d)
	}
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, ".terminfo"))
	}
	for _, d := range filepath.SplitList(os.Getenv("TERMINFO_DIRS")) {
		if d != "" {
			dirs = append(dirs, d)
		}
	}
	dirs = append(dirs, "/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo", "/usr/local/share/terminfo")
	for _, d := range dirs {
		for _, sub := range []string{termType[:1], fmt.Sprintf("%x", termType[0])} {
			if _, err := os.Stat(filepath.Join(d, sub, termType)); err == nil {
				return true
			}
		}
	}
	return false
}

// terminalSize is the size of the terminal v is, 0×0 when unknown.
func terminalSize(v any) (w, h int) {
	f, ok := v.(interface{ Fd() uintptr })
	if !ok {
		return 0, 0
	}
	w, h, err := term.GetSize(f.Fd())
	if err != nil {
		return 0, 0
	}
	return w, h
}
