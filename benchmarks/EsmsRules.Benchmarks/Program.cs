using System;
using BenchmarkDotNet.Running;

namespace EsmsRules.Benchmarks;

public static class Program
{
    /// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/EsmsRules.Benchmarks -- --filter '*'</c>;
    /// <c>-- lot [--dossiers N] [--essms N] [--graine N]</c> writes the campaign file of <c>run-debit.sh</c> instead.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "lot")
        {
            return Lot.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
