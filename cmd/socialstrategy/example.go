package main

import (
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/strategy"
)

func newExampleCmd() *cobra.Command {
	var lang, out string
	cmd := &cobra.Command{
		Use:     "example",
		Short:   "Print a complete example answers file to start from",
		Example: "  socialstrategy example > plan.yaml\n  socialstrategy example --lang nb -o plan.yaml",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !oneOf(lang, strategy.Languages) {
				return usageError{errorf(msgUnknownLang, lang)}
			}
			data, err := strategy.Marshal(strategy.Example(lang))
			if err != nil {
				return err
			}
			return writeOutput(cmd, out, data)
		},
	}
	cmd.Flags().StringVar(&lang, "lang", strategy.LangEnglish, "language of the example: en, nb or nn")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the example to this file instead of standard output")
	return cmd
}

func oneOf(s string, list []string) bool { return slices.Contains(list, s) }

// readLimited reads at most one byte more than an answers file may hold, so
// the size check can refuse it without reading a stream to its end.
func readLimited(r io.Reader) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, strategy.MaxFileSize+1))
}
