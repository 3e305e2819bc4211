using System;
using System.IO;
using TypedCorpus.Cli;

// typedcorpus: the corpus from the command line. Exit codes: 0 done, 1 the check found errors, 2 bad usage.
return CommandLine.Run(args, Console.Out, Console.Error);
