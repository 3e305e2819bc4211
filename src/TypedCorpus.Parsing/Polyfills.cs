// netstandard2.0 lacks the marker type that init-only setters and records need.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}

namespace TypedCorpus.Parsing
{
    internal static class MethodOptions
    {
        /// <summary>
        /// MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name: straight to optimised code, for a
        /// loop that is most of a step's cost but runs too few times in a build for tiered compilation to reach it, and
        /// for a small method with a loop that a build's first run calls for every word or line: the runtime keeps such a
        /// method unoptimised, with a profiling probe per block, for the whole of that run (a fresh process's first run
        /// took 4-5% longer without the marks; warm runs, which lose profile-guided code there, are as fast within noise).
        /// </summary>
        public const System.Runtime.CompilerServices.MethodImplOptions HotLoop = (System.Runtime.CompilerServices.MethodImplOptions)512;
    }
}
