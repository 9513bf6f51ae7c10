import type { Metadata } from "next";
import { ApiHelp } from "@/components/api-tokens/api-help";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenList } from "@/components/api-tokens/token-list";
import { Card, CardHeader } from "@/components/ui/card";
import { apiBaseUrl } from "@/lib/api-tokens/api-base";
import { communeOwners, communeTokens } from "@/lib/api-tokens/queries";
import { canManageApiTokens } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Kết nối hệ thống" };

export default async function CommuneApiTokensPage({ params }: PageProps<"/c/[communeId]/quan-tri/ket-noi">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canManageApiTokens);
  const [tokens, owners, apiBase] = await Promise.all([communeTokens(commune.communeId), communeOwners(commune.communeId), apiBaseUrl()]);
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader title="Kết nối hệ thống" description={<ApiHelp apiBase={apiBase} />} />
      </Card>
      <Card>
        <CardHeader title="Khóa kết nối" description={`${tokens.length} khóa của các tài khoản thuộc ${commune.name}`} />
        <TokenList tokens={tokens} communeId={commune.communeId} />
      </Card>
      <Card>
        <CardHeader title="Tạo khóa kết nối" />
        <div className="p-4 sm:p-5">
          <CreateTokenForm communeId={commune.communeId} owners={owners} apiBase={apiBase} />
        </div>
      </Card>
    </div>
  );
}
