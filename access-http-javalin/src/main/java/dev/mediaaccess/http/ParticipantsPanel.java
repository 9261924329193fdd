package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.application.Roster;
import dev.mediaaccess.core.participant.model.Participant;
import java.util.List;

/**
 * The media page's Participants tab: the owner, members, guests, the lobby on live kinds (with Admit and Deny for
 * moderators), and those removed or turned away; Remove and the invite menu for those who manage access.
 */
final class ParticipantsPanel {
    private ParticipantsPanel() {}

    static Html of(Media media, Principal principal, Roster roster, boolean manages, boolean moderates) {
        Html lobby = Html.EMPTY;
        if (media.kind().isLive()) {
            lobby = Html.of("""
                    <h3>Lobby</h3>
                    <ul id="lobby" data-testid="lobby" class="people">{}</ul>
                    {}
                    """,
                    Html.join(roster.lobby().stream().map(p -> lobbyEntry(p, moderates)).toList()),
                    Html.when(roster.lobby().isEmpty(), Html.of("<p id=\"lobby-empty\" data-testid=\"lobby-empty\">Nobody is waiting.</p>")));
        }
        Html menu = Html.when(manages, Html.of("""
                <div class="menu" id="participants-menu" data-testid="participants-menu">
                <button type="button" id="participants-menu-button" data-testid="participants-menu-button" data-action="toggle" data-target="participants-options" aria-expanded="false" aria-label="Participant options">⋯</button>
                <div id="participants-options" class="menu-items" hidden>
                <button type="button" id="participants-invite-users" data-testid="participants-invite-users" data-action="open-panel" data-target="invite-users-panel">Invite users</button>
                <button type="button" id="participants-invite-guests" data-testid="participants-invite-guests" data-action="open-panel" data-target="guest-access-panel">Invite guests</button>
                </div>
                </div>
                """));
        return Html.of("""
                <section id="participants-panel" data-testid="participants-panel" class="tab-panel" hidden>
                <div class="panel-head"><h2>All participants</h2>{}</div>
                <div id="participants-error" data-testid="participants-error" class="error" role="alert" hidden></div>
                {}
                <h3>Owner</h3>
                <p id="participants-owner" data-testid="participants-owner" data-user-id="{}">{}</p>
                <h3>Members</h3>
                <table id="members" data-testid="members"><tbody>{}</tbody></table>
                <h3>Guests</h3>
                <table id="guests" data-testid="guests"><tbody>{}</tbody></table>
                <h3>Removed or turned away</h3>
                <table id="departed" data-testid="departed"><tbody>{}</tbody></table>
                </section>
                """,
                menu, lobby, media.owner().value(), ownerAsSeenBy(principal, media),
                rows(roster.members(), "member-row", manages), rows(roster.guests(), "guest-row", manages),
                rows(roster.departed(), "departed-row", false));
    }

    /** The owner's user id means nothing to the owner; to them the panel shows their own name. */
    private static String ownerAsSeenBy(Principal principal, Media media) {
        if (principal instanceof Principal.User user && user.tenant().equals(media.tenant()) && user.id().equals(media.owner())) {
            return "You (" + user.name().value() + ")";
        }
        return media.owner().value();
    }

    private static Html lobbyEntry(Participant p, boolean moderates) {
        return Html.of("""
                <li data-testid="lobby-entry" data-participant-id="{}">
                <span data-testid="participant-name">{}</span> <span data-testid="participant-email" class="email">{}</span>
                {}
                </li>
                """, p.id().value(), p.name().value(), p.email().value(),
                Html.when(moderates, Html.of("""
                        <button type="button" data-testid="admit-participant" data-action="admit" data-participant-id="{}">Admit</button>
                        <button type="button" data-testid="deny-participant" data-action="deny" data-participant-id="{}">Deny</button>
                        """, p.id().value(), p.id().value())));
    }

    private static Html rows(List<Participant> participants, String testId, boolean removable) {
        if (participants.isEmpty()) {
            return Html.of("<tr class=\"empty\"><td>None</td></tr>");
        }
        return Html.join(participants.stream().map(p -> Html.of("""
                <tr data-testid="{}" data-participant-id="{}" data-status="{}">
                <td data-testid="participant-name">{}</td>
                <td data-testid="participant-email" class="email">{}</td>
                <td data-testid="participant-role">{}</td>
                <td data-testid="participant-joined">{}</td>
                <td class="row-actions">{}</td>
                </tr>
                """, testId, p.id().value(), p.status().name(), p.name().value(), p.email().value(), Labels.of(p.role()),
                Labels.when(p.joinedAt()),
                Html.when(removable, Html.of(
                        "<button type=\"button\" data-testid=\"remove-participant\" data-action=\"remove-participant\" data-participant-id=\"{}\">Remove</button>",
                        p.id().value())))).toList());
    }
}
