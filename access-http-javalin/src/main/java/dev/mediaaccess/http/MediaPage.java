package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.overview.application.MediaOverview;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * The media page: the media (the host's player goes where the placeholder is), the caller's role and capabilities,
 * and for those who manage access the Share menu (Invite users, Manage guest access) and the Participants tab.
 * A guest waiting in the lobby gets a page that polls until a moderator decides. Everything on it comes from one
 * {@link MediaOverview}, read in one transaction.
 */
final class MediaPage {
    private final Wiring w;

    MediaPage(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable.Routes routes) {
        routes.get("/media/{mediaId}", this::show);
    }

    private void show(Context ctx) {
        MediaId id = Ids.media(ctx);
        Principal principal = w.principals().on(ctx, id);
        MediaOverview overview = w.core().mediaOverviews().of(principal, id);
        Page page = overview instanceof MediaOverview.Shown shown ? shown(principal, shown) : waiting(id);
        page.writeTo(ctx, 200);
    }

    private Page shown(Principal principal, MediaOverview.Shown shown) {
        Standing standing = shown.standing();
        Media media = standing.media();
        boolean manages = shown.managesAccess();
        Html sharePanels = Html.EMPTY;
        if (manages) {
            List<String> grantable = standing.grantableRoles().stream().map(Role::name).toList();
            sharePanels = Html.of("{}{}", GuestAccessPanel.of(media, shown.links(), w.core().policy()),
                    InviteUsersPanel.of(grantable, shown.invitations()));
        }
        Html participants = shown.roster()
                .map(roster -> ParticipantsPanel.of(media, principal, roster, manages, standing.may(Capability.MODERATE)))
                .orElse(Html.EMPTY);
        return new Page(w.settings(), media.title(), Html.of("""
                <header class="media-header">
                <h1 id="media-title" data-testid="media-title">{}</h1>
                <p class="meta"><span id="media-kind" data-testid="media-kind" data-kind="{}">{}</span>
                · you are <strong id="my-role" data-testid="my-role" data-role="{}">{}</strong></p>
                <ul id="my-capabilities" data-testid="my-capabilities" class="chips">{}</ul>
                </header>
                {}
                <section id="media-panel" data-testid="media-panel" class="tab-panel">
                <div id="player" data-testid="player" class="player" data-media-id="{}">{}</div>
                {}
                </section>
                {}
                {}
                """,
                media.title(), media.kind().name(), Labels.capitalised(media.kind()), standing.role().name(),
                Labels.of(standing.role()), capabilities(standing.capabilities()),
                Html.when(shown.roster().isPresent(), tabs()),
                media.id().value(), Labels.capitalised(media.kind()),
                Html.when(manages, shareMenus()),
                participants, sharePanels));
    }

    private Page waiting(MediaId id) {
        return new Page(w.settings(), "Waiting in the lobby", Html.of("""
                <section id="lobby-waiting" data-testid="lobby-waiting" data-media-id="{}" class="notice">
                <h1>You are in the lobby</h1>
                <p id="lobby-waiting-detail">A moderator will let you in shortly. This page opens the session by itself.</p>
                <p id="lobby-denied" data-testid="lobby-denied" hidden>A moderator did not let you in.</p>
                </section>
                """, id.value()));
    }

    private static Html capabilities(Set<Capability> capabilities) {
        return Html.join(capabilities.stream().sorted()
                .map(capability -> Html.of("<li data-capability=\"{}\">{}</li>", capability.name(), Labels.of(capability)))
                .toList());
    }

    private static Html tabs() {
        return Html.of("""
                <nav id="media-tabs" class="tabs" role="tablist">
                <button type="button" id="tab-media" data-testid="tab-media" data-action="tab" data-target="media-panel" role="tab">Media</button>
                <button type="button" id="tab-participants" data-testid="tab-participants" data-action="tab" data-target="participants-panel" role="tab">Participants</button>
                </nav>
                """);
    }

    private static Html shareMenus() {
        return Html.of("""
                <div class="actions">
                <div class="menu" id="share-menu" data-testid="share-menu">
                <button type="button" id="share-button" data-testid="share-button" data-action="toggle" data-target="share-options" aria-expanded="false">Share</button>
                <div id="share-options" class="menu-items" hidden>
                <button type="button" id="share-invite-users" data-testid="share-invite-users" data-action="open-panel" data-target="invite-users-panel">Invite users</button>
                <button type="button" id="share-manage-guest-access" data-testid="share-manage-guest-access" data-action="open-panel" data-target="guest-access-panel">Manage guest access</button>
                </div>
                </div>
                <div class="menu" id="more-menu" data-testid="more-menu">
                <button type="button" id="more-button" data-testid="more-button" data-action="toggle" data-target="more-options" aria-expanded="false" aria-label="More">⋯</button>
                <div id="more-options" class="menu-items" hidden>
                <button type="button" id="more-invite-users" data-testid="more-invite-users" data-action="open-panel" data-target="invite-users-panel">Invite users</button>
                <button type="button" id="more-manage-guest-access" data-testid="more-manage-guest-access" data-action="open-panel" data-target="guest-access-panel">Manage guest access</button>
                </div>
                </div>
                </div>
                """);
    }
}
