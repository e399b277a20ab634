package templates

import (
	"bytes"
	"fmt"
	"html"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// This file holds what the template tests share: filling every text of a
// plan, rendering, and reading the rendered Markdown back with goldmark
// the way a Markdown viewer would.

// markdown parses GitHub-flavoured tables, as the documents use them.
var gfm = goldmark.New(goldmark.WithExtensions(extension.Table))

// render renders p with opts and fails the test on an error.
func mustRender(t testing.TB, p *strategy.Plan, opts Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, p, opts); err != nil {
		t.Fatalf("Render(%s, %+v) error = %v", p.Organisation.Name, opts, err)
	}
	return b.String()
}

// fillPlan returns a deep copy of p in which every free-text string, and every
// item of every list of free text, is replaced by text(i) for a counter i
// that grows in field order. Ids and enum values (language, presence,
// purposes, spokespeople) are kept, so the plan stays the same kind of plan.
func fillPlan(p *strategy.Plan, text func(i int) string) *strategy.Plan {
	out := copyPlan(p)
	i := 0
	var walk func(v reflect.Value, name string)
	walk = func(v reflect.Value, name string) {
		switch name {
		case "Language", "Presence", "Purposes", "Spokespeople", "Kind":
			return
		}
		switch v.Kind() {
		case reflect.String:
			v.SetString(text(i))
			i++
		case reflect.Slice:
			for j := range v.Len() {
				walk(v.Index(j), name)
			}
		case reflect.Struct:
			for j := range v.NumField() {
				walk(v.Field(j), v.Type().Field(j).Name)
			}
		}
	}
	walk(reflect.ValueOf(out).Elem(), "")
	if out.Active() {
		out.NoPresenceReason = "" // only for presence none
	}
	return out
}

// copyPlan copies p deeply, every list and every struct in a list.
func copyPlan(p *strategy.Plan) *strategy.Plan {
	out := reflect.New(reflect.TypeOf(*p)).Elem()
	deepCopy(out, reflect.ValueOf(*p))
	plan := out.Interface().(strategy.Plan)
	return &plan
}

func deepCopy(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			deepCopy(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Struct:
		for i := range src.NumField() {
			deepCopy(dst.Field(i), src.Field(i))
		}
	default:
		dst.Set(src)
	}
}

// userToken is the plain text filled into field i: unique, and unchanged by
// any escaping.
func userToken(i int) string { return fmt.Sprintf("T%03dT", i) }

// shape is what a reader sees of a document's structure.
type shape struct {
	Headings []int    // heading levels, in order
	Tables   [][]int  // per table, the number of cells in each row
	Lists    []int    // per list, the number of items
	Quotes   int      // block quotes
	Breaks   int      // thematic breaks
	Code     int      // code blocks and code spans
	Unsafe   []string // raw HTML, HTML blocks, links, autolinks and images
	Titles   []string // heading texts
	Labels   []string // bold texts
}

func (s shape) structure() shape {
	s.Titles, s.Labels = nil, nil
	return s
}

// parse reads Markdown the way a viewer does.
func parseMarkdown(md string) (ast.Node, []byte) {
	src := []byte(md)
	return gfm.Parser().Parse(text.NewReader(src)), src
}

// shapeOf returns the structure of a Markdown document.
func shapeOf(md string) shape {
	doc, src := parseMarkdown(md)
	var s shape
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			s.Headings = append(s.Headings, n.Level)
			s.Titles = append(s.Titles, inlineText(n, src))
		case *extast.Table:
			var rows []int
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				rows = append(rows, r.ChildCount())
			}
			s.Tables = append(s.Tables, rows)
		case *ast.List:
			s.Lists = append(s.Lists, n.ChildCount())
		case *ast.Blockquote:
			s.Quotes++
		case *ast.ThematicBreak:
			s.Breaks++
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.CodeSpan:
			s.Code++
		case *ast.RawHTML, *ast.HTMLBlock, *ast.Link, *ast.AutoLink, *ast.Image:
			s.Unsafe = append(s.Unsafe, fmt.Sprintf("%s at %q", n.Kind(), excerpt(n, src)))
		case *ast.Emphasis:
			if n.Level == 2 {
				s.Labels = append(s.Labels, inlineText(n, src))
			}
		}
		return ast.WalkContinue, nil
	})
	return s
}

// inlineText is the text a reader sees in an inline container.
func inlineText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	if err := gfm.Renderer().Render(&b, src, n); err != nil {
		panic(err)
	}
	return readerText(b.String())
}

func excerpt(n ast.Node, src []byte) string {
	if l := n.Lines(); l != nil && l.Len() > 0 {
		seg := l.At(0)
		return string(seg.Value(src))
	}
	if t, ok := n.FirstChild().(*ast.Text); ok {
		return string(t.Value(src))
	}
	return n.Kind().String()
}

var htmlTag = regexp.MustCompile(`<[^>]*>`)

// readerText turns rendered HTML into the text a reader sees, with white
// space folded.
func readerText(htm string) string {
	return strings.Join(strings.Fields(html.UnescapeString(htmlTag.ReplaceAllString(htm, " "))), " ")
}

// textOf is the whole text a reader sees in a Markdown document.
func textOf(md string) string {
	var b bytes.Buffer
	if err := gfm.Convert([]byte(md), &b); err != nil {
		panic(err)
	}
	return readerText(b.String())
}

// fold folds white space the way readerText does, for comparing user text.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// emptyHeadings returns the headings that have nothing under them: the
// next block is a heading of the same or a higher level, or there is none.
func emptyHeadings(md string) []string {
	doc, src := parseMarkdown(md)
	var empty []string
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		next, isHeading := n.NextSibling().(*ast.Heading)
		if n.NextSibling() == nil || isHeading && next.Level <= h.Level {
			empty = append(empty, inlineText(h, src))
		}
	}
	return empty
}
