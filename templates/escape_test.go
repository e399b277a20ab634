package templates

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	gmtext "github.com/yuin/goldmark/text"

	"github.com/socialstrategy/socialstrategy/strategy"
)

func TestInline(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Solsiden Bakeri", "Solsiden Bakeri"},
		{"  two\nlines\t here ", "two lines here"},
		{"# Heading", `\# Heading`},
		{"###### six", `\###### six`},
		{"####### seven", "####### seven"},
		{"#hashtag", "#hashtag"},
		{"#", `\#`},
		{"##", `\##`},
		{"Title #", `Title \#`},
		{"Title ##", `Title #\#`},
		{"C#", "C#"},
		{"C# ##", `C# #\#`},
		{"* x", `\* x`},
		{"***", `\*\*\*`},
		{"___", `\_\_\_`},
		{"> x", `\> x`},
		{"```go", "\\`\\``go"},
		{"[x]: http://x", `\[x]: http://x`},
		{"[ ] task", `\[ ] task`},
		{"~~old~~", `\~\~old\~\~`},
		{"<b>bold</b>", `\<b>bold\</b>`},
		{"a < b > c", `a \< b > c`},
		{"ends with \\", `ends with \\`},
		{"my_shop *x*", `my_shop \*x\*`},
		{"- x", `\- x`},
		{"-", `\-`},
		{"-5 degrees", "-5 degrees"},
		{"+ x", `\+ x`},
		{"---", `\---`},
		{"- - -", `\- - -`},
		{"===", `\===`},
		{"= =", `\= =`},
		{"1. x", `1\. x`},
		{"12) x", `12\) x`},
		{"1.", `1\.`},
		{"3)", `3\)`},
		{"1.0", "1.0"}, // a version: no list marker without a space after it
		{"14.30 today", "14.30 today"},
		{"2)b", "2)b"},
		{"2024 was good", "2024 was good"},
		{"a*b_c`d[e]f<g>h|i~j\\k", "a\\*b_c`d\\[e]f\\<g>h|i~j\\k"},
		{"&amp; &#169; &#x41;", `\&amp; \&#169; \&#x41;`},
		{"AT&T; fish & chips", `AT\&T; fish & chips`},
		{"{{ .Name }}", "{{ .Name }}"},
		{"æøå 🎉", "æøå 🎉"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := inline(tt.in); got != tt.want {
			t.Errorf("inline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBlock(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"one line", "one line"},
		{"two\nlines", "two  \nlines"},
		{"para one\n\npara two", "para one\n\npara two"},
		{"a\n\n\n\nb", "a\n\nb"},
		{"a\r\nb", "a  \nb"},
		{"a\n# b\n---\n===\n1. c\n- d\n> e", "a  \n\\# b  \n\\---  \n\\===  \n1\\. c  \n\\- d  \n\\> e"},
		{"a | b\n--- | ---", "a | b  \n--- \\| ---"},
		{"`a\nb`", "\\`a  \nb`"},
		{"    indented", "indented"},
		{"ends with \\\nnext", "ends with \\\\  \nnext"},
		{"\n\n", ""},
	}
	for _, tt := range tests {
		if got := block(tt.in); got != tt.want {
			t.Errorf("block(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLooksLikeEntity(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"&amp;", true}, {"&#169;", true}, {"&#x41;", true}, {"&AElig; x", true},
		{"&", false}, {"&;", false}, {"&#;", false}, {"& amp;", false}, {"&amp", false},
		{"&" + "abcdefghijklmnopqrstuvwxyzabcdefgh;", false},
	}
	for _, tt := range tests {
		if got := looksLikeEntity(tt.in); got != tt.want {
			t.Errorf("looksLikeEntity(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFuncs(t *testing.T) {
	en, nb := Funcs(strategy.LangEnglish), Funcs(strategy.LangBokmal)
	call := func(fm map[string]any, name string, arg any) string {
		switch f := fm[name].(type) {
		case func(string) string:
			return f(arg.(string))
		case func([]string) string:
			return f(arg.([]string))
		case func(any) string:
			return f(arg)
		case func([]string, ...string) string:
			return f(arg.([]string))
		case func(string, ...string) string:
			return f(arg.(string))
		case func() string:
			return f()
		}
		t.Fatalf("Funcs()[%q] has an unexpected type %T", name, fm[name])
		return ""
	}
	tests := []struct {
		fm   map[string]any
		name string
		arg  any
		want string
	}{
		{en, "text", "*hi*", `\*hi\*`},
		{en, "text", "", "*To be decided*"},
		{nb, "text", " \n ", "*Ikke avklart ennå*"},
		{en, "para", "a\nb", "a  \nb"},
		{en, "para", "", "*To be decided*"},
		{en, "quote", "a\n\nb", "> a\n> \n> b"},
		{en, "quote", "", "*To be decided*"},
		{en, "list", []string{"a", " ", "- b"}, "- a\n- \\- b"},
		{en, "list", []string{" "}, "*To be decided*"},
		{en, "list", []string(nil), "*To be decided*"},
		{en, "join", []string{"a", "", "b|c"}, `a, b|c`},
		{en, "cell", "b|c", `b\|c`},
		{en, "cell", "", "*To be decided*"},
		{nb, "join", []string(nil), "*Ikke avklart ennå*"},
		{en, "channel", "twitter", "X (Twitter)"},
		{en, "channel", "my_shop", "my_shop"},
		{en, "channel", "a|b", `a\|b`},
		{en, "channel", "", "*To be decided*"},
		{en, "channels", []string{"facebook", "x", "<b>"}, `Facebook, X (Twitter), \<b>`},
		{en, "purposes", []string{"listen", "support"}, "Listen to what is said, customer service and dialogue"},
		{nb, "purposes", []string{"support", "incident"}, "Kundeservice og dialog, informere ved uventede hendelser"},
		{en, "purposes", []string{"sell*"}, `sell\*`},
		{en, "purposes", []string(nil), "*To be decided*"},
		{en, "speakers", "leadership", "Leadership only"},
		{nb, "speakers", "everyone", "Alle ansatte"},
		{en, "speakers", "", "*To be decided*"},
		{en, "tbd", nil, "*To be decided*"},
	}
	for _, tt := range tests {
		if got := call(tt.fm, tt.name, tt.arg); got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.name, tt.arg, got, tt.want)
		}
	}
}

// gfmFull reads Markdown with every GitHub extension a viewer may use
// (tables, strikethrough, task lists), stricter than the documents need.
var gfmFull = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList))

// nodesOf counts the kinds of node in md, as goldmark reads it.
func nodesOf(md string) map[string]int {
	src := []byte(md)
	doc := gfmFull.Parser().Parse(gmtext.NewReader(src))
	kinds := map[string]int{}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			kinds[n.Kind().String()]++
		}
		return ast.WalkContinue, nil
	})
	return kinds
}

