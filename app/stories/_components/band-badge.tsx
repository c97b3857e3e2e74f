import type { StoryGradeDto } from "@/lib/stories/dto";

const STYLES: Record<StoryGradeDto["band"], string> = {
  weak: "bg-red-50 text-red-800 ring-red-200",
  fair: "bg-amber-50 text-amber-900 ring-amber-200",
  strong: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

const LABELS: Record<StoryGradeDto["band"], string> = { weak: "Weak", fair: "Fair", strong: "Strong" };

export function BandBadge({ band, overall }: { band: StoryGradeDto["band"]; overall?: number }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[band] ?? STYLES.fair}`}>
      {LABELS[band] ?? band}
      {overall !== undefined && <span className="font-normal">· {overall}</span>}
    </span>
  );
}
