// Command socialstrategy interviews a person about how their organisation
// should use social media and writes the result as a strategy document.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/fang"
	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
	exitAborted = 130
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code; main is the only
// caller that exits.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	uiLang = langOf(args, os.Getenv)
	root := newRoot()
	localizeHelp(root)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := fang.Execute(ctx, root,
		fang.WithErrorHandler(printError),
		fang.WithoutManpage(),
	)
	return exitCode(err)
}

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:   "socialstrategy",
		Short: "Interview yourself into a social media strategy",
		Long: "socialstrategy asks how your organisation should use social media — which channels, what for,\n" +
			"who speaks for you, how you answer praise, criticism and incidents — and writes the answers as a\n" +
			"clear, printable strategy document. Choosing not to be on social media is a strategy too.",
		Example: "  socialstrategy                          # start the interview\n" +
			"  socialstrategy edit socialstrategy.yaml # change a saved plan\n" +
			"  socialstrategy render plan.yaml -o strategy.md\n" +
			"  socialstrategy example > plan.yaml      # a complete plan to start from",
		Args: noArgs,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	addWizard(root)
	root.AddCommand(
		newRenderCmd(),
		newValidateCmd(),
		newExampleCmd(),
		newTemplateCmd(),
		newCheckCmd(),
		newUpgradeCmd(),
		newServeCmd(), newWorkshopCmd(),
	)
	return root
}

// usageError is a mistake in how the command was called (exit code 2).
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// errAborted means the user stopped the command (exit code 130).
var errAborted = errors.New("aborted")

// errInputEnded means piped answers ran out before the interview did
// (exit code 1): the input was incomplete.
var errInputEnded = errors.New("the input ended before the interview did")

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		if cmd.HasSubCommands() {
			return usageError{errorf(msgUnknownCommand, args[0], cmd.CommandPath(), cmd.CommandPath())}
		}
		return usageError{errorf(msgNoArgs, cmd.CommandPath(), args[0])}
	}
	return nil
}

func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{errorf(msgNeeds, cmd.CommandPath(), argName(what), cmd.CommandPath())}
		}
		return nil
	}
}

func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError{errorf(msgNeeds, cmd.CommandPath(), argName(what), cmd.CommandPath())}
		}
		return nil
	}
}

func exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errAborted):
		return exitAborted
	case errors.As(err, &ue), isCobraUsage(err):
		return exitUsage
	}
	return exitInvalid
}

// isCobraUsage spots the usage errors cobra makes itself without a hook to
// type them (unknown subcommands of a command without its own Args).
func isCobraUsage(err error) bool {
	s := err.Error()
	return strings.HasPrefix(s, "unknown command") || strings.HasPrefix(s, "unknown flag") ||
		strings.HasPrefix(s, "unknown shorthand flag") || strings.HasPrefix(s, "flag needs an argument") ||
		strings.HasPrefix(s, "invalid argument")
}

// printError writes errors plainly, one problem a line, so that editors and
// scripts can jump to file:line:col.
func printError(w io.Writer, _ fang.Styles, err error) {
	if errors.Is(err, errAborted) || errors.Is(err, errInputEnded) {
		return // the wizard has already said what was kept
	}
	fmt.Fprintln(w, errorIn(err, uiLang))
	switch n := problems(err); {
	case n > 1:
		fmt.Fprintln(w, say(msgProblems, n))
	case exitCode(err) == exitUsage:
		fmt.Fprintln(w, say(msgTryHelp))
	}
}

// problems counts the problems in err: every one of an answers file's
// errors, and one for any other error, summed over the files validate
// joined.
func problems(err error) int {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		n := 0
		for _, e := range j.Unwrap() {
			n += problems(e)
		}
		return n
	}
	var errs strategy.Errors
	if errors.As(err, &errs) {
		return errs.Count()
	}
	return 1
}
