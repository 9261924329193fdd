package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A host whose media ids repeat across tenants names the tenant of each request (here in a header): a pass then
 * speaks only for its own tenant, and each tenant's media keeps its own pass cookie in one browser.
 */
class RequestTenantTest extends ApiTest {
    private static final String TENANT_HEADER = "X-Tenant";
    private static final String SHARED_ID = "town-hall";
    private static final String SHARED = "/api/media/" + SHARED_ID;
    private static final TenantId A = TestWorld.TENANT;
    private static final TenantId B = TestWorld.USERS.get("mallory").tenant();

    @Override
    TestWorld newWorld() {
        return new TestWorld("", http -> http.requestTenant(ctx -> Optional.ofNullable(ctx.header(TENANT_HEADER)).map(TenantId::of)));
    }

    @Test
    void a_pass_of_tenant_a_is_refused_on_a_request_for_tenant_b_and_accepted_for_a() {
        world.core.mediaRegistry().register(A, MediaId.of(SHARED_ID), UserId.of("olivia"), "A's town hall", MediaKind.VIDEO);
        world.core.mediaRegistry().register(B, MediaId.of(SHARED_ID), UserId.of("mallory"), "B's town hall", MediaKind.VIDEO);
        String pass = passValue(joinFor(A, "olivia"));

        assertProblem(api.bearer(pass).with(TENANT_HEADER, B.value()).get(SHARED), 404, "media-not-found");
        assertThat(api.bearer(pass).with(TENANT_HEADER, B.value()).get(SHARED + "/access").json().get("reason").asText())
                .isEqualTo("pass-for-other-media");

        Api.Reply forA = api.bearer(pass).with(TENANT_HEADER, A.value()).get(SHARED);
        assertThat(forA.status()).as(forA.toString()).isEqualTo(200);
        assertThat(forA.json().get("title").asText()).isEqualTo("A's town hall");
        assertThat(forA.json().get("role").asText()).isEqualTo("GUEST");
    }

    @Test
    void one_browser_keeps_a_pass_cookie_for_each_tenants_media_with_the_same_id() {
        world.core.mediaRegistry().register(A, MediaId.of(SHARED_ID), UserId.of("olivia"), "A's town hall", MediaKind.VIDEO);
        world.core.mediaRegistry().register(B, MediaId.of(SHARED_ID), UserId.of("mallory"), "B's town hall", MediaKind.VIDEO);
        String cookieOfA = joinFor(A, "olivia").cookiePair();
        String cookieOfB = joinFor(B, "mallory").cookiePair();
        assertThat(cookieOfA).startsWith(PassCookies.nameFor(Optional.of(A), MediaId.of(SHARED_ID)) + "=");
        assertThat(cookieOfA.split("=")[0]).isNotEqualTo(cookieOfB.split("=")[0])
                .isNotEqualTo(PassCookies.nameFor(MediaId.of(SHARED_ID)));
        Api browser = api.cookie(cookieOfA + "; " + cookieOfB);

        assertThat(browser.with(TENANT_HEADER, A.value()).get(SHARED).json().get("title").asText()).isEqualTo("A's town hall");
        assertThat(browser.with(TENANT_HEADER, B.value()).get(SHARED).json().get("title").asText()).isEqualTo("B's town hall");
    }

    /** The owner turns guest access on; a guest joins through the first link, on a request for that tenant. */
    private Api.Reply joinFor(TenantId tenant, String owner) {
        Api.Reply on = api.as(owner).put(SHARED + "/guest-access", "{\"enabled\":true}");
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        String token = tokenOf(api.as(owner).get(SHARED + "/guest-links").json().get(0));
        Api.Reply joined = api.with(TENANT_HEADER, tenant.value())
                .post("/api/join", "{\"token\":\"" + token + "\",\"name\":\"Ann\",\"email\":\"ann@example.com\"}");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        return joined;
    }

    private static String passValue(Api.Reply joined) {
        return joined.cookiePair().split("=", 2)[1];
    }
}
