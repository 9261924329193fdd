package dev.mediaaccess.testkit.memory;

import static java.util.Comparator.comparing;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.participant.model.ParticipantKind;
import dev.mediaaccess.core.participant.model.Participants;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryParticipants implements Participants {
    private static final Comparator<Participant> IN_ORDER_OF_JOINING =
            comparing(Participant::joinedAt).thenComparing(participant -> participant.id().value());

    private final Store store;
    private final Table<Scoped<ParticipantId>, Participant> participants;
    private final Table.Index<Scoped<ParticipantId>, Participant> byMedia;
    private final Table.Index<Scoped<ParticipantId>, Participant> guestByLinkAndEmail;
    private final Table.Index<Scoped<ParticipantId>, Participant> memberByMediaAndEmail;
    private final Table.Index<Scoped<ParticipantId>, Participant> membersByEmail;

    InMemoryParticipants(Store store) {
        this.store = store;
        this.participants = new Table<>(store, "participants");
        this.byMedia = participants.index("media", participant -> Optional.of(Scoped.of(participant.tenant(), participant.media())));
        this.guestByLinkAndEmail = participants.uniqueIndex("guest per link and email", participant ->
                participant.kind() == ParticipantKind.GUEST
                        ? participant.link().map(link -> new GuestKey(Scoped.of(participant.tenant(), link), participant.email()))
                        : Optional.empty());
        this.memberByMediaAndEmail = participants.uniqueIndex("member per media and email", participant ->
                participant.kind() == ParticipantKind.MEMBER
                        ? Optional.of(new MemberKey(Scoped.of(participant.tenant(), participant.media()), participant.email()))
                        : Optional.empty());
        this.membersByEmail = participants.index("members by email", participant ->
                participant.kind() == ParticipantKind.MEMBER
                        ? Optional.of(Scoped.of(participant.tenant(), participant.email()))
                        : Optional.empty());
    }

    @Override
    public void add(Participant participant) {
        store.change(() -> participants.insert(keyOf(participant), participant));
    }

    @Override
    public Optional<Participant> find(TenantId tenant, ParticipantId id) {
        return store.read(() -> participants.get(Scoped.of(tenant, id)));
    }

    @Override
    public Optional<Participant> findGuest(TenantId tenant, GuestLinkId link, EmailAddress email) {
        return store.read(() -> participants.findUnique(guestByLinkAndEmail, new GuestKey(Scoped.of(tenant, link), email)));
    }

    @Override
    public Optional<Participant> findMember(TenantId tenant, MediaId media, EmailAddress email) {
        return store.read(() -> participants.findUnique(memberByMediaAndEmail, new MemberKey(Scoped.of(tenant, media), email)));
    }

    @Override
    public List<Participant> listForMedia(TenantId tenant, MediaId media) {
        return store.read(() -> participants.findAll(byMedia, Scoped.of(tenant, media)).stream().sorted(IN_ORDER_OF_JOINING).toList());
    }

    @Override
    public List<Participant> listMemberships(TenantId tenant, EmailAddress email) {
        return store.read(() -> participants.findAll(membersByEmail, Scoped.of(tenant, email)).stream()
                .sorted(IN_ORDER_OF_JOINING).toList());
    }

    @Override
    public void update(Participant participant) {
        store.change(() -> participants.replace(keyOf(participant), participant));
    }

    private static Scoped<ParticipantId> keyOf(Participant participant) {
        return Scoped.of(participant.tenant(), participant.id());
    }

    private record GuestKey(Scoped<GuestLinkId> link, EmailAddress email) {}

    private record MemberKey(Scoped<MediaId> media, EmailAddress email) {}
}