// readText is the text a reader of md sees, white space folded.
func readText(md string) string {
	var b bytes.Buffer
	if err := gfmFull.Convert([]byte(md), &b); err != nil {
		panic(err)
	}
	return readerText(b.String())
}

// checkEscaped fails the test unless md, holding user text s in one of
// the positions the templates use, has exactly the nodes want and shows
// the text as written.
func checkEscaped(t *testing.T, s, md, wantText string, want map[string]int) {
	t.Helper()
	got := nodesOf(md)
	for k, n := range got {
		if k != "Text" && k != "String" && want[k] != n {
			t.Fatalf("user text %q in\n%s\nmakes nodes %v, want %v", s, md, got, want)
		}
	}
	if g := readText(md); g != wantText {
		t.Fatalf("user text %q in\n%s\nreads %q, want %q", s, md, g, wantText)
	}
}

// FuzzEscape puts any text in every position the templates put user text:
// a list item after a bold label, a heading, a table cell and paragraphs.
// It must show exactly as written and add no structure — and where it
// needs no backslash, it gets none.
func FuzzEscape(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	for _, s := range []string{"5 * 3", "my_shop", "snake_case_name", "a < b", "<3", "C#", "C# ##", "fish & chips", "~5", "~~old~~",
		"ends with \\", "a\\b", "\\*", "**", "_", "__init__", "*a*b", "a**b**c", "[ ] task", "[x]: http://x", "![i](x)", "<a@b.no>",
		"1986) x", "1234567890. x", "1.", "2)", "1.0", "1.\tx", "1.\nx", "* * *", "_ _ _", "+", "`", "``", "<", "&#x41;", "| a |", "a|b", "--- | ---", ":-:|:-:", "line\n--- | ---"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strategy.Clean(s)
		one := fold(s)
		if one == "" {
			return
		}
		// A list item after a label, as "- **Goal:** {{text .Goal}}".
		checkEscaped(t, s, "- **L:** "+inline(s)+"\n", "L: "+one,
			map[string]int{"Document": 1, "List": 1, "ListItem": 1, "TextBlock": 1, "Emphasis": 1})
		// A list item of its own, as {{list .Voice.Guidelines}}.
		checkEscaped(t, s, "- "+inline(s)+"\n", one, map[string]int{"Document": 1, "List": 1, "ListItem": 1, "TextBlock": 1})
		// A heading, as "### {{channel .ID}}".
		checkEscaped(t, s, "### "+inline(s)+"\n", one, map[string]int{"Document": 1, "Heading": 1})
		// A table cell, as in the channel overview.
		checkEscaped(t, s, "| H | I |\n| --- | --- |\n| "+cell(s)+" | x |\n", "H I "+one+" x",
			map[string]int{"Document": 1, "Table": 1, "TableHeader": 1, "TableRow": 1, "TableCell": 4})
		// Paragraphs, as {{para .Organisation.About}}: one per block of
		// lines, each line as written.
		paras := 0
		for _, p := range strings.Split(s, "\n\n") {
			if fold(p) != "" {
				paras++
			}
		}
		breaks := strings.Count(block(s), "  \n")
		want := map[string]int{"Document": 1, "Paragraph": paras + 2}
		if breaks > 0 {
			want["Text"] = -1 // hard breaks are Text nodes: not counted
		}
		checkEscaped(t, s, "X\n\n"+block(s)+"\n\nY\n", "X "+one+" Y", want)
	})
}

func TestEscapeOnlyWhereNeeded(t *testing.T) {
	// Text that means nothing to Markdown in its place reads the same in
	// a plain editor: no backslashes.
	for _, s := range []string{"5 * 3", "my_shop", "snake_case_name", "a < b", "<3", "C#", "fish & chips", "AT&T", "~5", "a|b",
		"ends \\ in the middle", "#hashtag", "-5 degrees", "2024 was good", "a > b", "100%", "e-mail", "a+b", "x = y",
		"1.0", "2.1 beta", "14.30", "3)b"} {
		if got := inline(s); got != s {
			t.Errorf("inline(%q) = %q, want it as it is", s, got)
		}
	}
	if got := block("one\ntwo"); got != "one  \ntwo" {
		t.Errorf("block(one, two) = %q, want a hard break of two spaces", got)
	}
}
