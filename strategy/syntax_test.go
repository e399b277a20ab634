package strategy

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestSyntaxErrorFiles(t *testing.T) {
	// Each file is a saved example broken in one place, as people break
	// files in an editor. The error names the line and column at fault and
	// says how to fix it, in the file's language.
	tests := []struct {
		file, want string
	}{
		{"tab-indent", "11:1: a tab is used for indentation; indent with spaces"},
		{"tab-indent-crlf", "11:1: a tab is used for indentation; indent with spaces"},
		{"tab-after-spaces", "52:3: a tab is used for indentation; indent with spaces"},
		{"tab-only-line", "13:1: this line holds only a tab; delete it"},
		{"colon-in-text", `52:13: text that contains ": " must be in quotes: write tone: "Warm: honest"`},
		{"colon-in-text-nb", `52:13: tekst som inneholder ": " må stå i anførselstegn: skriv tone: "Varm: ærlig"`},
		{"unclosed-quote", `69:15: the quote that starts here is not closed; end the text with "`},
		{"unclosed-list", "26:15: the list that starts with [ here is not closed; end it with ]"},
		{"apostrophe", `45:31: an apostrophe inside text in '...' ends the text; write it twice ('') or put the text in "..."`},
		{"after-quote", "52:20: more text follows the closing quote; put all of the text inside the quotes"},
		{"at-sign", `34:12: text cannot start with @; put it in quotes: owner: "@kari"`},
		{"escape", `34:17: \O is not a known escape in text in "..."; write \\ for a backslash, or put the text in '...'`},
		{"indent", "12:4: this line is not indented like the keys it belongs with; use the same number of spaces as they do"},
		{"missing-colon", `11:3: this line has no ": "; write a key and its value (name: value), or indent the line if it continues the text above`},
		{"not-an-item", `33:3: this line stands where the list's items do but does not start with "- "; indent it under an item or make it an item`},
		{"item-after-value", `20:1: a list item ("- ") cannot stand here; put the list on the lines under a key that ends with ":"`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "syntax", tt.file+".yaml")
			_, err := Load(path)
			var errs Errors
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("Load(%s) error = %v, want one syntax error", path, err)
			}
			if got, want := err.Error(), path+":"+tt.want; got != want {
				t.Errorf("Load(%s) error =\n%s\nwant\n%s", path, got, want)
			}
		})
	}
}

func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"a: [1, 2\n", `x.yaml:1:4: the list that starts with [ here is not closed; end it with ]`},
		{"a: 1\nb: c: d\n", `x.yaml:2:5: text that contains ": " must be in quotes: write b: "c: d"`},
		{"a: 1\nb: 'x\n", `x.yaml:2:4: the quote that starts here is not closed; end the text with '`},
		{"a: {x: 1\n", `x.yaml:1:4: the { here is not closed; end it with }`},
		{"a: 'it's'\n", `x.yaml:1:7: an apostrophe inside text in '...' ends the text; write it twice ('') or put the text in "..."`},
		{"a: b\n- c\n", `x.yaml:2:1: a list item ("- ") cannot stand here; put the list on the lines under a key that ends with ":"`},
		{"a: b\nc\n", `x.yaml:2:1: this line has no ": "; write a key and its value (name: value), or indent the line if it continues the text above`},
		{"a: `x`\n", "x.yaml:1:4: text cannot start with `; put it in quotes: a: \"`x`\""},
		{"language: nb\norganisation:\n\tname: A\n", "x.yaml:3:1: et tabulatortegn er brukt til innrykk; bruk mellomrom"},
		{"language: 'nb'\nx: [\n", "x.yaml:2:4: listen som begynner med [ her, er ikke lukket; avslutt den med ]"},
		{"language: nn\nvoice:\n  tone: Varm: ærleg\n", `x.yaml:3:13: tekst som inneheld ": " må stå i hermeteikn: skriv tone: "Varm: ærleg"`},
		{"- 1\n- 2\nx: 1\n", `x.yaml:3:1: this line stands where the list's items do but does not start with "- "; indent it under an item or make it an item`},
		// No better words: the library's, at its line.
		{"%TAG !a! x\n%TAG !a! y\n--- a\n", "x.yaml:2: not valid YAML: found duplicate %TAG directive"},
	}
	for _, tt := range tests {
		_, err := Parse("x.yaml", []byte(tt.src))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error =\n%v\nwant\n%s", tt.src, err, tt.want)
		}
	}
}

func TestFileLanguage(t *testing.T) {
	tests := []struct{ src, want string }{
		{"language: nb\n", "nb"},
		{"version: 1\nlanguage: \"NB\"\n", "nb"},
		{"language: en\n", "en"},
		{"language: nn\n", "nn"},
		{"language: sv\n", ""},
		{"# language: nb\n", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := fileLanguage([]byte(tt.src)); got != tt.want {
			t.Errorf("fileLanguage(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
