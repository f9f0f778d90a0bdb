package dk.pressline.notification.subscription;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * How often sign-ups may come from one client address, for one mailbox, and from everyone together: a token bucket
 * each, in the database, so the limits hold across instances. Every sign-up takes a token, whether or not it leads to
 * a mail (an address already mailed in the last ten minutes, or suppressed, gets none), so the answers tell nobody
 * which addresses are suppressed. A bucket's key carries its limit, so a changed limit starts afresh.
 */
public class SignUpLimits {

    private static final int IPV6_NETWORK_BYTES = 8;

    private final ProxyManager<String> buckets;
    private final AddressHashes hashes;
    private final Bucket perClient;
    private final Bucket perMailbox;
    private final Bucket allClients;

    public SignUpLimits(ProxyManager<String> buckets, AddressHashes hashes, SubscriptionProperties.SignUp limits) {
        this.buckets = buckets;
        this.hashes = hashes;
        this.perClient = new Bucket(TooManySignUpsException.Limit.PER_CLIENT, limits.perClient());
        this.perMailbox = new Bucket(TooManySignUpsException.Limit.PER_MAILBOX, limits.perMailbox());
        this.allClients = new Bucket(TooManySignUpsException.Limit.ALL_CLIENTS, limits.allClients());
    }

    /**
     * Takes a token from the client's bucket, then the mailbox's, then everyone's; the first that is empty refuses.
     *
     * @throws TooManySignUpsException naming the limit and how long until it admits a sign-up again
     */
    public void admit(String clientAddress, String email) {
        take(perClient, network(clientAddress));
        take(perMailbox, hashes.hash(AddressHashes.mailbox(email)));
        take(allClients, "");
    }

    private void take(Bucket bucket, String subject) {
        var probe = buckets.builder()
                .build(bucket.key(subject), () -> bucket.configuration)
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManySignUpsException(bucket.limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** An IPv4 address as it is; an IPv6 address by its /64, the least a single subscriber line is given. */
    static String network(String clientAddress) {
        if (!clientAddress.contains(":")) {
            return clientAddress;
        }
        try {
            // A literal with a colon is read as IPv6 without a name lookup.
            var bytes = InetAddress.getByName(clientAddress).getAddress();
            return HexFormat.of().formatHex(Arrays.copyOf(bytes, IPV6_NETWORK_BYTES)) + "::/64";
        } catch (UnknownHostException notALiteral) {
            return clientAddress;
        }
    }

    private record Bucket(TooManySignUpsException.Limit limit, BucketConfiguration configuration, String prefix) {

        Bucket(TooManySignUpsException.Limit limit, SubscriptionProperties.Limit allowed) {
            this(
                    limit,
                    BucketConfiguration.builder()
                            .addLimit(bandwidth ->
                                    bandwidth.capacity(allowed.count()).refillGreedy(allowed.count(), allowed.period()))
                            .build(),
                    limit.key() + ":" + allowed.count() + "/" + allowed.period() + ":");
        }

        String key(String subject) {
            return prefix + subject;
        }
    }
}
